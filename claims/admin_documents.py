"""A document's claims on its admin page: listed, highlighted in its text, and a link to the
page where claims are marked by selecting them (``admin_selection``)."""

from django.urls import reverse

from desk.admin_helpers import ReadOnlyInline
from sources.admin_extensions import DocumentLink, LegendEntry, register_document_extension
from sources.highlight import Span
from sources.models import Document, SourceProposal

from .extraction.rules import rules_notice
from .models import Claim
from .status import Status

# --- The document page --------------------------------------------------------------------------


class DocumentClaimInline(ReadOnlyInline):
    model = Claim
    fields = ["summary", "speaker", "status", "start", "end"]
    readonly_fields = fields
    ordering = ["start", "end", "id"]
    verbose_name_plural = "Claims in this document"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")


def document_claim_spans(document: Document) -> list[Span]:
    return claim_spans(
        Claim.objects.filter(document=document)
        .exclude(status=Status.DISMISSED)
        .select_related("speaker")
        .order_by("start", "end", "id")
    )


def claim_spans(claims) -> list[Span]:
    """Highlights of claims: suggestions are drawn dashed (``hl-claim-suggested``)."""
    return [
        Span(
            claim.start,
            claim.end,
            ("hl-claim", f"hl-claim-{claim.status}"),
            f"Claim #{claim.pk} by {claim.speaker.display_name} "
            f"({claim.get_status_display().lower()}): {claim.summary}",
        )
        for claim in claims
    ]


def document_claim_legend() -> list[LegendEntry]:
    return [
        LegendEntry(("hl-claim",), "Claim"),
        LegendEntry(("hl-claim", "hl-claim-suggested"), "Suggested claim"),
    ]


def document_extraction_notices(document: Document) -> list[str]:
    notice = rules_notice(document.language)
    if notice:
        return [notice]
    waiting = list(
        SourceProposal.objects.filter(
            documents=document, state=SourceProposal.State.PENDING
        ).values_list("name", flat=True)
    )
    if not waiting:
        return []
    names = ", ".join(f"\u201c{name}\u201d" for name in sorted(waiting))
    return [
        f"Statements by {len(waiting)} speaker{'s' if len(waiting) > 1 else ''} or relay"
        f"{'s' if len(waiting) > 1 else ''} the desk does not know yet wait for an editor in "
        f"Sources \u2192 Proposed sources: {names}. They become suggested claims once confirmed."
    ]


def claims_page_links(document: Document) -> list[DocumentLink]:
    url = reverse("admin:claims_claim_document", args=[document.pk])
    return [DocumentLink("Mark claims", url)]


register_document_extension(
    inlines=[DocumentClaimInline],
    links=claims_page_links,
    spans=document_claim_spans,
    legend=document_claim_legend,
    notices=document_extraction_notices,
)
