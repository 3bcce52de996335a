"""Sources, documents, incidents, ratings, framing labels and claims over the API: who sees
what, who writes what, and nothing unpublished leaking through lists, details or filters."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim, Incident
from claims.status import Status
from sources.models import Document, Source
from tests.api.test_verdicts_api import CLIENTS, people, published  # noqa: F401
from tests.api.test_workflow_api import client_for
from tests.claims.workflow_helpers import claim_at
from tests.factories import make_document, make_incident, make_reviewer, make_source, make_user
from verification.models import Rating
from verification.services import claim_transition

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(people):  # noqa: F811
    """One claim with a published verdict, one still in review, each with its own sources."""
    public = published(people, incident=make_incident(title="Public clash"))
    private = claim_at(
        Status.IN_REVIEW,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
    )
    Claim.objects.filter(pk=private.pk).update(incident=make_incident(title="Private clash"))
    return {"public": public.claim, "private": Claim.objects.get(pk=private.pk)}


def ids(client, name, **params):
    response = client.get(reverse(f"{name}-list"), params)
    assert response.status_code == 200, response.content
    body = response.json()
    rows = body["results"] if isinstance(body, dict) else body
    return {row["id"] for row in rows}


@pytest.mark.parametrize("who", ["anonymous", "consumer", "consumer-token"])
def test_outside_the_desk_only_what_published_verdicts_reference(who, people, desk):  # noqa: F811
    client = CLIENTS[who](people)
    public, private = desk["public"], desk["private"]

    assert ids(client, "claim") == {public.pk}
    assert ids(client, "document") == {public.document_id}
    assert ids(client, "incident") == {public.incident_id}
    assert ids(client, "source") == {public.speaker_id, public.document.publisher_id}
    for name, hidden in (
        ("claim", private.pk),
        ("document", private.document_id),
        ("incident", private.incident_id),
        ("source", private.speaker_id),
    ):
        assert client.get(reverse(f"{name}-detail", args=[hidden])).status_code == 404, name
    claim = client.get(reverse("claim-detail", args=[public.pk])).json()
    assert "status" not in claim and "workflow_version" not in claim
    # Filtering by status cannot reveal a claim's status either.
    assert ids(client, "claim", status="in_review") == set()
    assert ids(client, "claim", status="published") == set()
    assert ids(client, "rating") == set(Rating.objects.values_list("pk", flat=True))


@pytest.mark.parametrize("who", ["reviewer", "editor"])
def test_the_desk_sees_everything_with_the_status(who, people, desk):  # noqa: F811
    client = CLIENTS[who](people)
    assert ids(client, "claim") == {desk["public"].pk, desk["private"].pk}
    assert ids(client, "claim", status="in_review") == {desk["private"].pk}
    detail = client.get(reverse("claim-detail", args=[desk["private"].pk])).json()
    assert detail["status"] == "in_review"
    assert ids(client, "document") == set(Document.objects.values_list("pk", flat=True))


def test_a_document_s_text_is_in_its_detail_not_the_list(people, desk):  # noqa: F811
    client = client_for()
    listed = client.get(reverse("document-list")).json()["results"][0]
    assert "text" not in listed
    detail = client.get(reverse("document-detail", args=[listed["id"]])).json()
    assert detail["text"] == desk["public"].document.text


def test_desk_members_create_and_change_through_the_services(people):  # noqa: F811
    client = client_for(make_reviewer())
    source = client.post(
        reverse("source-list"),
        {"name": " Ministry of Defence of Azerbaijan ", "kind": "ministry", "country": "AZ"},
        format="json",
    )
    assert source.status_code == 201, source.content
    assert source.json()["name"] == "Ministry of Defence of Azerbaijan"
    text = "Baku said Armenian units fired\r\non its positions at dawn."
    document = client.post(
        reverse("document-list"),
        {"title": "Statement", "publisher": source.json()["id"], "text": text},
        format="json",
    )
    assert document.status_code == 201, document.content
    stored = Document.objects.get(pk=document.json()["id"])
    assert stored.text == text.replace("\r\n", "\n")  # normalised by the service
    claim = client.post(
        reverse("claim-list"),
        {
            "document": stored.pk,
            "start": 0,
            "end": stored.text.index(" at dawn"),
            "summary": "Baku says Armenian units fired first.",
            "speaker": source.json()["id"],
        },
        format="json",
    )
    assert claim.status_code == 201, claim.content
    assert claim.json()["status"] == "new"
    changed = client.patch(
        reverse("claim-detail", args=[claim.json()["id"]]),
        {"summary": "Baku says Armenian units opened fire."},
        format="json",
    )
    assert changed.json()["summary"] == "Baku says Armenian units opened fire."
    incident = client.post(
        reverse("incident-list"), {"title": "Dawn firing", "starts_on": "2021-11-14"}
    )
    assert incident.status_code == 201


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("source", {"name": ""}),
        ("document", {"title": "No text", "publisher": 999_999, "text": ""}),
        ("claim", {"document": 1, "start": 5, "end": 2, "summary": "x", "speaker": 1}),
        ("incident", {"title": "Bad dates", "starts_on": "2021-11-14", "ends_on": "2021-11-01"}),
    ],
)
def test_bad_input_is_400_and_writes_nothing(name, body):
    make_document()  # a document and a source with ids 1
    counts = [model.objects.count() for model in (Source, Document, Claim, Incident)]
    response = client_for(make_reviewer()).post(reverse(f"{name}-list"), body, format="json")
    assert response.status_code == 400, response.content
    assert [model.objects.count() for model in (Source, Document, Claim, Incident)] == counts


def test_writes_check_the_role(people):  # noqa: F811
    outsider = client_for(make_user())
    assert outsider.post(reverse("source-list"), {"name": "X"}).status_code == 403
    assert client_for().post(reverse("source-list"), {"name": "X"}).status_code == 401
    reviewer = client_for(people["reviewer"])
    rating = {"label": "Satire", "slug": "satire"}
    assert reviewer.post(reverse("rating-list"), rating).status_code == 403
    assert reviewer.post(reverse("framing-label-list"), {"name": "X"}).status_code == 403
    editor = client_for(people["editor"])
    assert editor.post(reverse("rating-list"), rating).status_code == 201
    duplicate = editor.post(reverse("rating-list"), rating)
    assert duplicate.status_code == 400
    label = {"name": "Victim framing", "slug": "victim-framing", "category": "justification"}
    assert editor.post(reverse("framing-label-list"), label).status_code == 201
    assert not Source.objects.filter(name="X").exists()


def test_retired_labels_are_for_the_editors_eyes(people):  # noqa: F811
    editor = client_for(people["editor"])
    label = editor.get(reverse("framing-label-list")).json()[0]
    editor.patch(reverse("framing-label-detail", args=[label["id"]]), {"is_active": False})
    assert label["id"] not in ids(client_for(), "framing-label")
    assert label["id"] in ids(editor, "framing-label")


@pytest.mark.parametrize("who", ["anonymous", "consumer-token"])
def test_a_retired_rating_stays_public_only_where_a_published_verdict_gives_it(
    who,
    people,  # noqa: F811
):
    published(people)  # rated "false"
    draft = claim_at(
        Status.IN_REVIEW,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
    )
    claim_transition(
        claim=draft,
        name="propose",
        actor=people["reviewer"],
        rating=Rating.objects.get(slug="half-true"),
        rationale="Only part of it holds.",
    )
    editor = client_for(people["editor"])
    retired = {slug: Rating.objects.get(slug=slug) for slug in ("false", "half-true", "true")}
    for rating in retired.values():
        answer = editor.patch(reverse("rating-detail", args=[rating.pk]), {"is_active": False})
        assert answer.status_code == 200, answer.content

    client = CLIENTS[who](people)
    active = set(Rating.objects.filter(is_active=True).values_list("pk", flat=True))
    assert ids(client, "rating") == active | {retired["false"].pk}
    assert (
        client.get(reverse("rating-detail", args=[retired["false"].pk])).json()["is_active"]
        is False
    )
    # A proposed (unpublished) verdict does not count, and neither does no verdict at all.
    for slug in ("half-true", "true"):
        assert client.get(reverse("rating-detail", args=[retired[slug].pk])).status_code == 404
    # The desk sees the whole scale.
    for member in ("reviewer", "editor"):
        assert ids(CLIENTS[member](people), "rating") == set(
            Rating.objects.values_list("pk", flat=True)
        )


@pytest.mark.parametrize("name", ["claim", "document", "source", "incident"])
def test_list_queries_do_not_grow_with_rows(name, people):  # noqa: F811
    client = client_for(make_reviewer())

    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse(f"{name}-list"), {"page_size": 100}).status_code == 200
        return len(context.captured_queries)

    published(people, incident=make_incident())
    queries()  # the first request also looks up the caller's roles
    one = queries()
    for _ in range(4):
        published(people, incident=make_incident())
        make_source(aliases=[f"alias {Source.objects.count()}"])
    assert queries() == one
