"""The verification desk's own subscribers to its domain signals (``verification.signals``)."""

from django.dispatch import receiver

from desk.outbox import outbox_enqueue

from . import tasks
from .signals import claim_transitioned


@receiver(claim_transitioned, dispatch_uid="verification-notify-status-change")
def queue_status_change_email(sender, claim, change, transition, **kwargs):
    """Queue the email to the audiences the transition's row ``notifies``."""
    if transition.notifies:
        outbox_enqueue(task=tasks.notify_status_change, args=[change.pk])
