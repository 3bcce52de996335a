"""Claim extraction when a document arrives, and again when a proposed speaker is confirmed."""

from django.dispatch import receiver

from desk.outbox import outbox_enqueue
from sources.signals import document_created, source_proposal_confirmed

from . import tasks


@receiver(document_created, dispatch_uid="claims-extract-claims")
def extract_claims_from_new_document(sender, document, **kwargs):
    outbox_enqueue(task=tasks.extract_claims, args=[document.pk])


@receiver(source_proposal_confirmed, dispatch_uid="claims-extract-after-confirmation")
def extract_claims_again(sender, proposal, document_ids, **kwargs):
    for document_id in document_ids:
        outbox_enqueue(task=tasks.extract_claims, args=[document_id])
