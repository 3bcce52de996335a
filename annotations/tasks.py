from celery import shared_task
from django.conf import settings

from . import services


@shared_task(
    soft_time_limit=settings.PARALLAX_EXTRACTION_TIME_LIMIT,
    time_limit=settings.PARALLAX_EXTRACTION_HARD_TIME_LIMIT,
)
def suggest_framing(document_id: int) -> int:
    """Lexicon suggestions for one document; returns how many were new. The run is recorded on
    the document, a failure with its reason."""
    return services.lexicon_suggest_run(document_id=document_id)


@shared_task
def import_annotations(run_id: int) -> None:
    """Write a confirmed import of annotation files; its progress and report are on the run."""
    from .importing_services import import_run_execute

    import_run_execute(run_id=run_id)
