from django.contrib import admin, messages

from .models import OutboxMessage
from .outbox import outbox_dispatch
from .service_admin import ServiceModelAdmin


@admin.action(description="Send the selected pending tasks now", permissions=["change"])
def send_now(model_admin, request, queryset):
    pending = queryset.filter(state=OutboxMessage.State.PENDING)
    sent = outbox_dispatch(messages=pending)
    failed = pending.count()
    model_admin.message_user(
        request,
        f"{sent} sent"
        + (f"; {failed} could not be sent, see their last error." if failed else "."),
        messages.WARNING if failed else messages.SUCCESS,
    )


@admin.register(OutboxMessage)
class OutboxMessageAdmin(ServiceModelAdmin):
    """What the desk asked to run in the background (emails, webhooks, extraction, lexicon), and
    whether the broker has it yet. Pending rows are sent again by the periodic sweep.

    Nothing here is edited (every field is read-only): the list's action sends them."""

    list_display = ["created_at", "task", "args", "state", "attempts", "available_at", "sent_at"]
    list_filter = ["state", "task"]
    search_fields = ["task", "last_error"]
    actions = [send_now]
    readonly_fields = [
        "task",
        "args",
        "state",
        "available_at",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
    ]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
