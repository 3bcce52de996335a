"""Claims by selection: a document's text, to mark a claim by selecting the statement, beside the
claims already in it and the suggestions extraction made, to accept, correct or dismiss.

The page only renders; claims are created, corrected and moved on through the API
(``claims/claim_select.js`` calls it), so the page and API clients share one set of rules.
Offsets are code points on the server and UTF-16 units in the browser: ``sources/selection.js``
converts, and the text is rendered exactly as stored so that both count the same characters.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from sources.highlight import highlight
from sources.models import Document

from . import access, selectors
from .admin_documents import claim_spans, document_claim_legend
from .status import Status


def _source(source) -> dict:
    return {"id": source.pk, "name": source.display_name}


def suggestion_data(claim) -> dict:
    """What the page's form needs to correct a suggestion: its span and every field, as JSON."""
    return {
        "id": claim.pk,
        "version": claim.workflow_version,
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "speaker": _source(claim.speaker),
        "relay_chain": [_source(link.source) for link in claim.attributions.all()],
        "summary": claim.summary,
        "incident": claim.incident and {"id": claim.incident.pk, "name": str(claim.incident)},
        "stated_on": claim.stated_on and claim.stated_on.isoformat(),
    }


class DocumentClaimsAdminMixin:
    """For ClaimAdmin: the page of a document where claims are marked by selection."""

    def get_urls(self):
        return [
            path(
                "document/<int:document_id>/",
                self.admin_site.admin_view(self.document_claims_view),
                name="claims_claim_document",
            ),
            *super().get_urls(),
        ]

    def document_claims_view(self, request, document_id: int):
        if not self.has_view_permission(request):
            raise PermissionDenied
        document = get_object_or_404(Document.objects.select_related("publisher"), pk=document_id)
        claims = list(selectors.document_claims(document.pk))
        suggestions = [claim for claim in claims if claim.status == Status.SUGGESTED]
        published = document.published_at and timezone.localdate(document.published_at)
        return TemplateResponse(
            request,
            "admin/claims/claim/document_claims.html",
            {
                **self.admin_site.each_context(request),
                "title": f"Claims in: {document.title}",
                "opts": self.model._meta,
                "document": document,
                "text": highlight(document.text, claim_spans(claims)),
                "legend": document_claim_legend(),
                "claims": [claim for claim in claims if claim.status != Status.SUGGESTED],
                "suggestions": suggestions,
                "held": list(selectors.document_held_claims(document.pk)),
                "suggestion_data": {claim.pk: suggestion_data(claim) for claim in suggestions},
                "default_stated_on": published and published.isoformat(),
                "can_mark": access.may_mark(request.user),
                "urls": {
                    "claims": reverse("claim-list"),
                    "held_claims": reverse("held-claim-list"),
                    "sources": reverse("source-list"),
                    "incidents": reverse("incident-list"),
                    # The claim's number takes the place of 0 in the page's script.
                    "transition": reverse("claim-transition", args=[0]),
                    "correct": reverse("claim-correct-suggestion", args=[0]),
                    "claim_page": reverse("admin:claims_claim_change", args=[0]),
                },
            },
        )
