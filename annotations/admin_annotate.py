"""The annotation page: a document's text to annotate by selecting, beside its spans to review.

Spans are saved, reviewed and deleted through the API (``annotations/annotate.js`` calls it),
so the page and API clients share one set of rules; the page itself only renders. The browser
counts offsets in UTF-16 units and the server in code points: the script converts, and the
text is rendered exactly as stored so that the two counts refer to the same characters.
"""

from dataclasses import dataclass
from itertools import groupby

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse

from sources.admin_extensions import DocumentLink, LegendEntry
from sources.highlight import Span, highlight
from sources.models import Document

from . import access, selectors
from .models import Annotation, FramingLabel


def category_classes(label: FramingLabel) -> tuple[str, str]:
    return ("hl-annotation", f"hl-cat-{label.category}")


def annotation_spans(annotations) -> list[Span]:
    """Highlights for spans in reading order; suggestions are drawn dashed."""
    spans = []
    for annotation in annotations:
        suggested = annotation.state == Annotation.State.SUGGESTED
        title = f"{annotation.label.name} ({annotation.label.get_category_display().lower()})"
        spans.append(
            Span(
                annotation.start,
                annotation.end,
                (*category_classes(annotation.label), *(["hl-suggested"] if suggested else [])),
                f"{title}, suggested" if suggested else title,
            )
        )
    return spans


def document_annotation_spans(document: Document) -> list[Span]:
    return annotation_spans(selectors.document_annotations(document))


def document_annotation_legend() -> list[LegendEntry]:
    return [
        *(
            LegendEntry(("hl-annotation", f"hl-cat-{value}"), label)
            for value, label in FramingLabel.Category.choices
        ),
        LegendEntry(("hl-annotation", "hl-suggested"), "Suggested framing (dashed)"),
    ]


def annotate_links(document: Document) -> list[DocumentLink]:
    url = reverse("admin:annotations_annotation_annotate", args=[document.pk])
    return [DocumentLink("Annotate framing", url)]


@dataclass(frozen=True)
class SpanRow:
    """One line of the page's span list, with what its viewer may do to it."""

    annotation: Annotation
    can_review: bool
    can_delete: bool


class DocumentAnnotationAdminMixin:
    """For AnnotationAdmin: the annotation page of a document."""

    def get_urls(self):
        return [
            path(
                "document/<int:document_id>/",
                self.admin_site.admin_view(self.annotate_view),
                name="annotations_annotation_annotate",
            ),
            *super().get_urls(),
        ]

    def annotate_view(self, request, document_id: int):
        if not self.has_view_permission(request):
            raise PermissionDenied
        document = get_object_or_404(Document.objects.select_related("publisher"), pk=document_id)
        annotations = list(selectors.document_annotations(document))
        desk_member = access.may_review(request.user)
        rows = [
            SpanRow(
                annotation,
                can_review=desk_member and annotation.state == Annotation.State.SUGGESTED,
                can_delete=desk_member and annotation.annotator_id == request.user.pk,
            )
            for annotation in annotations
        ]
        labels = list(selectors.active_labels())
        return TemplateResponse(
            request,
            "admin/annotations/annotation/annotate.html",
            {
                **self.admin_site.each_context(request),
                "title": f"Annotate framing: {document.title}",
                "opts": self.model._meta,
                "document": document,
                "text": highlight(document.text, annotation_spans(annotations)),
                "legend": document_annotation_legend(),
                "rows": rows,
                "suggested": sum(row.can_review for row in rows),
                "label_groups": [
                    (FramingLabel.Category(category).label, list(group))
                    for category, group in groupby(labels, key=lambda label: label.category)
                ],
                "can_annotate": desk_member,
            },
        )
