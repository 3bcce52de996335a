"""Who may see and do what in framing: the one place the admin, the API and the exports ask.

What outsiders may read comes from ``verification.access`` (published verdicts and what they
name); the desk's roles come from ``desk.roles``.
"""

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet

from desk.roles import is_desk_member, is_editor
from sources.models import Document
from verification import access as verification_access
from verification.access import public_claims, public_documents, public_incidents, public_sources

from .models import Annotation

__all__ = [
    "may_change_note",
    "may_import",
    "may_review",
    "may_run_lexicon",
    "public_claims",
    "public_documents",
    "public_incidents",
    "public_sources",
    "sees_unpublished",
    "sees_who_and_notes",
    "visible_annotations",
    "visible_documents",
]


def sees_unpublished(user: AbstractBaseUser) -> bool:
    """Desk members see every span and document; others only what is published."""
    return verification_access.sees_unpublished(user)


def sees_who_and_notes(user: AbstractBaseUser) -> bool:
    """Annotators, reviewers and notes are the desk's business."""
    return sees_unpublished(user)


def may_review(user: AbstractBaseUser) -> bool:
    """Reviewers and editors accept and reject suggestions (and delete their own spans)."""
    return is_desk_member(user)


def may_run_lexicon(user: AbstractBaseUser) -> bool:
    """Reviewers and editors queue lexicon suggestions."""
    return is_desk_member(user)


def may_change_note(*, annotation: Annotation, user: AbstractBaseUser) -> bool:
    """A note is its annotator's words: only they, or an editor, change it (a suggestion's or
    an import's, which belong to nobody, only an editor)."""
    is_annotator = annotation.annotator_id is not None and annotation.annotator_id == user.pk
    return is_annotator or is_editor(user)


def visible_annotations(user: AbstractBaseUser) -> QuerySet:
    """Desk members see every span; anyone else only accepted ones on public documents
    (those published verdicts reference), never suggestions, rejected spans or a span on a
    document still under the desk's eyes only."""
    annotations = Annotation.objects.select_related("label", "annotator", "reviewed_by")
    if sees_unpublished(user):
        return annotations
    return annotations.filter(
        state=Annotation.State.ACCEPTED,
        document__in=public_documents().values("pk"),
    )


def visible_documents(user: AbstractBaseUser) -> QuerySet[Document]:
    """The documents whose framing ``user`` may read: all for the desk, public ones otherwise."""
    if sees_unpublished(user):
        return Document.objects.all()
    return public_documents()


def may_import(user: AbstractBaseUser) -> bool:
    """Reviewers and editors import annotation files (creating labels on the way: editors)."""
    return is_desk_member(user)
