"""Framing annotations as W3C Web Annotations."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from annotations.models import Annotation
from tests.api.publishing import publish_claim_on
from tests.factories import framing_label, make_annotation, make_document, make_reviewer

pytestmark = pytest.mark.django_db

TEXT = "🔥 Baku called it a provocation; Yerevan spoke of Ադրբեջանական սադրանք near the line."


@pytest.fixture
def document():
    document = make_document(TEXT, url="https://example.org/report-1")
    make_annotation(
        document, "provocation", label=framing_label("provocation-framing"), note="Baku's word"
    )
    make_annotation(document, "Ադրբեջանական սադրանք", label=framing_label("provocation-framing"))
    make_annotation(
        document,
        "near the line",
        label=framing_label("loaded-language"),
        annotator=None,
        origin=Annotation.Origin.LEXICON,
    )  # a suggestion: not the desk's framing yet
    publish_claim_on(document, "Baku called it a provocation")  # outside the desk: public now
    return document


def get(document):
    return APIClient().get(reverse("document-web-annotations", args=[document.pk]))


def test_the_collection_has_the_w3c_structure_and_only_accepted_spans(document):
    response = get(document)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    collection = response.json()
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection"
    assert collection["id"].endswith(f"/documents/{document.pk}/web-annotations/")
    items = collection["first"]["items"]
    assert collection["total"] == len(items) == 2
    assert collection["first"]["type"] == "AnnotationPage"
    for item in items:
        # The model's required properties: id, type, target (with a source); a body here.
        assert item["id"] and item["type"] == "Annotation" and item["body"]
        assert item["target"]["source"] == "https://example.org/report-1"
        assert {body["type"] for body in item["body"]} == {"TextualBody"}


def test_selectors_give_the_exact_text_at_code_point_positions(document):
    items = get(document).json()["first"]["items"]

    for item in items:
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        assert TEXT[position["start"] : position["end"]] == quote["exact"]
        assert TEXT[: position["start"]].endswith(quote["prefix"])
        assert TEXT[position["end"] :].startswith(quote["suffix"])
    assert [item["target"]["selector"][0]["exact"] for item in items] == [
        "provocation",
        "Ադրբեջանական սադրանք",
    ]
    assert items[0]["target"]["selector"][1]["start"] == TEXT.index("provocation")
    # The annotator's note is the desk's own: not in what anyone may read.
    note = {"type": "TextualBody", "purpose": "commenting", "value": "Baku's word"}
    assert note not in items[0]["body"]
    desk = APIClient()
    desk.force_authenticate(make_reviewer())
    url = reverse("document-web-annotations", args=[document.pk])
    assert note in desk.get(url).json()["first"]["items"][0]["body"]


def test_anyone_may_read_it_and_an_unknown_document_is_404(document):
    assert get(document).status_code == 200
    hidden = make_document("A text no published verdict refers to.")
    make_annotation(hidden, "published verdict")
    assert get(hidden).status_code == 404  # outside the desk: hidden like an unknown id
    client = APIClient()
    client.force_authenticate(make_reviewer())
    assert client.get(reverse("document-web-annotations", args=[999_999])).status_code == 404


def test_one_annotation_on_its_own_follows_the_collections_access(document):
    accepted = Annotation.objects.filter(document=document, state="accepted").first()
    suggestion = Annotation.objects.get(document=document, state="suggested")
    hidden = make_document("A text no published verdict refers to.")
    unpublished = make_annotation(hidden, "published verdict")
    desk = APIClient()
    desk.force_authenticate(make_reviewer())

    def status(client, annotation_id):
        url = reverse("annotation-web-annotation", args=[annotation_id])
        return client.get(url).status_code

    assert status(APIClient(), accepted.pk) == status(desk, accepted.pk) == 200
    # Outside the desk a span on a document no published verdict references is not there...
    assert status(APIClient(), unpublished.pk) == 404
    assert status(desk, unpublished.pk) == 200
    # ...and a suggestion is in no collection, for anyone.
    assert status(APIClient(), suggestion.pk) == status(desk, suggestion.pk) == 404
    assert status(desk, 999_999) == 404


def test_queries_do_not_grow_with_the_collection(document, django_assert_num_queries):
    make_annotation(document, "Yerevan", label=framing_label("loaded-language"))
    make_annotation(document, "spoke", label=framing_label("loaded-language"))
    url = reverse("document-web-annotations", args=[document.pk])
    one = Annotation.objects.filter(document=document, state="accepted").first()
    with django_assert_num_queries(2):  # the document, its spans with their labels
        assert len(APIClient().get(url).json()["first"]["items"]) == 4
    with django_assert_num_queries(1):
        APIClient().get(reverse("annotation-web-annotation", args=[one.pk]))
