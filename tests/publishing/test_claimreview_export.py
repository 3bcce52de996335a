"""Our ClaimReview carries every property Google requires or recommends, as
../shared/interop/claimreview/NOTES.md lists them, with values of the expected kind."""

import re
from datetime import UTC, date, datetime

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from claims.status import Status
from publishing.claimreview_reading import read_claimreview
from tests.claims.workflow_helpers import claim_at
from tests.factories import make_document, make_editor, make_reviewer
from tests.interop import interop_path
from verification.models import Verdict

pytestmark = pytest.mark.django_db

ROW = re.compile(r"^\| (ClaimReview|Claim|Rating) \| (\w+) \| (REQUIRED|RECOMMENDED) \| ([^|]+)\|$")


def listed_properties() -> list[tuple[str, str, str, str]]:
    """(entity, property, status, expected value) of each row of NOTES.md's table."""
    notes = interop_path("claimreview", "NOTES.md").read_text(encoding="utf-8")
    return [match.groups() for line in notes.splitlines() if (match := ROW.match(line))]


def published_claimreview(**document_fields) -> dict:
    document = make_document("Yerevan said the shelling of Sotk began at dawn.", **document_fields)
    claim = claim_at(
        Status.PUBLISHED,
        editor=make_editor(),
        reviewer=make_reviewer(),
        publisher=make_editor(),
        document=document,
    )
    verdict = Verdict.objects.get(claim=claim)
    return APIClient().get(reverse("verdict-claimreview", args=[verdict.pk])).json()


def is_kind(value, expected: str) -> bool:
    """Whether ``value`` is of the kind NOTES.md's "expected value" column names first."""
    kind = expected.split(".")[0].split("(")[0].strip()
    if kind.startswith("Text"):
        return isinstance(value, str) and value.strip() != ""
    if kind == "Number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind.startswith("URL"):  # "URL" or "URL or CreativeWork"
        url = value.get("url") if isinstance(value, dict) else value
        return isinstance(url, str) and url.startswith(("http://", "https://"))
    if kind == "DateTime":
        return isinstance(value, str) and date.fromisoformat(value[:10]) is not None
    if kind.startswith(("Organization", "Claim", "Rating")):
        allowed = {part.strip() for part in kind.split(" or ")}
        return isinstance(value, dict) and value.get("@type") in allowed
    raise AssertionError(f"NOTES.md names a kind this test does not know: {expected!r}")


def test_notes_list_the_properties_this_test_checks():
    properties = {(entity, name) for entity, name, _, _ in listed_properties()}
    assert len(properties) == 15
    assert {("Rating", "name"), ("Claim", "firstAppearance"), ("ClaimReview", "url")} <= properties


def test_every_required_and_recommended_property_is_there_with_a_value_of_its_kind():
    review = published_claimreview(
        url="https://news.example.am/2021/11/16/sotk",
        published_at=datetime(2021, 11, 16, 9, 30, tzinfo=UTC),
    )
    where = {
        "ClaimReview": review,
        "Claim": review["itemReviewed"],
        "Rating": review["reviewRating"],
    }
    missing = [
        f"{entity}.{name} ({status.lower()}): {where[entity].get(name)!r}"
        for entity, name, status, expected in listed_properties()
        if not is_kind(where[entity].get(name), expected)
    ]
    assert missing == []
    assert review["reviewRating"]["name"] == review["reviewRating"]["alternateName"] == "False"
    assert review["itemReviewed"]["firstAppearance"] == {
        "@type": "CreativeWork",
        "url": "https://news.example.am/2021/11/16/sotk",
        "datePublished": "2021-11-16",
    }


def test_a_document_without_an_address_gives_no_first_appearance():
    review = published_claimreview()
    assert "firstAppearance" not in review["itemReviewed"]
    assert review["itemReviewed"]["appearance"]["@type"] == "CreativeWork"


def test_our_own_claimreview_reads_back_as_another_fact_checkers_would():
    review = published_claimreview(url="https://news.example.am/sotk")
    [read] = read_claimreview(review).reviews
    assert (read.url, read.claim_reviewed, read.rating_text) == (
        review["url"],
        review["claimReviewed"],
        "False",
    )
    assert read.appearance_url == "https://news.example.am/sotk"
