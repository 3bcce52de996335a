"""The verification desk's own subscribers to its domain signals (``verification.signals``)."""

from django.dispatch import receiver

from desk.outbox import outbox_enqueue
from sources.models import DocumentSpan
from sources.signals import document_version_created

from . import tasks
from .signals import claim_transitioned


@receiver(claim_transitioned, dispatch_uid="verification-notify-status-change")
def queue_status_change_email(sender, claim, change, transition, **kwargs):
    """Queue the email to the audiences the transition's row ``notifies``."""
    if transition.notifies:
        outbox_enqueue(task=tasks.notify_status_change, args=[change.pk])


_TOLD = (DocumentSpan.AnchorState.CHANGED, DocumentSpan.AnchorState.ORPHAN)


@receiver(document_version_created, dispatch_uid="verification-notify-quotes-changed")
def queue_quotes_changed_email(sender, document, placements, **kwargs):
    """A new version changed or lost claims' quotes: the desk hears which (once it commits)."""
    if any(
        placement.span_model == "claims.claim" and placement.state in _TOLD
        for placement in placements
    ):
        outbox_enqueue(task=tasks.notify_quotes_changed, args=[document.pk])
