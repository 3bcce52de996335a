"""Framing annotations in the formats others read and write.

- W3C Web Annotation Data Model: a document's accepted annotations as an AnnotationCollection,
  each targeting the document with a TextQuoteSelector (exact, prefix, suffix) and a
  TextPositionSelector (start, end, in code points, as in Parallax); each annotation also on
  its own, at the address that is its id. Both meet every MUST of the W3C test suite
  (tests/annotations/test_web_annotation_musts.py).

Files of other tools and corpora (SemEval, …) are ``annotations.formats``'.
"""

from datetime import UTC

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.encoding import iri_to_uri

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
