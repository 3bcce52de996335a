"""Framing annotations in the formats others read and write.

- W3C Web Annotation Data Model: a document's accepted annotations as an AnnotationCollection,
  each targeting the document with a TextQuoteSelector (exact, prefix, suffix) and a
  TextPositionSelector (start, end, in code points, as in Parallax).
- SemEval span files: ``article_id<TAB>technique<TAB>start<TAB>end``, one span a line, the
  article being the document's id and the technique a label's SemEval code.
"""

from django.db.models import QuerySet

from sources.models import Document

from .models import Annotation

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def web_annotation_collection(document: Document, *, base_url: str) -> dict:
    """The collection for ``document``; ``base_url`` is the collection's own absolute URL."""
    annotations = accepted_annotations(document)
    source = document.url or base_url.rsplit("web-annotations/", 1)[0]
    items = [_web_annotation(annotation, source, base_url) for annotation in annotations]
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


def _web_annotation(annotation: Annotation, source: str, base_url: str) -> dict:
    label = annotation.label
    body = [
        {"type": "TextualBody", "purpose": "tagging", "value": label.name},
        {"type": "TextualBody", "purpose": "classifying", "value": label.slug},
    ]
    if annotation.note:
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
