"""POST and GET /api/v1/external-reviews/: the desk imports other fact-checkers' ClaimReview
and lists what it has."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from publishing.models import ExternalReview
from publishing.services import claimreview_import
from tests.factories import make_claim, make_editor, make_reviewer, make_user
from tests.publishing.claimreview_files import eg_0324, eg_0325, review_json

pytestmark = pytest.mark.django_db

URL = reverse("external-review-list")


def client_as(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def test_a_desk_member_imports_and_importing_again_creates_nothing():
    claim = make_claim()
    client = client_as(make_reviewer())
    body = {"claimreview": [eg_0324(), eg_0325()], "claims": [claim.pk]}

    first = client.post(URL, body, format="json")
    again = client.post(URL, body, format="json")

    assert first.status_code == again.status_code == 201
    created = first.json()["created"]
    assert [(row["position"], row["url"]) for row in created] == [
        (1, eg_0324()["url"]),
        (2, eg_0325()["url"]),
    ]
    assert again.json()["created"] == []
    assert again.json()["already_there"] == created
    assert ExternalReview.objects.count() == 2
    assert {review.pk for review in claim.external_reviews.all()} == {row["id"] for row in created}


def test_a_bad_item_is_a_400_naming_it_and_nothing_is_written():
    client = client_as(make_editor())
    body = {"claimreview": [review_json(), {"@type": "ClaimReview", "url": "https://x.org/"}]}

    refused = client.post(URL, body, format="json")

    assert refused.status_code == 400
    assert refused.json() == {
        "claimreview": [
            "Item 2: claimReviewed is missing: what claim was reviewed?.",
            "Nothing was imported; send skip_bad to import the other items.",
        ]
    }
    assert ExternalReview.objects.count() == 0

    skipped = client.post(URL, {**body, "skip_bad": True}, format="json")

    assert skipped.status_code == 201
    assert [row["position"] for row in skipped.json()["created"]] == [1]
    assert skipped.json()["refused"] == [
        {"position": 2, "reason": "claimReviewed is missing: what claim was reviewed?"}
    ]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"claimreview": review_json(), "claims": [999_999]}, "claims"),
        ({"claimreview": 42}, "claimreview"),
        ({"claimreview": review_json(), "claim": [1]}, "claim"),
        ({"claims": [1]}, "claimreview"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(body, field):
    response = client_as(make_reviewer()).post(URL, body, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert ExternalReview.objects.count() == 0


def test_outsiders_neither_import_nor_list():
    consumer = client_as(make_user())
    for client, status in ((client_as(), 401), (consumer, 403)):
        assert client.post(URL, {"claimreview": review_json()}, format="json").status_code == status
        assert client.get(URL).status_code == status
    assert ExternalReview.objects.count() == 0


def test_the_desk_lists_reviews_newest_first_with_their_claims():
    claim, other = make_claim(), make_claim()
    client = client_as(make_reviewer())
    claimreview_import(data=eg_0324(), actor=make_reviewer(), claims=[claim.pk, other.pk])
    claimreview_import(data=review_json(), actor=None, claims=[other.pk])

    rows = client.get(URL).json()["results"]

    assert [row["url"] for row in rows] == [review_json()["url"], eg_0324()["url"]]
    politifact = rows[1]
    assert set(politifact["claims"]) == {claim.pk, other.pk}
    assert (politifact["rating_text"], politifact["rating_value"], politifact["best_rating"]) == (
        "True",
        1.0,
        6.0,
    )
    assert politifact["worst_rating"] is None and politifact["author_name"] == ""
    assert rows[0]["imported_by"] is None  # from the command line
    only = client.get(URL, {"claim": claim.pk}).json()["results"]
    assert [row["url"] for row in only] == [eg_0324()["url"]]
    assert client.get(URL, {"claim": "x"}).status_code == 400


def test_list_queries_do_not_grow_with_the_page(django_assert_num_queries):
    client = client_as(make_editor())
    claims = [make_claim().pk for _ in range(2)]
    claimreview_import(data=review_json(1), actor=None, claims=claims)
    client.get(URL)  # warm per-process caches
    with django_assert_num_queries(2):  # the reviews with who imported them, their claims
        assert len(client.get(URL).json()["results"]) == 1
    claimreview_import(data=[review_json(n) for n in range(2, 7)], actor=None, claims=claims)
    with django_assert_num_queries(2):
        assert len(client.get(URL).json()["results"]) == 6
