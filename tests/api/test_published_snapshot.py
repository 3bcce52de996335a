"""A published verdict shows what was published: edits reach the public only with a correction.

Every public rendering (the verdicts API, ClaimReview and its feed, the public page, the public
claims list, webhooks) reads the snapshot a version froze when it was published.
"""

import json
from datetime import date

import pytest
from django.urls import reverse

from claims.models import Claim
from claims.services import claim_set_relay_chain, incident_update
from publishing.models import WebhookDelivery
from publishing.webhooks import webhook_subscribe
from sources.services import source_update
from tests.admin.helpers import form_values
from tests.api.test_workflow_api import client_for
from tests.claims.workflow_helpers import assign, rating
from tests.factories import make_claim, make_editor, make_incident, make_reviewer, make_source
from verification.models import Verdict
from verification.services import claim_transition, rating_update

pytestmark = pytest.mark.django_db

WORDING = "Baku said its positions near Lachin were shelled overnight."
REWORDED = "Baku said one of its positions near Lachin came under fire."


@pytest.fixture
def desk():
    return {"editor": make_editor(), "publisher": make_editor(), "reviewer": make_reviewer()}


def publish(desk, claim, *, correction_note: str = "") -> Verdict:
    claim_transition(
        claim=claim,
        name="propose",
        actor=desk["reviewer"],
        rating=rating(),
        rationale="No independent source confirms the shelling.",
    )
    claim_transition(
        claim=claim, name="publish", actor=desk["publisher"], correction_note=correction_note
    )
    return claim.verdicts.order_by("-version").first()


@pytest.fixture
def verdict(desk):
    incident = make_incident(title="Shelling near Lachin", starts_on=date(2021, 11, 16))
    claim = make_claim(summary=WORDING, incident=incident, stated_on=date(2021, 11, 16))
    assign(claim, editor=desk["editor"], reviewer=desk["reviewer"])
    claim_transition(claim=claim, name="start_review", actor=desk["reviewer"])
    return publish(desk, claim)


def public_views(verdict: Verdict) -> dict:
    """Everything an outsider can read of ``verdict`` and its claim."""
    client = client_for()
    feed = client.get(reverse("verdict-feed"))
    elements = json.loads(b"".join(feed.streaming_content))["dataFeedElement"]
    listed = client.get(reverse("verdict-list")).json()["results"]
    return {
        "detail": client.get(reverse("verdict-detail", args=[verdict.pk])).json(),
        "listed": next(row for row in listed if row["id"] == verdict.pk),
        "claimreview": client.get(reverse("verdict-claimreview", args=[verdict.pk])).json(),
        "feed": next(e for e in elements if e["url"].endswith(f"/verdicts/{verdict.pk}/")),
        "page": client.get(reverse("verdict-page", args=[verdict.pk])).content.decode(),
        "claim": client.get(reverse("claim-detail", args=[verdict.claim_id])).json(),
    }


def test_a_reopened_claims_new_wording_shows_only_with_its_correction(desk, verdict):
    claim = verdict.claim
    before = public_views(verdict)
    claim_transition(claim=claim, name="reopen", actor=desk["editor"], comment="Wording.")
    assign(claim, editor=desk["editor"], reviewer=desk["reviewer"])
    reviewer = client_for(desk["reviewer"])
    response = reviewer.patch(
        reverse("claim-detail", args=[claim.pk]),
        {"summary": REWORDED, "stated_on": "2021-11-17", "incident": None},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert public_views(verdict) == before
    assert before["claimreview"]["claimReviewed"] == WORDING
    assert before["claim"]["summary"] == WORDING

    correction = publish(desk, Claim.objects.get(pk=claim.pk), correction_note="Reworded.")
    now = public_views(correction)
    assert now["claimreview"]["claimReviewed"] == REWORDED
    assert now["claimreview"]["itemReviewed"]["datePublished"] == "2021-11-17"
    assert now["detail"]["claim"]["incident"] is None
    assert now["claim"]["summary"] == REWORDED
    assert REWORDED in now["page"]
    # The first version keeps what it published, apart from naming its correction.
    first = public_views(verdict)
    assert first["detail"]["corrected_by"] == correction.pk
    assert first["detail"]["claim"] == before["detail"]["claim"]
    assert first["claimreview"] == before["claimreview"]


@pytest.mark.parametrize(
    "change",
    [{"stated_on": "2021-11-20"}, {"incident": "new"}, {"summary": REWORDED}],
    ids=["stated_on", "incident", "summary"],
)
def test_a_published_claims_public_fields_are_refused_until_reopened(desk, verdict, change):
    if change.get("incident") == "new":
        change = {"incident": make_incident(title="Another clash").pk}
    before = public_views(verdict)
    reviewer = client_for(desk["reviewer"])
    response = reviewer.patch(
        reverse("claim-detail", args=[verdict.claim_id]), change, format="json"
    )
    assert response.status_code == 400
    assert set(change) <= set(response.json())
    assert "Reopen the claim" in json.dumps(response.json())
    assert public_views(verdict) == before
    assert before["claimreview"]["itemReviewed"]["datePublished"] == "2021-11-16"


def test_the_admin_does_not_rewrite_a_published_relay_chain(client, desk, verdict):
    before = public_views(verdict)
    client.force_login(desk["reviewer"])
    url = reverse("admin:claims_claim_change", args=[verdict.claim_id])
    page = client.get(url)
    assert page.status_code == 200
    data = form_values(page, "claim_form")
    assert 'name="attributions-0-source"' not in page.content.decode()
    relay = make_source("RIA Novosti")
    data.update(
        {
            "attributions-TOTAL_FORMS": "1",
            "attributions-INITIAL_FORMS": "0",
            "attributions-0-position": "1",
            "attributions-0-source": str(relay.pk),
            "summary": REWORDED,
            "stated_on": "2021-11-20",
        }
    )
    client.post(url, data)
    claim = Claim.objects.get(pk=verdict.claim_id)
    assert not claim.attributions.exists()
    assert (claim.summary, claim.stated_on) == (WORDING, date(2021, 11, 16))
    assert public_views(verdict) == before


def test_renaming_what_a_verdict_names_leaves_it_as_published(desk, verdict):
    before = public_views(verdict)
    speaker = verdict.claim.speaker
    published_name = speaker.name
    source_update(source=speaker, name="Another name altogether")
    incident_update(incident=verdict.claim.incident, title="Retitled")
    assert public_views(verdict) == before
    assert before["detail"]["claim"]["speaker"]["name"] == published_name
    assert before["detail"]["claim"]["incident"]["title"] == "Shelling near Lachin"


def test_webhooks_carry_the_published_claim(settings, desk):
    settings.PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    webhook_subscribe(
        url="http://127.0.0.1:9/hook", events=["verdict.published"], owner=desk["editor"]
    )
    claim = make_claim(summary=WORDING)
    assign(claim, editor=desk["editor"], reviewer=desk["reviewer"])
    claim_transition(claim=claim, name="start_review", actor=desk["reviewer"])
    published = publish(desk, claim)
    payload = WebhookDelivery.objects.get(verdict=published).payload
    api = client_for().get(reverse("verdict-detail", args=[published.pk])).json()
    assert payload["verdict"]["published_claim"] == api["claim"]
    assert payload["verdict"]["published_claim"]["summary"] == WORDING


def test_outsiders_see_what_was_published_not_what_a_reopened_claim_says_now(desk, verdict):
    """A reopened claim's new incident and relay are not public before the correction."""
    claim, anonymous = verdict.claim, client_for()
    published_incident = claim.incident
    claim_transition(claim=claim, name="reopen", actor=desk["editor"], comment="Check again.")
    assign(claim, editor=desk["editor"], reviewer=desk["reviewer"])
    unpublished = make_incident(title="Not yet public")
    relay = make_source("Unpublished relay")
    editor = client_for(desk["editor"])
    response = editor.patch(
        reverse("claim-detail", args=[claim.pk]), {"incident": unpublished.pk}, format="json"
    )
    assert response.status_code == 200, response.content
    claim_set_relay_chain(claim=claim, relay_chain=[relay])

    assert anonymous.get(reverse("incident-detail", args=[unpublished.pk])).status_code == 404
    assert anonymous.get(reverse("source-detail", args=[relay.pk])).status_code == 404
    assert (
        anonymous.get(reverse("incident-detail", args=[published_incident.pk])).status_code == 200
    )
    listed = anonymous.get(reverse("claim-list"), {"incident": unpublished.pk}).json()["results"]
    assert listed == []
    listed = anonymous.get(reverse("claim-list"), {"incident": published_incident.pk}).json()
    assert [row["id"] for row in listed["results"]] == [claim.pk]
    # The desk sees the claim as it is now.
    desk_list = editor.get(reverse("claim-list"), {"incident": unpublished.pk}).json()["results"]
    assert [row["id"] for row in desk_list] == [claim.pk]

    correction = publish(desk, Claim.objects.get(pk=claim.pk), correction_note="Incident.")
    assert anonymous.get(reverse("incident-detail", args=[unpublished.pk])).status_code == 200
    assert anonymous.get(reverse("source-detail", args=[relay.pk])).status_code == 200
    # The first version stays public, and so does what it names.
    assert (
        anonymous.get(reverse("incident-detail", args=[published_incident.pk])).status_code == 200
    )
    assert correction.snapshot["relay_chain_ids"] == [relay.pk]


def test_the_rating_filter_matches_the_rating_as_published(desk, verdict):
    rating_update(rating=verdict.rating, slug="false-renamed")
    anonymous = client_for()
    found = anonymous.get(reverse("verdict-list"), {"rating": "false"}).json()["results"]
    assert [row["id"] for row in found] == [verdict.pk]
    assert (
        anonymous.get(reverse("verdict-list"), {"rating": "false-renamed"}).json()["results"] == []
    )
