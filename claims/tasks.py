"""Celery tasks: ids in, one call, a retry policy. Queued through the outbox
(``desk.outbox.outbox_enqueue``), never directly."""

from celery import shared_task
from django.conf import settings


@shared_task(
    soft_time_limit=settings.PARALLAX_EXTRACTION_TIME_LIMIT,
    time_limit=settings.PARALLAX_EXTRACTION_HARD_TIME_LIMIT,
)
def extract_claims(document_id: int) -> int:
    """Suggested claims for one document; returns how many were new. The run is recorded on
    the document, a failure with its reason, for ``manage.py retry_extraction``."""
    from .extraction.services import document_claims_extract_run

    return document_claims_extract_run(document_id=document_id)
