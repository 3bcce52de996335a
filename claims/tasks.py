"""Celery tasks: ids in, one call, a retry policy. Queued through the outbox
(``desk.outbox.outbox_enqueue``), never directly."""

from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from . import notifications

EMAIL_RETRY = {
    "autoretry_for": (SMTPException, ConnectionError, TimeoutError),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "max_retries": 6,
}


@shared_task(**EMAIL_RETRY)
def notify_task_assigned(task_id: int) -> int:
    return notifications.send_task_assigned(task_id=task_id)


@shared_task(**EMAIL_RETRY)
def notify_status_change(change_id: int) -> int:
    return notifications.send_status_change(change_id=change_id)


@shared_task(**EMAIL_RETRY)
def send_overdue_digest() -> int:
    return notifications.send_overdue_digest(today=timezone.localdate())


@shared_task(acks_late=True)
def deliver_webhook(delivery_id: int) -> bool:
    """One attempt; a failed one queues the next with its backoff (``webhook_deliver``).
    Sending twice is harmless: the receiver has the idempotency key."""
    from .webhooks import webhook_deliver

    return webhook_deliver(delivery_id=delivery_id)


@shared_task(
    soft_time_limit=settings.PARALLAX_EXTRACTION_TIME_LIMIT,
    time_limit=settings.PARALLAX_EXTRACTION_HARD_TIME_LIMIT,
)
def extract_claims(document_id: int) -> int:
    """Suggested claims for one document; returns how many were new. The run is recorded on
    the document, a failure with its reason, for ``manage.py retry_extraction``."""
    from .extraction.services import document_claims_extract_run

    return document_claims_extract_run(document_id=document_id)
