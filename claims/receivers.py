"""Claim extraction when a document arrives, and again when a proposed speaker is confirmed,
which also makes the claims that waited on that speaker."""

from django.dispatch import receiver

from desk.outbox import outbox_enqueue
from sources.signals import document_created, document_version_created, source_proposal_confirmed

from . import services, tasks


@receiver(document_created, dispatch_uid="claims-extract-claims")
@receiver(document_version_created, dispatch_uid="claims-extract-claims-of-a-version")
def extract_claims_from_new_document(sender, document, **kwargs):
    # A reprint's statements are its original's: suggesting them again would count them twice.
    if document.reprint_of_id is None:
        outbox_enqueue(task=tasks.extract_claims, args=[document.pk])


@receiver(source_proposal_confirmed, dispatch_uid="claims-held-for-a-new-source")
def make_held_claims(sender, proposal, **kwargs):
    # Inside the confirmation's transaction: the claims are made with it or not at all.
    services.claims_made_for(proposal=proposal)


@receiver(source_proposal_confirmed, dispatch_uid="claims-extract-after-confirmation")
def extract_claims_again(sender, proposal, document_ids, **kwargs):
    for document_id in document_ids:
        outbox_enqueue(task=tasks.extract_claims, args=[document_id])
