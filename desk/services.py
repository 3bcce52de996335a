"""The shared bodies of every app's create and update services."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model, ProtectedError
from django.utils import timezone


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


def model_delete_or_retire(*, instance: Model) -> bool:
    """Delete ``instance``, or retire it when records depend on it; True when it was deleted.

    What depends on a row and must outlive it (status history, verdicts, reviews, documents a
    source published, claims a document holds) refers to it with PROTECT, so a delete that would
    take any of it along is refused by Django before anything is written. The row is then
    retired: it stays, with the records, and ``retired_at`` says since when.
    """
    try:
        with transaction.atomic():
            instance.delete()
    except ProtectedError:
        instance.retired_at = timezone.now()
        instance.save(update_fields=["retired_at"])
        return False
    return True
