from celery import shared_task

from . import outbox


@shared_task
def dispatch_outbox() -> int:
    """The periodic sweep: hand over what the broker could not take when it was asked, and
    forget what was sent long ago."""
    sent = outbox.outbox_dispatch_due()
    outbox.outbox_prune()
    return sent
