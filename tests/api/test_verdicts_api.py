"""The consumers' verdicts API, ClaimReview, the feed and the public verdict page.

Who sees what: every client, anonymous or not, desk member or not, sees published verdicts
and nothing else; a draft's id answers 404 like an id never used.
"""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from rest_framework.test import APIClient

from claims.services import claim_set_relay_chain
from claims.status import Status
from publishing.services import api_token_issue
from tests.api.test_workflow_api import client_for
from tests.claims.workflow_helpers import assign, claim_at, rating
from tests.factories import make_editor, make_incident, make_reviewer, make_source, make_user
from verification.models import Rating, Verdict
from verification.services import claim_transition

pytestmark = pytest.mark.django_db

CLAIMREVIEW_REQUIRED = {"@context", "@type", "url", "claimReviewed", "datePublished", "author"}


@pytest.fixture
def people():
    return {"editor": make_editor(), "publisher": make_editor(), "reviewer": make_reviewer()}


def published(people, **claim_fields):
    claim = claim_at(
        Status.PUBLISHED,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
        **claim_fields,
    )
    return Verdict.objects.select_related("claim").get(claim=claim)


def published_after(people, prepare, *, rating_slug: str = "false", **claim_fields) -> Verdict:
    """A claim taken to review, changed by ``prepare(claim)``, then proposed and published."""
    claim = claim_at(
        Status.IN_REVIEW,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
        **claim_fields,
    )
    prepare(claim)
    claim_transition(
        claim=claim,
        name="propose",
        actor=people["reviewer"],
        rating=rating(rating_slug),
        rationale="Nothing independent confirms it.",
    )
    claim_transition(claim=claim, name="publish", actor=people["publisher"])
    return Verdict.objects.select_related("claim").get(claim=claim)


def corrected(people):
    """A claim published, reopened and published again: versions 1 and 2."""
    first = published(people)
    claim = first.claim
    claim_transition(claim=claim, name="reopen", actor=people["editor"], comment="New footage.")
    assign(claim, editor=people["editor"], reviewer=people["reviewer"])
    claim_transition(
        claim=claim,
        name="propose",
        actor=people["reviewer"],
        rating=rating("misleading"),
        rationale="The footage shows an exchange of fire, not a one-sided attack.",
    )
    claim_transition(
        claim=claim, name="publish", actor=people["publisher"], correction_note="New footage."
    )
    return first, claim.verdicts.get(version=2)


@pytest.fixture
def desk(people):
    """A published verdict, a draft, a corrected pair, and a reopened claim's public v1."""
    verdict = published(people)
    draft = claim_at(
        Status.AWAITING_APPROVAL,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
    ).verdicts.get()
    first, second = corrected(people)
    reopened = published(people)
    claim_transition(
        claim=reopened.claim, name="reopen", actor=people["editor"], comment="Check again."
    )
    return {
        "verdict": verdict,
        "draft": draft,
        "first": first,
        "second": second,
        "reopened": reopened,
    }


def token_client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_token_issue(user=user, days=30)[1]}")
    return client


CLIENTS = {
    "anonymous": lambda people: client_for(),
    "consumer": lambda people: client_for(make_user()),
    "consumer-token": lambda people: token_client(make_user()),
    "reviewer-token": lambda people: token_client(people["reviewer"]),
    "reviewer": lambda people: client_for(people["reviewer"]),
    "editor": lambda people: client_for(people["editor"]),
}


@pytest.mark.parametrize("who", CLIENTS)
def test_everyone_sees_published_verdicts_only(who, people, desk):
    client = CLIENTS[who](people)
    listed = client.get(reverse("verdict-list")).json()["results"]
    public = [desk[key].pk for key in ("second", "reopened", "first", "verdict")]
    assert sorted(row["id"] for row in listed) == sorted(public)
    assert client.get(reverse("verdict-detail", args=[desk["draft"].pk])).status_code == 404
    claimreview = reverse("verdict-claimreview", args=[desk["draft"].pk])
    assert client.get(claimreview).status_code == 404
    assert client.get(reverse("verdict-page", args=[desk["draft"].pk])).status_code == 404
    # Nothing of the desk's own: no workflow status, no reviewer or approver.
    body = json.dumps(listed)
    assert '"status"' not in body and "reviewer" not in body and "approver" not in body
    assert people["reviewer"].username not in body


def test_a_verdict_in_json(people):
    incident = make_incident()
    verdict = published(people, incident=incident)
    body = client_for().get(reverse("verdict-detail", args=[verdict.pk])).json()
    claim = verdict.claim
    assert body["rating"] == {"slug": "false", "label": "False", "value": verdict.rating.value}
    assert body["claim"]["speaker"]["name"] == claim.speaker.name
    assert body["claim"]["document"]["publisher"] == claim.document.publisher.name
    assert body["claim"]["incident"]["id"] == incident.pk
    assert body["claim"]["quote"] == claim.quote
    assert body["page"].endswith(reverse("verdict-page", args=[verdict.pk]))
    assert (body["corrects"], body["corrected_by"]) == (None, None)


def test_versions_name_each_other(people):
    first, second = corrected(people)
    client = client_for()
    assert client.get(reverse("verdict-detail", args=[first.pk])).json()["corrected_by"] == (
        second.pk
    )
    later = client.get(reverse("verdict-detail", args=[second.pk])).json()
    assert (later["corrects"], later["correction_note"]) == (first.pk, "New footage.")


def test_filters(people):
    incident = make_incident()
    one = published(people, incident=incident)
    two = published(people)
    Verdict.objects.filter(pk=two.pk).update(published_at=timezone.now() - timedelta(days=30))
    url = reverse("verdict-list")
    client = client_for()

    def ids(**params):
        response = client.get(url, params)
        assert response.status_code == 200, response.content
        return [row["id"] for row in response.json()["results"]]

    assert ids(speaker=one.claim.speaker_id) == [one.pk]
    assert ids(incident=incident.pk) == [one.pk]
    assert sorted(ids(rating="false")) == sorted([one.pk, two.pk])
    assert ids(rating="true") == []
    since = (timezone.now() - timedelta(days=1)).isoformat()
    assert ids(published_since=since) == [one.pk]
    for bad in ({"speaker": "x"}, {"published_since": "yesterday"}, {"rating": "no such"}):
        response = client.get(url, bad)
        assert response.status_code == 400, bad
        assert set(bad) <= set(response.json())
    assert client.get(url + "?rating=fa%00lse").status_code == 400


def test_newest_first_in_cursor_pages(people):
    verdicts = [published(people) for _ in range(5)]
    client = client_for()
    first = client.get(reverse("verdict-list"), {"page_size": 2}).json()
    second = client.get(first["next"]).json()
    third = client.get(second["next"]).json()
    seen = [row["id"] for page in (first, second, third) for row in page["results"]]
    newest_first = sorted(verdicts, key=lambda v: (v.published_at, v.pk), reverse=True)
    assert seen == [v.pk for v in newest_first]
    assert third["next"] is None
    assert "count" not in first


def test_list_queries_do_not_grow_with_the_page(people):
    client = client_for()

    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("verdict-list"), {"page_size": 100}).status_code == 200
        return len(context.captured_queries)

    published(people)
    # The page with everything it shows, from the verdicts' snapshots: no join, one query.
    assert queries() == 1
    for _ in range(4):
        published(people)
    assert queries() == 1
    with CaptureQueriesContext(connection) as context:
        first = client.get(reverse("verdict-list"), {"page_size": 2}).json()
        assert client.get(first["next"]).status_code == 200
    # A later page also reads the newest publication, which the first page starts with.
    assert len(context.captured_queries) == 1 + 2


def test_every_page_is_last_modified_at_the_newest_publication(people):
    verdicts = [published(people) for _ in range(3)]
    for days, verdict in enumerate(verdicts):
        Verdict.objects.filter(pk=verdict.pk).update(
            published_at=timezone.now() - timedelta(days=days)
        )
    newest = Verdict.objects.get(pk=verdicts[0].pk).published_at
    client = client_for()
    first = client.get(reverse("verdict-list"), {"page_size": 1})
    second = client.get(first.json()["next"])
    assert second.json()["results"][0]["id"] == verdicts[1].pk
    for page in (first, second):
        assert page["Last-Modified"] == http_date(newest.timestamp())
    empty = client.get(reverse("verdict-list"), {"published_since": "2999-01-01T00:00:00Z"})
    assert empty.status_code == 200 and "Last-Modified" not in empty


def test_an_unchanged_list_or_verdict_answers_304(people):
    verdict = published(people)
    client = client_for()
    for url in (reverse("verdict-list"), reverse("verdict-detail", args=[verdict.pk])):
        first = client.get(url)
        assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
        assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
        since = first["Last-Modified"]
        assert client.get(url, HTTP_IF_MODIFIED_SINCE=since).status_code == 304
    # A correction changes both: the list has a new row, v1 a "corrected_by".
    list_etag = client.get(reverse("verdict-list"))["ETag"]
    published(people)
    assert client.get(reverse("verdict-list"), HTTP_IF_NONE_MATCH=list_etag).status_code == 200


def test_claimreview_has_every_required_and_recommended_property(people):
    verdict = published(people)
    review = client_for().get(reverse("verdict-claimreview", args=[verdict.pk]))
    assert review["Content-Type"].startswith("application/ld+json")
    data = review.json()
    assert set(data) >= CLAIMREVIEW_REQUIRED
    assert (data["@context"], data["@type"]) == ("https://schema.org", "ClaimReview")
    assert data["claimReviewed"] == verdict.claim.summary
    scale = [value for value in Rating.objects.values_list("value", flat=True) if value is not None]
    assert data["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "name": "False",
        "ratingValue": verdict.rating.value,
        "bestRating": max(scale),
        "worstRating": min(scale),
    }
    item = data["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["name"] == verdict.claim.speaker.name
    assert item["appearance"]["headline"] == verdict.claim.document.title
    assert item["appearance"]["publisher"]["name"] == verdict.claim.document.publisher.name
    assert data["author"]["@type"] == "Organization"
    assert data["url"].endswith(reverse("verdict-page", args=[verdict.pk]))


def test_an_off_scale_rating_has_a_name_but_no_value(people):
    unproven = Rating.objects.filter(value__isnull=True).first()
    verdict = published_after(people, lambda claim: None, rating_slug=unproven.slug)
    data = client_for().get(reverse("verdict-claimreview", args=[verdict.pk])).json()
    assert data["reviewRating"]["alternateName"] == unproven.label
    assert "ratingValue" not in data["reviewRating"]


def test_the_feed_is_a_datafeed_of_every_published_verdict(people, desk):
    response = client_for().get(reverse("verdict-feed"))
    assert response.status_code == 200
    feed = json.loads(b"".join(response.streaming_content))
    assert feed["@type"] == "DataFeed"
    urls = [element["url"] for element in feed["dataFeedElement"]]
    public = [desk[key] for key in ("second", "reopened", "first", "verdict")]
    assert sorted(urls) == sorted(
        f"http://127.0.0.1:8000{reverse('verdict-page', args=[v.pk])}" for v in public
    )
    assert all(set(element) >= CLAIMREVIEW_REQUIRED for element in feed["dataFeedElement"])


class TestPublicPage:
    def test_shows_the_verdict_and_embeds_its_claimreview(self, client, people):
        verdict = published(people)
        page = client.get(reverse("verdict-page", args=[verdict.pk])).content.decode()
        assert verdict.claim.summary in page and verdict.rationale in page
        assert verdict.claim.speaker.name in page
        scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        assert len(scripts) == 1
        embedded = json.loads(scripts[0])
        api = client.get(reverse("verdict-claimreview", args=[verdict.pk])).json()
        assert embedded == api

    def test_user_text_is_escaped_in_the_page_and_the_json_ld(self, client, people):
        verdict = published(people, summary="</script><script>alert(1)</script> & more")
        page = client.get(reverse("verdict-page", args=[verdict.pk])).content.decode()
        assert "<script>alert(1)" not in page
        assert "&lt;/script&gt;&lt;script&gt;alert(1)" in page
        script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        assert json.loads(script.group(1))["claimReviewed"] == verdict.claim.summary

    def test_a_corrected_version_points_to_the_current_one(self, client, people):
        first, second = corrected(people)
        page = client.get(reverse("verdict-page", args=[first.pk])).content.decode()
        assert "This verdict was corrected" in page
        assert reverse("verdict-page", args=[second.pk]) in page
        assert "New footage." in page
        current = client.get(reverse("verdict-page", args=[second.pk])).content.decode()
        assert "This verdict was corrected" not in current


def test_the_schema_and_docs_are_served_without_external_assets(client):
    schema = client.get(reverse("api-schema"), HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert "/api/v1/verdicts/" in paths and "/api/v1/verdicts/{id}/claimreview/" in paths
    docs = client.get(reverse("api-docs")).content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', docs)
    assert sources and not [url for url in sources if url.startswith(("http:", "https:", "//"))]


def test_a_date_time_with_any_offset_is_compared_in_utc(people):
    verdict = published(people)
    url = reverse("verdict-list")
    far = client_for().get(url, {"published_since": "2111-12-12T22:41:12+17:52"})
    assert far.status_code == 200 and far.json()["results"] == []
    early = client_for().get(url, {"published_since": "2000-01-01T00:00:00-18:47"})
    assert [row["id"] for row in early.json()["results"]] == [verdict.pk]
    assert (
        client_for().get(url, {"published_since": "9999-12-31T23:00:00-05:00"}).status_code == 400
    )


@pytest.mark.parametrize("zone", ["UTC", "Asia/Baku"])
def test_the_list_shows_each_verdict_exactly_as_its_detail_does(people, settings, zone):
    """The list reads plain rows for speed; its items must stay the detail's shape, date-times
    in the site's zone included."""
    settings.TIME_ZONE = zone
    first, second = corrected(people)
    chain = [make_source("RIA Novosti"), make_source("Agence France-Presse")]
    moment = timezone.now().replace(microsecond=120034)

    def prepare(claim):
        claim_set_relay_chain(claim=claim, relay_chain=chain)
        type(claim.document).objects.filter(pk=claim.document_id).update(published_at=moment)

    third = published_after(people, prepare, incident=make_incident(), stated_on=None)
    client = client_for()
    listed = {row["id"]: row for row in client.get(reverse("verdict-list")).json()["results"]}
    for verdict in (first, second, third):
        detail = client.get(reverse("verdict-detail", args=[verdict.pk])).json()
        assert listed[verdict.pk] == detail
    assert listed[third.pk]["claim"]["relay_chain"] == ["RIA Novosti", "Agence France-Presse"]
    offset = "Z" if zone == "UTC" else "+04:00"
    assert listed[first.pk]["published_at"].endswith(offset)
    # What the verdict froze is shown as it was frozen, in UTC.
    assert listed[third.pk]["claim"]["document"]["published_at"].endswith(".120034Z")
