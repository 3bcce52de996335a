"""Framing annotations in the formats others read and write.

- W3C Web Annotation Data Model: a document's accepted annotations as an AnnotationCollection,
  each targeting the document with a TextQuoteSelector (exact, prefix, suffix) and a
  TextPositionSelector (start, end, in code points, as in Parallax); each annotation also on
  its own, at the address that is its id. Both meet every MUST of the W3C test suite
  (tests/annotations/test_web_annotation_musts.py).
- SemEval span files: ``article_id<TAB>technique<TAB>start<TAB>end``, one span a line, the
  article being the document's id and the technique a label's SemEval code.
"""

from dataclasses import dataclass
from datetime import UTC

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.encoding import iri_to_uri

from desk.text import whole_number
from sources.models import Document

from .models import Annotation

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
W3C_CONTENT_TYPE = f'application/ld+json; profile="{W3C_CONTEXT}"'


def web_annotation_collection(document: Document, *, with_notes: bool = False) -> dict:
    """The document's accepted annotations as one AnnotationCollection with its page embedded.

    Each item is the annotation ``web_annotation`` gives on its own, under the collection's
    ``@context``; its id is that single annotation's address. Annotators' notes are the desk's
    own: they are in it only ``with_notes``. An empty collection has no page (the model asks for
    ``first`` only when there are annotations)."""
    collection_id = _absolute(reverse("document-web-annotations", args=[document.pk]))
    source, ids = web_annotation_source(document), _annotation_id_template()
    items = [
        _web_annotation(annotation, source, ids, with_notes=with_notes)
        for annotation in accepted_annotations(document)
    ]
    collection = {
        "@context": W3C_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": f"Framing annotations of {document.title}",
        "total": len(items),
    }
    if items:
        collection["first"] = {
            "id": f"{collection_id}#page1",
            "type": "AnnotationPage",
            # No ``partOf``: the page is inside its collection (and the suite's page
            # assertions read a ``partOf`` as the collection's description, not its id).
            "startIndex": 0,
            "items": items,
        }
    return collection


def web_annotation(annotation: Annotation, *, with_notes: bool = False) -> dict:
    """One accepted annotation as a Web Annotation document of its own, with its ``@context``.
    ``annotation.document`` is read for its address only (its text may be left deferred)."""
    source, ids = web_annotation_source(annotation.document), _annotation_id_template()
    return {
        "@context": W3C_CONTEXT,
        **_web_annotation(annotation, source, ids, with_notes=with_notes),
    }


def web_annotation_source(document: Document) -> str:
    """What an annotation targets: the document's own address, as a URI (the model's ids are
    URIs: a stored address with non-ASCII characters is percent-encoded), or the desk's API
    address of the document when it has none."""
    if document.url:
        return iri_to_uri(document.url)
    return _absolute(reverse("document-detail", args=[document.pk]))


def _annotation_id_template() -> str:
    """An annotation's id with "{}" for its number: a collection reverses it once."""
    return _absolute(reverse("annotation-web-annotation", args=[0]).replace("/0/", "/{}/"))


def _absolute(path: str) -> str:
    # The desk's own address, as in every link it gives, whatever Host a request named.
    return settings.PARALLAX_BASE_URL + path


def accepted_annotations(document: Document) -> QuerySet[Annotation]:
    return (
        Annotation.objects.filter(document=document, state=Annotation.State.ACCEPTED)
        .select_related("label")
        .order_by("start", "end", "id")
    )


def _web_annotation(annotation: Annotation, source: str, ids: str, *, with_notes: bool) -> dict:
    label = annotation.label
    body = [
        {"type": "TextualBody", "purpose": "tagging", "value": label.name},
        {"type": "TextualBody", "purpose": "classifying", "value": label.slug},
    ]
    if with_notes and annotation.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": annotation.note})
    created = annotation.created_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return {
        "id": ids.format(annotation.pk),
        "type": "Annotation",
        "motivation": "tagging",
        "created": created,
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
