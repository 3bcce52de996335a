"""Every new document, and every new version of one, gets its lexicon suggestions, in the
background, once it is saved; a reprint does not (its original's count)."""

from django.dispatch import receiver

from desk.outbox import outbox_enqueue
from sources.signals import document_created, document_version_created

from . import tasks


@receiver(document_created, dispatch_uid="annotations-suggest-framing")
@receiver(document_version_created, dispatch_uid="annotations-suggest-framing-of-a-version")
def suggest_framing_for_new_document(sender, document, **kwargs):
    if document.reprint_of_id is None:
        outbox_enqueue(task=tasks.suggest_framing, args=[document.pk])
