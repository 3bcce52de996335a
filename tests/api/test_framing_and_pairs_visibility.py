"""Who sees what of framing and claim pairs: annotations, web-annotations, semeval, the
framing profile and claim pairs, for anonymous clients, consumers (session and token) and the
desk (reviewers and editors). Outside the desk only what published verdicts reference is
there; anything else answers 404 (or, asked for by id in a query, the same 400 an unused id
gets)."""

import csv
import io
import itertools
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations.api.views import csv_cell
from annotations.models import Annotation, FramingLabel
from claims.models import Claim
from claims.services import claim_pair_create, claim_set_relay_chain
from claims.status import Status
from tests.api.test_verdicts_api import CLIENTS, people  # noqa: F401
from tests.api.test_workflow_api import client_for
from tests.claims.workflow_helpers import claim_at
from tests.factories import (
    framing_label,
    make_annotation,
    make_claim,
    make_document,
    make_incident,
    make_source,
)
from verification.services import claim_transition

pytestmark = pytest.mark.django_db

OUTSIDERS = ["anonymous", "consumer", "consumer-token"]
DESK = ["reviewer", "reviewer-token", "editor"]
NOTE = "Compare with the ministry's Russian text."


def at(status, people, **claim_fields):  # noqa: F811
    return claim_at(
        status,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
        **claim_fields,
    )


@pytest.fixture
def desk(people):  # noqa: F811
    """Two public claims and a claim in review, each in its own document; an accepted span on
    each document, a suggestion on the public one, a document of the public publisher that no
    verdict references; a public pair and a pair with the claim in review."""
    public, other = at(Status.PUBLISHED, people), at(Status.PUBLISHED, people)
    private = at(Status.IN_REVIEW, people)
    Claim.objects.filter(pk=private.pk).update(incident=make_incident(title="Private clash"))
    private.refresh_from_db()
    loaded = framing_label("loaded-language")
    reviewer = people["reviewer"]
    spans = {
        "public": make_annotation(public.document, "shelling", label=loaded, annotator=reviewer),
        "private": make_annotation(private.document, "shelling", label=loaded, note=NOTE),
    }
    spans["suggestion"] = make_annotation(
        public.document, "dawn", label=loaded, annotator=None, origin=Annotation.Origin.LEXICON
    )
    unreferenced = make_document(
        "Baku said the shelling began at dawn again.", publisher=public.document.publisher
    )
    spans["unreferenced"] = make_annotation(unreferenced, "shelling", label=loaded)
    editor = people["editor"]
    pairs = {
        "public": claim_pair_create(
            claim_a=public, claim_b=other, relation="contradicts", created_by=editor
        ),
        "mixed": claim_pair_create(
            claim_a=public, claim_b=private, relation="corroborates", created_by=editor
        ),
    }
    return {
        "public": public,
        "private": private,
        "spans": spans,
        "pairs": pairs,
        "unreferenced": unreferenced,
    }


def rows(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def documents(figures: dict) -> int:
    """The documents a source's profile counted, in its own words or as relayed (the claims
    these tests make quote their whole document, so a publisher only relays them)."""
    return sum(view["documents"] for view in figures["views"].values())


def profile(client, *sources, **params):
    return client.get(reverse("report-framing-profile"), {"source": list(sources), **params})


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outside_the_desk_framing_and_pairs_of_public_claims_only(who, people, desk):  # noqa: F811
    client = CLIENTS[who](people)
    public, private, spans = desk["public"], desk["private"], desk["spans"]

    listed = rows(client.get(reverse("annotation-list")))
    assert {row["id"] for row in listed} == {spans["public"].pk}
    assert listed[0]["annotator"] is None and listed[0]["note"] is None
    for hidden in ("private", "suggestion", "unreferenced"):
        url = reverse("annotation-detail", args=[spans[hidden].pk])
        assert client.get(url).status_code == 404, hidden

    collection = client.get(reverse("document-web-annotations", args=[public.document_id]))
    assert collection.status_code == 200 and collection.json()["total"] == 1
    semeval = client.get(reverse("document-semeval", args=[public.document_id]))
    assert semeval.content.decode().split("\t")[:2] == [str(public.document_id), "Loaded_Language"]
    for document in (private.document, desk["unreferenced"]):
        for name in ("document-web-annotations", "document-semeval"):
            response = client.get(reverse(name, args=[document.pk]))
            assert response.status_code == 404, name
            assert document.title not in response.content.decode()
            assert NOTE not in response.content.decode()

    # The profile counts public documents only: the unreferenced one of the same publisher
    # adds nothing.
    publisher = public.document.publisher
    (figures,) = profile(client, publisher.pk).json()
    assert (figures["source"], documents(figures)) == (publisher.name, 1)
    assert [(row["key"], row["count"]) for row in figures["figures"] if row["kind"] == "label"] == [
        ("loaded-language", 1)
    ]
    hidden_source = private.document.publisher
    hidden = profile(client, hidden_source.pk)
    unknown = profile(client, 999_999)
    assert hidden.status_code == unknown.status_code == 400
    assert hidden_source.name not in hidden.content.decode()
    assert json.dumps(hidden.json()).replace(str(hidden_source.pk), "ID") == json.dumps(
        unknown.json()
    ).replace("999999", "ID")
    hidden_incident = profile(client, publisher.pk, incident=private.incident_id)
    assert hidden_incident.status_code == 400
    assert hidden_incident.json() == {
        "incident": [f"No incident has the id {private.incident_id}."]
    }

    pairs = rows(client.get(reverse("claim-pair-list")))
    assert [pair["id"] for pair in pairs] == [desk["pairs"]["public"].pk]
    assert pairs[0]["created_by"] is None
    assert people["editor"].username not in json.dumps(pairs)
    body = {"claim_a": public.pk, "claim_b": private.pk, "relation": "contradicts"}
    refused = client.post(reverse("claim-pair-list"), body, format="json")
    assert refused.status_code == (401 if who == "anonymous" else 403)


@pytest.mark.parametrize("who", DESK)
def test_the_desk_sees_every_span_and_pair_with_its_people(who, people, desk):  # noqa: F811
    client = CLIENTS[who](people)
    private, spans = desk["private"], desk["spans"]

    listed = {row["id"]: row for row in rows(client.get(reverse("annotation-list")))}
    assert set(listed) == {span.pk for span in spans.values()}
    assert listed[spans["public"].pk]["annotator"] == people["reviewer"].username
    assert listed[spans["private"].pk]["note"] == NOTE
    collection = client.get(reverse("document-web-annotations", args=[private.document_id]))
    assert collection.status_code == 200 and NOTE in collection.content.decode()
    assert client.get(reverse("document-semeval", args=[private.document_id])).status_code == 200

    (figures,) = profile(client, desk["public"].document.publisher_id).json()
    assert documents(figures) == 2  # the unreferenced document counts for the desk
    hidden = profile(client, private.document.publisher_id, incident=private.incident_id)
    assert hidden.status_code == 200 and documents(hidden.json()[0]) == 1

    pairs = rows(client.get(reverse("claim-pair-list")))
    assert {pair["id"] for pair in pairs} == {pair.pk for pair in desk["pairs"].values()}
    assert {pair["created_by"] for pair in pairs} == {people["editor"].username}


def test_the_profile_answers_in_the_order_the_sources_were_chosen(people, desk):  # noqa: F811
    second = at(Status.PUBLISHED, people)
    make_annotation(second.document, "dawn", label=framing_label("loaded-language"))
    first, other = desk["public"].document.publisher, second.document.publisher
    for client in (client_for(), client_for(people["editor"])):
        for order in ([first, other], [other, first], [other, first, other]):
            answer = profile(client, *(source.pk for source in order)).json()
            assert [entry["source"] for entry in answer] == [source.name for source in order[:2]]


@pytest.mark.parametrize(
    "value",
    ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"],
)
def test_csv_cells_that_a_spreadsheet_would_run_are_defused(value):
    assert csv_cell(value) == f"'{value}"


def test_plain_cells_and_numbers_are_left_as_they_are():
    assert [csv_cell(v) for v in ("Baku", "occupied — 'quoted'", 3, 0.5, -1)] == [
        "Baku",
        "occupied — 'quoted'",
        3,
        0.5,
        -1,
    ]


def test_the_profile_csv_defuses_formulas_in_names(people):  # noqa: F811
    source = make_source('=HYPERLINK("http://evil.example","click")')
    label = FramingLabel.objects.create(
        name="@cmd|' /C calc'!A0", slug="formula-label", category="manipulative_wording"
    )
    document = make_document("They shelled us at dawn.", publisher=source)
    make_annotation(document, "shelled", label=label)
    response = profile(client_for(people["editor"]), source.pk, **{"as": "csv"})
    table = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {row["source"] for row in table} == {f"'{source.name}"}
    assert f"'{label.name}" in {row["name"] for row in table}
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in table for cell in row.values())


# --- Claim pairs: filters, pages and query counts ----------------------------------------------


def test_pairs_filter_by_claim_and_relation(people, desk):  # noqa: F811
    public_pair, mixed = desk["pairs"]["public"], desk["pairs"]["mixed"]
    url = reverse("claim-pair-list")
    editor, anonymous = client_for(people["editor"]), client_for()

    by_claim = rows(editor.get(url, {"claim": desk["private"].pk}))
    assert [pair["id"] for pair in by_claim] == [mixed.pk]
    either_side = rows(editor.get(url, {"claim": public_pair.claim_b_id}))
    assert [pair["id"] for pair in either_side] == [public_pair.pk]
    assert rows(anonymous.get(url, {"claim": desk["private"].pk})) == []
    assert [p["id"] for p in rows(editor.get(url, {"relation": "corroborates"}))] == [mixed.pk]
    assert rows(anonymous.get(url, {"relation": "corroborates"})) == []
    for bad in ({"claim": "x"}, {"claim": "0"}, {"relation": "disputes"}):
        response = anonymous.get(url, bad)
        assert response.status_code == 400, bad
        assert next(iter(bad)) in response.json()


def test_pairs_come_in_pages_of_the_size_asked(people):  # noqa: F811
    claims = [at(Status.PUBLISHED, people) for _ in range(4)]
    for a, b in itertools.pairwise(claims):
        claim_pair_create(claim_a=a, claim_b=b, relation="contradicts", created_by=people["editor"])
    page = client_for().get(reverse("claim-pair-list"), {"page_size": 2}).json()
    assert len(page["results"]) == 2 and page["next"]
    rest = client_for().get(page["next"]).json()
    assert len(rest["results"]) == 1 and rest["next"] is None


@pytest.mark.parametrize("who", ["anonymous", "editor"])
def test_the_pair_list_queries_do_not_grow_with_the_page(who, people):  # noqa: F811
    client = CLIENTS[who](people)
    claims = [at(Status.PUBLISHED, people) for _ in range(6)]
    for a, b in itertools.pairwise(claims):
        claim_pair_create(claim_a=a, claim_b=b, relation="contradicts", created_by=people["editor"])

    def queries(size: int) -> int:
        with CaptureQueriesContext(connection) as context:
            assert len(rows(client.get(reverse("claim-pair-list"), {"page_size": size}))) == size
        return len(context.captured_queries)

    queries(1)  # the first request also looks up the caller's roles
    assert queries(1) == queries(5) == 1


def test_an_unpublished_claim_does_not_put_a_document_into_an_incident_s_profile(people):  # noqa: F811
    incident = make_incident(title="Public clash")
    at(Status.PUBLISHED, people, incident=incident)  # the incident is public
    elsewhere = at(Status.PUBLISHED, people)  # a public document, no incident
    make_claim(elsewhere.document, "dawn", incident=incident)  # unpublished, about the incident
    make_annotation(elsewhere.document, "shelling", label=framing_label("loaded-language"))
    publisher = elsewhere.document.publisher_id

    (outside,) = profile(client_for(), publisher, incident=incident.pk).json()
    (inside,) = profile(client_for(people["editor"]), publisher, incident=incident.pk).json()
    assert (documents(outside), outside["figures"]) == (0, [])
    assert documents(inside) == 1 and inside["figures"]


def test_outside_the_desk_a_profile_counts_claims_as_their_verdicts_published_them(people):  # noqa: F811
    """A reopened claim's new relay is not public until its correction is: the relay's public
    profile gets none of the claim's words; and a claim still in review on the same span as a
    public one changes nothing (nor fails)."""
    claim = at(Status.PUBLISHED, people)
    make_annotation(claim.document, "shelling", label=framing_label("loaded-language"))
    relay = at(Status.PUBLISHED, people).speaker  # a public source for other reasons
    claim_transition(claim=claim, name="reopen", actor=people["editor"], comment="A relay.")
    claim_set_relay_chain(claim=claim, relay_chain=[relay])
    make_claim(claim.document, speaker=make_source(), status=Status.NEW)  # the same whole span

    (outside,) = profile(client_for(), relay.pk).json()
    (inside,) = profile(client_for(people["editor"]), relay.pk).json()
    (speaker,) = profile(client_for(), claim.speaker_id).json()

    assert outside["views"]["relayed"]["words"] == 0
    assert inside["views"]["relayed"]["words"] == len(claim.quote.split())
    assert [(r["view"], r["key"]) for r in speaker["figures"] if r["kind"] == "label"] == [
        ("own", "loaded-language")
    ]
