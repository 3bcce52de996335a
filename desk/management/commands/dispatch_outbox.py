from django.core.management.base import BaseCommand

from desk.models import OutboxMessage
from desk.outbox import outbox_dispatch_due


class Command(BaseCommand):
    help = (
        "Hand the queued tasks that are due to the broker (without one, run them here): what "
        "celery beat does every PARALLAX_OUTBOX_SWEEP_SECONDS."
    )

    def handle(self, *args, **options):
        sent = outbox_dispatch_due()
        pending = OutboxMessage.objects.filter(state=OutboxMessage.State.PENDING)
        self.stdout.write(f"{sent} queued task{'s' * (sent != 1)} sent.")
        if waiting := pending.count():
            newest = pending.exclude(last_error="").order_by("-available_at").first()
            reason = f" Last error: {newest.last_error}" if newest else ""
            self.stdout.write(
                self.style.WARNING(f"{waiting} still pending (not yet due or refused).{reason}")
            )
