"""Celery tasks: ids in, one call, a retry policy. Queued through the outbox
(``desk.outbox.outbox_enqueue``), never directly."""

from smtplib import SMTPException

from celery import shared_task
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


@shared_task(**EMAIL_RETRY)
def notify_quotes_changed(document_id: int) -> int:
    return notifications.send_quotes_changed(document_id=document_id)
