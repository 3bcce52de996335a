"""Every new document gets its lexicon suggestions, in the background, once it is saved."""

from django.dispatch import receiver

from desk.outbox import outbox_enqueue
from sources.signals import document_created

from . import tasks


@receiver(document_created, dispatch_uid="annotations-suggest-framing")
def suggest_framing_for_new_document(sender, document, **kwargs):
    outbox_enqueue(task=tasks.suggest_framing, args=[document.pk])
