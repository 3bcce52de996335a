"""Celery tasks: ids in, one call, a retry policy. Queued through the outbox
(``desk.outbox.outbox_enqueue``), never directly."""

from celery import shared_task


@shared_task(acks_late=True)
def deliver_webhook(delivery_id: int) -> bool:
    """One attempt; a failed one queues the next with its backoff (``webhook_deliver``).
    Sending twice is harmless: the receiver has the idempotency key."""
    from .webhooks import webhook_deliver

    return webhook_deliver(delivery_id=delivery_id)
