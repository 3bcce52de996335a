"""The base of every admin that writes: each write is one of its app's services.

A ``ServiceModelAdmin`` names the services that create, update and delete its model. The create
or update service runs while the form is validated (in a savepoint), so a service's refusal
shows as an ordinary form error on the field it names and nothing is saved; ``save_model`` then
only adopts the row the service saved. Deleting is offered only when a delete service exists,
and each object is deleted by it (a refusal is a message; the other objects are unaffected). A
delete service that returns False retired the row instead (records depend on it), and the admin
says so.
"""

from collections.abc import Callable

from django.contrib import admin, messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import router, transaction
from django.http import HttpResponseRedirect

from .admin_helpers import adopt_saved, changed_fields

# Set on a request when a service ran during form validation and the admin has not saved yet:
# if the view ends without saving (an inline was invalid), the service's writes are undone.
_PENDING = "_service_admin_pending"
_DELETE_REFUSED = "_service_admin_delete_refused"


def refusal_messages(error: Exception) -> list[str]:
    return list(getattr(error, "messages", None) or [str(error)])


def add_service_error(form, error: ValidationError | PermissionDenied) -> None:
    """Put a service's refusal on the form: on the fields it names, the rest above the form."""
    if isinstance(error, PermissionDenied):
        form.add_error(None, str(error) or "You may not do this.")
        return
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            target = field if field in form.fields and field != NON_FIELD_ERRORS else None
            if target is not None and target not in getattr(form, "cleaned_data", {}):
                # The field already has its own error; the service's goes above the form.
                target = None
            form.add_error(target, errors)
        return
    form.add_error(None, error)


class ServiceModelAdmin(admin.ModelAdmin):
    """An admin whose writes are its app's services.

    ``create_service(**create_arguments(request, form))`` makes a new row and returns it;
    ``update_service(**update_arguments(request, form, changed))`` saves the changed fields
    (called only when an editable field changed); ``delete_service(**delete_arguments(request,
    obj))`` deletes one row. ``editable_fields`` are those an update may hand over (default: the
    form's fields). An admin that needs more (several services, m2m) overrides
    ``run_service(request, form, change)``, which returns the saved row.
    """

    create_service: Callable | None = None
    update_service: Callable | None = None
    delete_service: Callable | None = None
    #: The keyword under which the update and delete services take the row (default: the
    #: model's name, as in ``claim_update(claim=...)``).
    instance_argument: str | None = None
    #: The keyword under which the create and update services take the acting user, when they
    #: take one (the delete service always does, as this or ``actor``).
    actor_argument: str | None = None
    editable_fields: frozenset[str] | None = None

    # --- Arguments -------------------------------------------------------------------------

    def get_instance_argument(self) -> str:
        return self.instance_argument or self.model._meta.model_name

    def actor_arguments(self, request) -> dict:
        return {self.actor_argument: request.user} if self.actor_argument else {}

    def form_data(self, form) -> dict:
        """The form's cleaned values, restricted to its model's own form fields."""
        return {
            name: value
            for name, value in form.cleaned_data.items()
            if name in form.fields and name in (form._meta.fields or form.fields)
        }

    def create_arguments(self, request, form) -> dict:
        return {**self.form_data(form), **self.actor_arguments(request)}

    def get_editable_fields(self, form) -> frozenset[str]:
        return self.editable_fields if self.editable_fields is not None else frozenset(form.fields)

    def update_arguments(self, request, form, changed: dict) -> dict:
        return {
            self.get_instance_argument(): form.instance,
            **changed,
            **self.actor_arguments(request),
        }

    def delete_arguments(self, request, obj) -> dict:
        # Every delete service checks who asks: it takes the user as ``actor`` by default.
        return {self.get_instance_argument(): obj, (self.actor_argument or "actor"): request.user}

    # --- Saving ----------------------------------------------------------------------------

    def run_service(self, request, form, change: bool):
        """Save the form's row through the services; returns the row saved."""
        if not change:
            if self.create_service is None:
                raise PermissionDenied("Nothing of this kind is added here.")
            return type(self).create_service(**self.create_arguments(request, form))
        changed = changed_fields(form, self.get_editable_fields(form))
        if not changed:
            return form.instance
        if self.update_service is None:
            raise PermissionDenied("Nothing of this kind is changed here.")
        saved = type(self).update_service(**self.update_arguments(request, form, changed))
        return saved if saved is not None else form.instance

    def _validate_through_service(self, request, form, change: bool) -> None:
        try:
            with transaction.atomic(using=router.db_for_write(self.model)):
                form.service_saved = self.run_service(request, form, change)
        except (ValidationError, PermissionDenied) as error:
            add_service_error(form, error)
        else:
            setattr(request, _PENDING, True)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        model_admin = self

        class ServiceForm(form_class):
            def _post_clean(self):
                super()._post_clean()
                if not self._errors:
                    model_admin._validate_through_service(request, self, change)

        ServiceForm.__name__ = form_class.__name__
        return ServiceForm

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        with transaction.atomic(using=router.db_for_write(self.model)):
            response = super().changeform_view(request, object_id, form_url, extra_context)
            if getattr(request, _PENDING, False):
                # The form passed but the page was not saved (an inline was invalid).
                transaction.set_rollback(True)
                setattr(request, _PENDING, False)
            return response

    def save_model(self, request, obj, form, change):
        saved = getattr(form, "service_saved", None)
        if saved is None:  # a form that was not built by get_form (e.g. a list's)
            saved = self.run_service(request, form, change)
        if saved is not obj:
            adopt_saved(obj, saved)
        setattr(request, _PENDING, False)

    def save_related(self, request, form, formsets, change):
        # Many-to-many fields are the services' to save, so the form's save_m2m is not called.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def save_formset(self, request, form, formset, change):
        # What the change message reads; a service that saves an inline's rows sets them.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        if formset.has_changed():
            raise PermissionDenied(
                f"{type(self).__name__} saves no {formset.model._meta.verbose_name_plural} "
                "itself: give it a service for them."
            )

    # --- Deleting --------------------------------------------------------------------------

    def has_delete_permission(self, request, obj=None):
        return self.delete_service is not None and super().has_delete_permission(request, obj)

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        if protected and self.retires:
            # Records depend on these rows: the delete service retires them, deleting nothing,
            # so Django's confirmation page has nothing to refuse.
            return to_delete, model_count, set(), []
        return to_delete, model_count, perms_needed, protected

    @property
    def retires(self) -> bool:
        """Whether the model is retired (``retired_at``) when its delete would erase records."""
        return any(field.name == "retired_at" for field in self.model._meta.concrete_fields)

    def _delete_one(self, request, obj) -> bool:
        try:
            with transaction.atomic(using=router.db_for_write(self.model)):
                deleted = type(self).delete_service(**self.delete_arguments(request, obj))
        except (ValidationError, PermissionDenied) as error:
            refusal = " ".join(refusal_messages(error))
            self.message_user(request, f"{obj} was not deleted: {refusal}", messages.ERROR)
            return False
        if deleted is False:
            self.message_user(
                request,
                f"{obj} was retired rather than deleted: records (its history, verdicts, "
                "reviews, claims or documents) depend on it.",
                messages.WARNING,
            )
        return True

    def delete_model(self, request, obj):
        if not self._delete_one(request, obj):
            setattr(request, _DELETE_REFUSED, obj)

    def delete_queryset(self, request, queryset):
        results = [self._delete_one(request, obj) for obj in queryset]
        setattr(request, _DELETE_REFUSED, (results.count(True), results.count(False)))

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        counts = getattr(request, _DELETE_REFUSED, None)
        if isinstance(counts, tuple) and counts[1] and level == messages.SUCCESS:
            # The delete action's own message counts the selection, not what was deleted.
            deleted, refused = counts
            message = f"Deleted {deleted}; {refused} refused (see above)."
            level = messages.WARNING
        return super().message_user(request, message, level, *args, **kwargs)

    def response_delete(self, request, obj_display, obj_id):
        refused = getattr(request, _DELETE_REFUSED, None)
        if refused is not None:
            return HttpResponseRedirect(request.path.rsplit("/delete/", 1)[0] + "/change/")
        return super().response_delete(request, obj_display, obj_id)
