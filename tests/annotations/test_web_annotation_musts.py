"""Every Web Annotation the desk exports passes the W3C test suite's MUST assertions."""

import json

import pytest
from django.conf import settings
from django.urls import reverse
from rest_framework.test import APIClient

from tests.annotations.w3c_musts import (
    ANNOTATION_MUSTS,
    COLLECTION_MUSTS,
    PAGE_MUSTS,
    failed_musts,
    suite,
)
from tests.api.publishing import publish_claim_on
from tests.factories import framing_label, make_annotation, make_document, make_reviewer

TEXT = "🔥 Baku called it a provocation; Yerevan spoke of Ադրբեջանական սադրանք near the line."


def sample(name: str) -> dict:
    return json.loads((suite() / "tools" / "samples" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["anno26.json", "anno27.json", "anno32.json"])
def test_the_harness_passes_the_suites_correct_samples(name):
    assert failed_musts(sample(f"correct/{name}"), ANNOTATION_MUSTS) == {}


@pytest.mark.parametrize("name", ["anno2.json", "anno3.json", "anno26.json", "anno30.json"])
def test_the_harness_fails_the_suites_incorrect_samples(name):
    assert failed_musts(sample(f"incorrect/{name}"), ANNOTATION_MUSTS)


@pytest.mark.parametrize(
    ("change", "failing"),
    [
        ({"created": "now"}, "annotations/3.3.1-annotationCreatedValidated.json"),
        ({"created": "2016-02-30T10:00:00Z"}, "annotations/3.3.1-annotationCreatedValidated.json"),
        ({"id": "not a uri"}, "annotations/3.1-annotationIdValidated.json"),
        ({"id": "http://example.org/статья"}, "annotations/3.1-annotationIdValidated.json"),
        (
            {"@context": "http://www.w3.org/ns/oa.jsonld"},
            "annotations/3.1-annotationContextValidated.json",
        ),
    ],
)
def test_the_harness_checks_formats_and_values(change, failing):
    # A correct sample with one value made wrong fails exactly that assertion.
    assert set(failed_musts({**sample("correct/anno26.json"), **change}, ANNOTATION_MUSTS)) == {
        failing
    }


def test_the_harness_passes_the_suites_collection_and_fails_a_broken_one():
    collection = sample("correct/collection1.json")
    assert failed_musts(collection, COLLECTION_MUSTS) == {}
    assert failed_musts(collection, PAGE_MUSTS) == {}
    assert "collections/5.1-collectionTotalValidated.json" in failed_musts(
        {**collection, "total": -1}, COLLECTION_MUSTS
    )
    del collection["first"]["type"]
    assert "collections/pages/5.2-pageTypeValidated.json" in failed_musts(collection, PAGE_MUSTS)


# --- What the desk exports --------------------------------------------------------------------


@pytest.fixture
def documents(db):
    """A public document with several accepted spans (one with a note, scripts outside Latin,
    an address with Cyrillic in it), one without an address, and one without spans."""
    labelled = make_document(TEXT, url="https://example.org/статья/report 1".replace(" ", "-"))
    provocation = framing_label("provocation-framing")
    make_annotation(labelled, "provocation", label=provocation, note="Baku's <b>word</b>")
    make_annotation(labelled, "Ադրբեջանական սադրանք", label=provocation)
    make_annotation(labelled, "🔥", label=framing_label("loaded-language"))
    make_annotation(labelled, "near the line", label=framing_label("loaded-language"))
    publish_claim_on(labelled, "Baku called it a provocation")
    unaddressed = make_document("Yerevan said the villages were shelled overnight.")
    make_annotation(unaddressed, "shelled", label=provocation)
    publish_claim_on(unaddressed, "Yerevan said")
    empty = make_document("Nothing loaded in this sentence at all.")
    publish_claim_on(empty, "Nothing loaded")
    return labelled, unaddressed, empty


def clients():
    desk = APIClient()
    desk.force_authenticate(make_reviewer())
    return {"outsider": APIClient(), "desk": desk}


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["outsider", "desk"])
def test_every_collection_page_and_item_passes_every_must(documents, who):
    client = clients()[who]
    for document in documents:
        response = client.get(reverse("document-web-annotations", args=[document.pk]))
        assert response.status_code == 200
        collection = response.json()
        assert failed_musts(collection, COLLECTION_MUSTS) == {}
        if collection["total"] == 0:
            assert "first" not in collection  # no page to check
            continue
        # The suite's page assertions take a collection with its page embedded...
        assert failed_musts(collection, PAGE_MUSTS) == {}
        page = collection["first"]
        # ...or the page itself; the page and its items as documents of their own, under the
        # collection's context.
        context = {"@context": collection["@context"]}
        assert failed_musts({**context, **page}, PAGE_MUSTS) == {}
        assert len(page["items"]) == collection["total"]
        for item in page["items"]:
            assert "@context" not in item  # the collection's holds for it
            assert failed_musts({**context, **item}, ANNOTATION_MUSTS) == {}


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["outsider", "desk"])
def test_an_item_fetched_at_its_id_is_the_collections_item_with_its_context(documents, who):
    client = clients()[who]
    labelled = documents[0]
    collection = client.get(reverse("document-web-annotations", args=[labelled.pk])).json()
    notes = [
        body["value"]
        for item in collection["first"]["items"]
        for body in item["body"]
        if body["purpose"] == "commenting"
    ]
    assert notes == (["Baku's <b>word</b>"] if who == "desk" else [])
    for item in collection["first"]["items"]:
        path = reverse("annotation-web-annotation", args=[_number(item["id"])])
        assert item["id"] == settings.PARALLAX_BASE_URL + path  # its id is where it is
        response = client.get(path)
        assert response.status_code == 200
        assert response["Content-Type"] == (
            'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
        )
        alone = response.json()
        assert alone == {"@context": "http://www.w3.org/ns/anno.jsonld", **item}
        assert failed_musts(alone, ANNOTATION_MUSTS) == {}
        # The target is the document's address as a URI.
        assert alone["target"]["source"] == (
            "https://example.org/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F/report-1"
        )


def _number(annotation_id: str) -> int:
    return int(annotation_id.rstrip("/").split("/")[-2])
