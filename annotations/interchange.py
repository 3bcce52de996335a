"""Framing annotations in the formats others read and write.

- W3C Web Annotation Data Model: a document's accepted annotations as an AnnotationCollection,
  each targeting the document with a TextQuoteSelector (exact, prefix, suffix) and a
  TextPositionSelector (start, end, in code points, as in Parallax).
- SemEval span files: ``article_id<TAB>technique<TAB>start<TAB>end``, one span a line, the
  article being the document's id and the technique a label's SemEval code.
"""

from dataclasses import dataclass

from django.db.models import QuerySet

from desk.text import whole_number
from sources.models import Document

from .models import Annotation

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def web_annotation_collection(
    document: Document, *, base_url: str, with_notes: bool = False
) -> dict:
    """The collection for ``document``; ``base_url`` is the collection's own absolute URL.
    Annotators' notes are the desk's own: they are in it only ``with_notes``."""
    annotations = accepted_annotations(document)
    source = document.url or base_url.rsplit("web-annotations/", 1)[0]
    items = [
        _web_annotation(annotation, source, base_url, with_notes=with_notes)
        for annotation in annotations
    ]
    return {
        "@context": W3C_CONTEXT,
        "id": base_url,
        "type": "AnnotationCollection",
        "label": f"Framing annotations of {document.title}",
        "total": len(items),
        "first": {"id": f"{base_url}#page1", "type": "AnnotationPage", "items": items},
    }


def accepted_annotations(document: Document) -> QuerySet[Annotation]:
    return (
        Annotation.objects.filter(document=document, state=Annotation.State.ACCEPTED)
        .select_related("label")
        .order_by("start", "end", "id")
    )


def _web_annotation(
    annotation: Annotation, source: str, base_url: str, *, with_notes: bool
) -> dict:
    label = annotation.label
    body = [
        {"type": "TextualBody", "purpose": "tagging", "value": label.name},
        {"type": "TextualBody", "purpose": "classifying", "value": label.slug},
    ]
    if with_notes and annotation.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": annotation.note})
    return {
        "id": f"{base_url}#annotation-{annotation.pk}",
        "type": "Annotation",
        "motivation": "tagging",
        "created": annotation.created_at.isoformat(),
        "body": body,
        "target": {
            "source": source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": annotation.quote,
                    "prefix": annotation.prefix,
                    "suffix": annotation.suffix,
                },
                {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
            ],
        },
    }


@dataclass(frozen=True)
class SemEvalSpan:
    document_id: int
    technique: str
    start: int
    end: int

    def line(self) -> str:
        return f"{self.document_id}\t{self.technique}\t{self.start}\t{self.end}"


def semeval_spans(documents: QuerySet[Document]) -> list[SemEvalSpan]:
    """The accepted spans of ``documents`` whose label is a SemEval technique, in file order."""
    annotations = (
        Annotation.objects.filter(document__in=documents, state=Annotation.State.ACCEPTED)
        .exclude(label__semeval_code="")
        .values_list("document_id", "label__semeval_code", "start", "end")
        .order_by("document_id", "start", "end", "label__semeval_code")
    )
    return [SemEvalSpan(*row) for row in annotations]


def parse_semeval(text: str) -> tuple[list[tuple[int, SemEvalSpan]], list[str]]:
    """The spans of a SemEval file with their line numbers, and an error for each bad line.

    Only the form is checked here; whether documents and techniques exist is the importer's.
    """
    spans, errors = [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        if "\x00" in raw:
            # PostgreSQL cannot store it, nor look a technique up by it.
            errors.append(f"Line {number}: a NUL character is not text.")
            continue
        fields = raw.rstrip("\r").split("\t")
        if len(fields) != 4:
            errors.append(
                f"Line {number}: expected 4 tab-separated fields "
                f"(article_id, technique, start, end), found {len(fields)}."
            )
            continue
        technique = fields[1].strip()
        article, start, end = (whole_number(fields[at].strip()) for at in (0, 2, 3))
        if article is None or start is None or end is None:
            errors.append(
                f"Line {number}: article_id, start and end must be whole numbers "
                "(ASCII digits, 19 at most)."
            )
            continue
        if start >= end:
            errors.append(f"Line {number}: start ({start}) must be before end ({end}).")
            continue
        spans.append((number, SemEvalSpan(article, technique, start, end)))
    return spans, errors
