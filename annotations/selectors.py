"""Reads of framing annotations shared by the admin and the API."""

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet

from sources.models import Document
from verification import access

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


def visible_annotations(user: AbstractBaseUser) -> QuerySet:
    """Desk members see every span; anyone else only accepted ones on public documents
    (those published verdicts reference), never suggestions, rejected spans or a span on a
    document still under the desk's eyes only."""
    annotations = Annotation.objects.select_related("label", "annotator", "reviewed_by")
    if access.sees_unpublished(user):
        return annotations
    return annotations.filter(
        state=Annotation.State.ACCEPTED,
        document__in=access.public_documents().values("pk"),
    )


def visible_documents(user: AbstractBaseUser) -> QuerySet[Document]:
    """The documents whose framing ``user`` may read: all for the desk, public ones otherwise."""
    if access.sees_unpublished(user):
        return Document.objects.all()
    return access.public_documents()
