"""POST documents/{id}/versions/: a new version by hand, before fetching does it."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from claims.models import Claim
from tests.factories import make_claim, make_document, make_reviewer, make_user

pytestmark = pytest.mark.django_db

TEXT = "Baku said the shelling began at dawn. Yerevan said its posts did not fire."


def client_for(user):
    api = APIClient()
    api.force_authenticate(user)
    return api


def test_a_reviewer_records_a_version_and_the_same_text_again_changes_nothing():
    document = make_document(TEXT)
    claim = make_claim(document, "Yerevan said its posts did not fire.")
    api = client_for(make_reviewer())
    url = reverse("document-versions", args=[document.pk])

    made = api.post(url, {"text": TEXT.replace("dawn", "noon"), "title": "Edited"}, format="json")

    assert made.status_code == 201, made.content
    body = made.json()
    assert body["version"] == 2 and body["previous_version"] == document.pk and body["created"]
    assert body["placements"] == {"exact": 0, "moved": 1, "changed": 0, "orphan": 0}
    assert Claim.objects.get(pk=claim.pk).document_id == body["id"]
    again = api.post(url, {"text": TEXT.replace("dawn", "noon")}, format="json")
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    assert not again.json()["created"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [({}, "text"), ({"text": "   "}, "text"), ({"text": "x", "colour": "red"}, "colour")],
)
def test_bad_input_is_refused_and_nothing_is_written(payload, field):
    document = make_document(TEXT)
    answer = client_for(make_reviewer()).post(
        reverse("document-versions", args=[document.pk]), payload, format="json"
    )
    assert answer.status_code == 400 and field in str(answer.json())
    document.refresh_from_db()
    assert document.superseded_at is None


def test_outsiders_may_not_and_an_unknown_document_is_404():
    document = make_document(TEXT)
    url = reverse("document-versions", args=[document.pk])
    assert APIClient().post(url, {"text": "x"}, format="json").status_code == 401
    assert client_for(make_user()).post(url, {"text": "x"}, format="json").status_code == 403
    unknown = reverse("document-versions", args=[document.pk + 1000])
    assert client_for(make_reviewer()).post(unknown, {"text": "x"}).status_code == 404
