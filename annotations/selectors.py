"""Reads of framing annotations shared by the admin and the API."""

from django.db.models import QuerySet

from sources.models import Document

from .models import Annotation, FramingLabel


def document_annotations(document: Document, *, include_rejected: bool = False) -> QuerySet:
    """A document's spans in reading order, with what their lists and highlights show."""
    annotations = Annotation.objects.filter(document=document)
    if not include_rejected:
        annotations = annotations.exclude(state=Annotation.State.REJECTED)
    return annotations.select_related("label", "annotator", "reviewed_by").order_by(
        "start", "end", "id"
    )


def active_labels() -> QuerySet:
    """The labels new spans may take, in the taxonomy's order."""
    return FramingLabel.objects.filter(is_active=True).order_by("category", "position", "name")
