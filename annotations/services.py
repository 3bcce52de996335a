"""Writes to framing annotations and the lexicon."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction

from sources.models import Document
from sources.text import context_around

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
    rows = []
    for match in find_terms(text, document.language):
        prefix, suffix = context_around(text, match.start, match.end)
        rows.append(
            Annotation(
                document=document,
                start=match.start,
                end=match.end,
                quote=text[match.start : match.end],
                prefix=prefix,
                suffix=suffix,
                label_id=match.label_id,
                lexicon_entry_id=match.entry_id,
                origin=Annotation.Origin.LEXICON,
                state=Annotation.State.SUGGESTED,
            )
        )
    suggestions = Annotation.objects.filter(document=document, origin=Annotation.Origin.LEXICON)
    before = suggestions.count()
    Annotation.objects.bulk_create(rows, batch_size=1_000, ignore_conflicts=True)
    return suggestions.count() - before
