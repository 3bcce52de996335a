"""Versions of a document: an outlet edited a story after it was published.

The text of a document that claims or framing spans point into never changes, so an edit is a
new ``Document`` row, linked to the one it replaces (``previous_version``), which is marked
superseded and otherwise stays as it was: its text is still what the verdicts published on it
reviewed (their snapshots name it and the span on it).

The spans move: each claim and framing span of the previous version (and each one orphaned by
an earlier version) is placed on the new text by its quote and context (``sources.anchoring``)
and, when found, points into the new version from then on, with the same row, workflow and
verdicts. One that cannot be placed stays on the version it was made on, marked an orphan.
Every placement is recorded (``SpanPlacement``) with the old anchor and the new.
"""

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from . import reprints
from .anchoring import ORPHAN, place_span
from .languages import document_language
from .models import Document, DocumentSpan, SpanPlacement
from .signals import document_version_created
from .text import context_around, normalise_text, text_sha256

TITLE_LENGTH = Document._meta.get_field("title").max_length


def may_make_version(actor: AbstractBaseUser | None) -> bool:
    """Whoever may edit documents may record a new version of one; ``None`` is the desk's own
    fetching of a page, which needs nobody's hand."""
    return actor is None or actor.has_perm("sources.change_document")


@transaction.atomic
def document_text_changed(
    *,
    document: Document,
    text: str,
    title: str,
    actor: AbstractBaseUser | None,
    fetched_at: datetime | None = None,
) -> Document:
    """Record that ``document`` (any version of it) now reads ``text`` under ``title``.

    Returns the current version: a new one when the text differs from the current version's,
    else the current version itself, untouched (the same text again creates nothing). The
    current version's row stays locked from the comparison to the end of the transaction, so
    two calls at once make one version. A text the desk would refuse as a document (empty,
    too long) raises ``ValidationError`` and nothing is written.
    """
    if not may_make_version(actor):
        raise PermissionDenied("Only reviewers and editors record a new version of a document.")
    text = normalise_text(text)
    current = _locked_current(document)
    if text_sha256(text) == current.sha256:
        return current
    now = timezone.now()
    version = Document(
        # A page's headline may run past the column: the text is what matters here.
        title=" ".join(title.split())[:TITLE_LENGTH] or current.title,
        text=text,
        url=current.url,
        publisher=current.publisher,
        published_at=current.published_at,
        language=document_language(text, current.language_given) if text else "",
        language_given=current.language_given,
        created_by=actor,
        previous_version=current,
        version=current.version + 1,
        reprint_of=current.reprint_of,
        reprint_similarity=current.reprint_similarity,
        # An import that finds the story again by its id finds the current version.
        external_collection=current.external_collection,
        external_id=current.external_id,
        external_meta=current.external_meta,
        # The page's address finds the current version.
        canonical_url=current.canonical_url,
    )
    # Checked before the previous version gives up its place: a refused text writes nothing.
    version.full_clean(exclude=["external_id", "external_collection", "canonical_url"])
    Document.objects.filter(pk=current.pk).update(
        superseded_at=fetched_at or now,
        external_collection="",
        external_id="",
        canonical_url="",
        updated_at=now,
    )
    version.save()
    reprints.document_bands_store(document=version)
    placements = _place_spans(previous=current, version=version)
    document_version_created.send(
        sender=Document, document=version, previous=current, placements=placements
    )
    return version


def current_version_locked(document: Document) -> Document:
    """The current version of ``document``'s story, its row locked until the transaction ends
    (call it inside one)."""
    return _locked_current(document)


def _locked_current(document: Document) -> Document:
    """The current version of ``document``'s story, its row locked. A call that waited for the
    lock while another made a version finds that version here."""
    pk = document.pk
    while True:
        locked = Document.objects.select_for_update().get(pk=pk)
        following = Document.objects.filter(previous_version=locked).values_list("pk", flat=True)
        # A superseded version whose successor was deleted is the newest there is.
        if locked.superseded_at is None or not following.exists():
            return locked
        pk = following.get()


def version_chain(document: Document) -> list[Document]:
    """Every version of ``document``'s story up to ``document``, first version first."""
    chain = [document]
    while chain[0].previous_version_id is not None:
        chain.insert(0, Document.objects.defer("text").get(pk=chain[0].previous_version_id))
    return chain


def span_models() -> list[type[DocumentSpan]]:
    """The models of spans into a document's text: claims, claims waiting for a speaker,
    framing annotations (``sources`` finds them without importing their apps)."""
    return [
        related.related_model
        for related in Document._meta.related_objects
        if issubclass(related.related_model, DocumentSpan)
    ]


def _place_spans(*, previous: Document, version: Document) -> list[SpanPlacement]:
    earlier = [document.pk for document in version_chain(previous)[:-1]]
    texts = dict(Document.objects.filter(pk__in=[*earlier, previous.pk]).values_list("pk", "text"))
    placements = []
    for model in span_models():
        spans = model.objects.filter(
            Q(document=previous) | Q(document__in=earlier, anchor_state=ORPHAN)
        )
        for span in sorted(spans, key=lambda span: (span.document_id, span.start, span.pk)):
            placement = place_span(texts[span.document_id], version.text, span.start, span.end)
            placed = placement.placed and _move(model, span, version, placement)
            placements.append(
                SpanPlacement(
                    version=version,
                    span_model=model._meta.label_lower,
                    span_id=span.pk,
                    state=placement.state if placed else ORPHAN,
                    old_document_id=span.document_id,
                    old_start=span.start,
                    old_end=span.end,
                    old_quote=span.quote,
                    new_start=placement.start if placed else None,
                    new_end=placement.end if placed else None,
                    new_quote=version.text[placement.start : placement.end] if placed else "",
                    score=placement.score,
                )
            )
            if not placed:
                model.objects.filter(pk=span.pk).update(anchor_state=ORPHAN)
    return SpanPlacement.objects.bulk_create(placements)


def _move(model, span: DocumentSpan, version: Document, placement) -> bool:
    """Point ``span`` into ``version``; False when another span of its kind already stands
    there in a way the database allows once (the same speaker's claim, the same label's
    lexicon span): the span is then an orphan rather than a duplicate."""
    fields = {
        "document": version,
        "start": placement.start,
        "end": placement.end,
        "quote": version.text[placement.start : placement.end],
        "anchor_state": placement.state,
    }
    field_names = {field.name for field in model._meta.get_fields()}
    if "updated_at" in field_names:
        fields["updated_at"] = timezone.now()
    if {"prefix", "suffix"} <= field_names:
        fields["prefix"], fields["suffix"] = context_around(
            version.text, placement.start, placement.end
        )
    try:
        with transaction.atomic():
            model.objects.filter(pk=span.pk).update(**fields)
    except IntegrityError:
        return False
    return True
