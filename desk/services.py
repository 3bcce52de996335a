"""The shared bodies of every app's create and update services."""

from django.core.exceptions import ValidationError
from django.db.models import Model


def model_create(*, model: type[Model], **fields) -> Model:
    """A new ``model`` row from ``fields``, validated (``full_clean``) before it is saved.

    The shared body of the ``<entity>_create`` services that need no more than validation.
    """
    instance = model(**fields)
    instance.full_clean()
    instance.save()
    return instance


def model_update(
    *, instance: Model, fields: dict, editable: frozenset[str], derived: tuple[str, ...] = ()
) -> None:
    """Set ``fields`` on ``instance``, validate it, and save just those fields.

    The shared body of the ``<entity>_update`` services. A field outside ``editable`` is refused
    by name; ``derived`` names fields that ``clean()`` computes from them and that are saved too;
    ``updated_at`` is stamped when the model has one.
    """
    unknown = set(fields) - editable
    if unknown:
        raise ValidationError(
            f"These {instance._meta.verbose_name} fields cannot be set: "
            f"{', '.join(sorted(unknown))}."
        )
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.full_clean()
    if not fields:
        return
    update_fields = [*fields, *derived]
    if any(field.name == "updated_at" for field in instance._meta.concrete_fields):
        update_fields.append("updated_at")
    instance.save(update_fields=update_fields)
