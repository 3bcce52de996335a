from celery import shared_task

from sources.models import Document

from . import services


@shared_task
def suggest_framing(document_id: int) -> int:
    """Lexicon suggestions for one document; returns how many were new."""
    document = Document.objects.filter(pk=document_id).first()
    if document is None:  # deleted before the task ran
        return 0
    return services.lexicon_suggest(document=document)
