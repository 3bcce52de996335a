"""Writes to framing annotations and the lexicon."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction

from sources.models import Document
from sources.text import context_around

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
