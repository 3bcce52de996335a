"""Writes to framing annotations and the lexicon."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import connection, transaction

from sources.models import Document
from sources.text import context_around

from .interchange import parse_semeval
from .lexicon import find_terms
from .models import Annotation, FramingLabel


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


def lexicon_suggest(*, document: Document) -> int:
    """Suggest a framing span wherever the active lexicon's terms occur; returns how many new.

    Running it again adds nothing: a suggestion is unique per span and label (database
    constraint), so existing ones, accepted or rejected, are left as they are, even when
    another run inserts at the same moment.
    """
    text = document.text
    spans = []
    for match in find_terms(text, document.language):
        prefix, suffix = context_around(text, match.start, match.end)
        quote = text[match.start : match.end]
        spans.append(
            (match.start, match.end, quote, prefix, suffix, match.label_id, match.entry_id)
        )
    if not spans:
        return 0
    if connection.vendor == "postgresql":
        return _insert_suggestions_postgresql(document, spans)
    suggestions = Annotation.objects.filter(document=document, origin=Annotation.Origin.LEXICON)
    before = suggestions.count()
    Annotation.objects.bulk_create(
        [
            Annotation(
                document=document,
                start=start,
                end=end,
                quote=quote,
                prefix=prefix,
                suffix=suffix,
                label_id=label_id,
                lexicon_entry_id=entry_id,
                origin=Annotation.Origin.LEXICON,
                state=Annotation.State.SUGGESTED,
            )
            for start, end, quote, prefix, suffix, label_id, entry_id in spans
        ],
        batch_size=1_000,
        ignore_conflicts=True,
    )
    return suggestions.count() - before


def _insert_suggestions_postgresql(document: Document, spans: list[tuple]) -> int:
    """One INSERT … SELECT FROM unnest(arrays) … ON CONFLICT DO NOTHING for all the spans.

    Building a thousand model instances and compiling them into SQL took most of the time of
    bulk_create; arrays go to the server as they are. Returns the rows actually inserted.
    """
    table = Annotation._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (document_id, start, "end", quote, prefix, suffix, label_id,
                                 lexicon_entry_id, origin, state, note, annotator_id,
                                 created_at, updated_at)
            SELECT %s, m.start, m.stop, m.quote, m.prefix, m.suffix, m.label_id, m.entry_id,
                   %s, %s, '', NULL, now(), now()
            FROM unnest(%s::int[], %s::int[], %s::text[], %s::text[], %s::text[], %s::int[],
                        %s::int[]) AS m(start, stop, quote, prefix, suffix, label_id, entry_id)
            ON CONFLICT DO NOTHING
            """,
            [
                document.pk,
                Annotation.Origin.LEXICON,
                Annotation.State.SUGGESTED,
                *(list(column) for column in zip(*spans, strict=True)),
            ],
        )
        return cursor.rowcount


@transaction.atomic
def semeval_import(*, text: str) -> int:
    """Import a SemEval span file as accepted, imported spans; returns how many were new.

    Every line is checked first (form, document, technique, span inside the text): one bad
    line and nothing is written, with a message for each bad line. A span already imported
    with the same label is not imported again.
    """
    spans, errors = parse_semeval(text)
    documents = Document.objects.in_bulk({span.document_id for _, span in spans})
    labels = {
        label.semeval_code: label
        for label in FramingLabel.objects.filter(
            semeval_code__in={span.technique for _, span in spans}
        )
    }
    for number, span in spans:
        document = documents.get(span.document_id)
        if document is None:
            errors.append(f"Line {number}: no document with id {span.document_id}.")
        elif span.technique not in labels:
            errors.append(f"Line {number}: unknown technique \u201c{span.technique}\u201d.")
        elif span.end > len(document.text):
            errors.append(
                f"Line {number}: the span ends at {span.end}, after the document's "
                f"{len(document.text)} characters."
            )
    if errors:
        raise ValidationError(errors)
    existing = set(
        Annotation.objects.filter(
            document_id__in=documents, origin=Annotation.Origin.IMPORT
        ).values_list("document_id", "start", "end", "label_id")
    )
    created = 0
    for _, span in spans:
        label = labels[span.technique]
        key = (span.document_id, span.start, span.end, label.pk)
        if key in existing:
            continue
        existing.add(key)
        annotation_create(
            document=documents[span.document_id],
            start=span.start,
            end=span.end,
            label=label,
            annotator=None,
            origin=Annotation.Origin.IMPORT,
            state=Annotation.State.ACCEPTED,
        )
        created += 1
    return created
