"""Writes to framing annotations and the lexicon."""

import json
from dataclasses import dataclass
from typing import NamedTuple

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from desk.exceptions import Conflict
from desk.roles import is_editor
from desk.services import model_update
from sources.models import Document, DocumentTaskRun
from sources.services import document_task_run
from sources.text import context_around, language_tag

from . import access
from .lexicon import find_terms
from .lexicon_files import read_lexicon
from .models import Annotation, FramingLabel, LexiconEntry


@transaction.atomic
def annotation_create(
    *,
    document: Document,
    start: int,
    end: int,
    label: FramingLabel,
    annotator: AbstractBaseUser | None,
    quote: str | None = None,
    origin: str = Annotation.Origin.MANUAL,
    state: str | None = None,
    note: str = "",
) -> Annotation:
    """Create a framing span. Manual spans are accepted at once; others start as suggestions."""
    if quote == "":
        raise ValidationError({"quote": "The quote cannot be empty."})
    if not label.is_active:
        raise ValidationError({"label": f"The label \u201c{label}\u201d is retired."})
    document = Document.objects.select_for_update().get(pk=document.pk)
    if state is None:
        state = (
            Annotation.State.ACCEPTED
            if origin == Annotation.Origin.MANUAL
            else Annotation.State.SUGGESTED
        )
    annotation = Annotation(
        document=document,
        start=start,
        end=end,
        quote="" if quote is None else quote,
        label=label,
        annotator=annotator,
        origin=origin,
        state=state,
        note=note.strip(),
    )
    annotation.full_clean()
    annotation.prefix, annotation.suffix = context_around(document.text, start, end)
    annotation.save()
    return annotation


class ReviewConflict(Conflict):
    """Someone else already decided the other way on this suggestion. The API answers 409."""


REVIEW_STATES = (Annotation.State.ACCEPTED, Annotation.State.REJECTED)


def annotation_review(
    *, annotations: QuerySet[Annotation], state: str, reviewer: AbstractBaseUser
) -> int:
    """Accept or reject the suggestions among ``annotations``; returns how many changed.

    One conditional UPDATE touches only spans still suggested, so when two people review at
    once the first decision stands: the second finds nothing left to change, never overwrites.
    """
    if state not in REVIEW_STATES:
        raise ValidationError({"state": "A suggestion is either accepted or rejected."})
    if not access.may_review(reviewer):
        raise PermissionDenied("Only reviewers and editors review suggestions.")
    now = timezone.now()
    return annotations.filter(state=Annotation.State.SUGGESTED).update(
        state=state, reviewed_by=reviewer, reviewed_at=now, updated_at=now
    )


def annotation_review_one(
    *, annotation: Annotation, state: str, reviewer: AbstractBaseUser
) -> Annotation:
    """Accept or reject one suggestion. Asking again for the state it already has is a no-op;
    asking for the other one after someone decided raises ReviewConflict."""
    annotation_review(
        annotations=Annotation.objects.filter(pk=annotation.pk), state=state, reviewer=reviewer
    )
    annotation.refresh_from_db()
    if annotation.state != state:
        who = annotation.reviewed_by or annotation.annotator
        raise ReviewConflict(
            f"This span is already {annotation.get_state_display().lower()}"
            + (f" (by {who})." if who else ".")
        )
    return annotation


def annotation_note_changeable_by(*, annotation: Annotation, user: AbstractBaseUser) -> bool:
    """A note is its annotator's words: only they, or an editor, change it (a suggestion's or
    an import's, which belong to nobody, only an editor)."""
    return access.may_change_note(annotation=annotation, user=user)


def annotation_update(*, annotation: Annotation, note: str, user: AbstractBaseUser) -> Annotation:
    """Change an annotation's note; its span, label and origin never change."""
    if not annotation_note_changeable_by(annotation=annotation, user=user):
        raise PermissionDenied("Only the annotator or an editor changes this note.")
    annotation.note = note.strip()
    annotation.save(update_fields=["note", "updated_at"])
    return annotation


def annotation_delete(*, annotation: Annotation, user: AbstractBaseUser) -> None:
    """Delete one's own span. Suggestions and imports belong to nobody: reject them instead."""
    if annotation.annotator_id is None or annotation.reviewed_at is not None:
        raise PermissionDenied(
            "Suggested, reviewed and imported spans are rejected, not deleted: their review is "
            "part of the record."
        )
    if annotation.annotator_id != user.pk:
        raise PermissionDenied("You can delete only spans you made.")
    annotation.delete()


def lexicon_suggest(*, document: Document) -> int:
    """Suggest a framing span wherever the active lexicon's terms occur; returns how many new.

    Running it again adds nothing: a suggestion is unique per span and label (database
    constraint), so existing ones, accepted or rejected, are left as they are, even when
    another run inserts at the same moment. Nor does it suggest a label where a person already
    gave it (a manual or imported span of that label sharing a character): that would be the
    same occurrence twice.
    """
    text = document.text
    given = _given_by_people(document)
    spans = []
    for start, end, entry_id, label_id in find_terms(text, document.language):
        if any(s < end and start < e for s, e in given.get(label_id, ())):
            continue
        prefix, suffix = context_around(text, start, end)
        spans.append(
            SpanRow(document.pk, start, end, text[start:end], prefix, suffix, label_id, entry_id)
        )
    return insert_spans(spans, origin=Annotation.Origin.LEXICON)


def _given_by_people(document: Document) -> dict[int, list[tuple[int, int]]]:
    """The (start, end) of each label's manual and imported spans on ``document``, rejected
    ones left out."""
    given: dict[int, list[tuple[int, int]]] = {}
    rows = (
        Annotation.objects.filter(
            document=document, origin__in=[Annotation.Origin.MANUAL, Annotation.Origin.IMPORT]
        )
        .exclude(state=Annotation.State.REJECTED)
        .values_list("label_id", "start", "end")
    )
    for label_id, start, end in rows:
        given.setdefault(label_id, []).append((start, end))
    return given


def lexicon_suggest_run(*, document_id: int) -> int:
    """Lexicon suggestions for a document as a recorded run, done or failed and why, on the
    document (``document_task_run``); how many were new."""
    return document_task_run(
        document_id=document_id,
        kind=DocumentTaskRun.Kind.LEXICON_SUGGESTIONS,
        work=lambda document: lexicon_suggest(document=document),
    )


class SpanRow(NamedTuple):
    """A framing span to insert in bulk (lexicon suggestions, imports)."""

    document_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    label_id: int
    lexicon_entry_id: int | None = None
    state: str = Annotation.State.SUGGESTED
    note: str = ""
    imported_annotator: str = ""
    imported_from: tuple = ()


def insert_spans(spans: list[SpanRow], *, origin: str) -> int:
    """Insert framing spans, leaving out those a unique constraint says are there already,
    also when another run inserts them at the same moment; returns how many were new."""
    if not spans:
        return 0
    if connection.vendor == "postgresql":
        return _insert_spans_postgresql(spans, origin=origin)
    existing = Annotation.objects.filter(document_id__in={span[0] for span in spans}, origin=origin)
    before = existing.count()
    Annotation.objects.bulk_create(
        [
            Annotation(
                **{**span._asdict(), "imported_from": list(span.imported_from)}, origin=origin
            )
            for span in spans
        ],
        batch_size=1_000,
        ignore_conflicts=True,
    )
    return existing.count() - before


def _insert_spans_postgresql(spans: list[SpanRow], *, origin: str) -> int:
    """One INSERT … SELECT FROM unnest(arrays) … ON CONFLICT DO NOTHING for all the spans.

    Building a thousand model instances and compiling them into SQL took most of the time of
    bulk_create; arrays go to the server as they are. Returns the rows actually inserted.
    """
    table = Annotation._meta.db_table
    columns = [list(column) for column in zip(*spans, strict=True)]
    columns[-1] = [json.dumps(list(value)) for value in columns[-1]]
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (document_id, start, "end", quote, prefix, suffix, label_id,
                                 lexicon_entry_id, state, note, imported_annotator,
                                 imported_from, origin, annotator_id, created_at, updated_at)
            SELECT m.document_id, m.start, m.stop, m.quote, m.prefix, m.suffix, m.label_id,
                   m.entry_id, m.state, m.note, m.annotator, m.imported_from::jsonb, %s, NULL,
                   now(), now()
            FROM unnest(%s::int[], %s::int[], %s::int[], %s::text[], %s::text[], %s::text[],
                        %s::int[], %s::int[], %s::text[], %s::text[], %s::text[], %s::text[])
                 AS m(document_id, start, stop, quote, prefix, suffix, label_id, entry_id,
                      state, note, annotator, imported_from)
            ON CONFLICT DO NOTHING
            """,
            [origin, *columns],
        )
        return cursor.rowcount


LABEL_EDITABLE_FIELDS = frozenset(
    {"name", "slug", "category", "description", "semeval_code", "position", "is_active"}
)


def framing_label_create(**fields) -> FramingLabel:
    """A new label of the framing taxonomy (editors)."""
    label = FramingLabel(**fields)
    label.full_clean()
    label.save()
    return label


@transaction.atomic
def framing_label_update(*, label: FramingLabel, **fields) -> FramingLabel:
    model_update(instance=label, fields=fields, editable=LABEL_EDITABLE_FIELDS)
    return label


@transaction.atomic
def framing_label_delete(*, label: FramingLabel, actor: AbstractBaseUser) -> None:
    """Remove a label nothing uses yet (editors); a label in use is retired instead."""
    if not is_editor(actor):
        raise PermissionDenied("Only editors change the framing taxonomy.")
    if label.annotations.exists() or label.lexicon.exists():
        raise ValidationError(
            f"Annotations or lexicon entries use {label}: retire it (clear “is active”) instead."
        )
    label.delete()


LEXICON_EDITABLE_FIELDS = frozenset(
    {"term", "label", "language", "whole_word", "case_sensitive", "inflects", "is_active", "note"}
)


def _lexicon_check(actor: AbstractBaseUser) -> None:
    if not is_editor(actor):
        raise PermissionDenied("Only editors change the lexicon.")


@transaction.atomic
def lexicon_entry_create(*, actor: AbstractBaseUser, **fields) -> LexiconEntry:
    """A new term of the lexicon (editors)."""
    _lexicon_check(actor)
    entry = LexiconEntry(**_language_tagged(fields))
    entry.full_clean()
    entry.save()
    return entry


@transaction.atomic
def lexicon_entry_update(
    *, lexicon_entry: LexiconEntry, actor: AbstractBaseUser, **fields
) -> LexiconEntry:
    _lexicon_check(actor)
    model_update(
        instance=lexicon_entry, fields=_language_tagged(fields), editable=LEXICON_EDITABLE_FIELDS
    )
    return lexicon_entry


def _language_tagged(fields: dict) -> dict:
    """The fields with their language tag, if any, in the case the desk stores tags in."""
    if "language" not in fields:
        return fields
    return {**fields, "language": language_tag(fields["language"])}


@transaction.atomic
def lexicon_entry_delete(*, lexicon_entry: LexiconEntry, actor: AbstractBaseUser) -> None:
    """Remove a term (editors); the suggestions it made stay, without their entry."""
    _lexicon_check(actor)
    lexicon_entry.delete()


@dataclass(frozen=True)
class LexiconLoad:
    language: str
    created: int
    updated: int
    unchanged: int


@transaction.atomic
def lexicon_load(*, language: str, update: bool = False) -> LexiconLoad:
    """Load the lexicon file shipped for ``language`` (``annotations/lexicons``).

    A term the desk has already (same term in any case, language and label) is left as the
    desk keeps it, retired or edited, unless ``update`` asks for the file's flags and note;
    running it again adds nothing. A file with a bad line loads nothing (LexiconFileError
    names every bad line).
    """
    labels = {label.slug: label for label in FramingLabel.objects.all()}
    lines = read_lexicon(language, labels=frozenset(labels))
    existing = {
        (entry.term.lower(), entry.label_id): entry
        for entry in LexiconEntry.objects.select_for_update().filter(
            Q(language=language) | Q(language__startswith=f"{language}-")
        )
    }
    created, changed, unchanged = [], [], 0
    for line in lines:
        label = labels[line.label]
        wanted = {
            "whole_word": line.whole_word,
            "case_sensitive": line.case_sensitive,
            "inflects": line.inflects,
            "note": line.note,
        }
        entry = existing.get((line.term.lower(), label.pk))
        if entry is None:
            created.append(LexiconEntry(term=line.term, label=label, language=language, **wanted))
        elif update and any(getattr(entry, field) != value for field, value in wanted.items()):
            for field, value in wanted.items():
                setattr(entry, field, value)
            entry.updated_at = timezone.now()
            changed.append(entry)
        else:
            unchanged += 1
    # Another load at the same moment may insert the same terms: the unique index keeps one.
    LexiconEntry.objects.bulk_create(created, ignore_conflicts=True)
    if changed:
        LexiconEntry.objects.bulk_update(changed, [*wanted, "updated_at"])
    return LexiconLoad(language, len(created), len(changed), unchanged)
