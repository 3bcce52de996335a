"""What new versions of its document did to a claim: the claims list filtered by it, and the
old and new quote on the claim's page."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from sources.models import DocumentSpan
from sources.selectors import span_placements

from .models import Claim

AnchorState = DocumentSpan.AnchorState


class AnchorStateFilter(admin.SimpleListFilter):
    title = "new versions of its document"
    parameter_name = "anchor"

    def lookups(self, request, model_admin):
        return [
            (AnchorState.CHANGED, "Quote changed by a new version"),
            (AnchorState.ORPHAN, "Orphaned"),
            (AnchorState.MOVED, "Found again, its context changed"),
        ]

    def queryset(self, request, queryset):
        if self.value() in AnchorState.values:
            return queryset.filter(anchor_state=self.value())
        return queryset


def _document_link(document) -> str:
    url = reverse("admin:sources_document_change", args=[document.pk])
    return format_html('<a href="{}">version {}</a>', url, document.version)


class ClaimVersionsAdminMixin:
    """The claim page's "New versions of its document" section, shown once one was made."""

    def version_fieldsets(self, obj: Claim | None) -> list:
        if obj is None or not obj.anchor_state:
            return []
        return [("New versions of its document", {"fields": ["placements"]})]

    @admin.display(description="Placements")
    def placements(self, obj: Claim):
        if obj.pk is None:
            return "—"
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    _document_link(placement.version),
                    placement.get_state_display(),
                    placement.old_quote,
                    placement.new_quote or "—",
                )
                for placement in span_placements(obj)
            ),
        )
        warning = ""
        if obj.anchor_state == AnchorState.ORPHAN:
            warning = format_html(
                '<p class="errornote">Orphaned: its quote is not in the current version of the '
                "document. The claim stays on {}, where it was found.</p>",
                _document_link(obj.document),
            )
        elif obj.anchor_state == AnchorState.CHANGED:
            warning = format_html(
                '<p class="errornote">{}</p>',
                "A new version of the document changed its quote: check that the summary and "
                "the rating still hold.",
            )
        return format_html(
            "{}<table><thead><tr><th>Version</th><th>Outcome</th><th>Quote before</th>"
            "<th>Quote now</th></tr></thead><tbody>{}</tbody></table>",
            warning,
            rows,
        )
