import hashlib
import zlib
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from annotations.importing import Options
from annotations.importing_services import import_run_prepare
from annotations.models import Annotation, FramingLabel, LexiconEntry
from claims.accounts.services import places_load
from claims.models import Claim, ClaimPair
from claims.services import claim_pair_create
from publishing.models import WebhookSubscription
from publishing.services import api_token_issue, claimreview_import
from sources.feeds import feed_create
from sources.ingesting import source_domain_add
from sources.models import Document, FeedPoll, Snapshot, Source
from sources.services import source_proposal_record
from tests.factories import (
    framing_label,
    make_annotation,
    make_claim,
    make_document,
    make_editor,
    make_incident,
    make_reviewer,
    make_source,
)
from tests.publishing.claimreview_files import review_json
from verification.models import Rating, Team
from verification.services import claim_transition, task_assign

TEXT = (
    "Baku said Armenian forces opened fire on its positions near Lachin at dawn.\n"
    "Yerevan called this a provocation and said the Armenian-occupied villages were shelled.\n"
    "RIA, citing the Turkish-backed side, reported that adequate measures were taken."
)


@dataclass
class Desk:
    """One of everything the admin shows, built through the services."""

    editor: object
    reviewer: object
    ministry: Source
    agency: Source
    document: Document
    claim: Claim
    other_claim: Claim
    pair: ClaimPair
    annotation: Annotation
    suggestion: Annotation
    rejected: Annotation


@pytest.fixture
def desk() -> Desk:
    editor, publisher, reviewer = make_editor(), make_editor(), make_reviewer()
    ministry = make_source(
        "Ministry of Defence of Azerbaijan",
        kind=Source.Kind.MINISTRY,
        country="AZ",
        state_affiliated=True,
        aliases=["Baku"],
    )
    yerevan = make_source("Ministry of Defence of Armenia", kind=Source.Kind.MINISTRY, country="AM")
    agency = make_source(
        "RIA Novosti",
        short_name="RIA",
        kind=Source.Kind.NEWS_AGENCY,
        country="RU",
        state_affiliated=True,
    )
    afp = make_source("Agence France-Presse", short_name="AFP", kind=Source.Kind.NEWS_AGENCY)
    places_load()  # the gazetteer: the claims' accounts name Lachin
    document = make_document(TEXT, title="Border clash near Lachin", publisher=afp)
    incident = make_incident(title="Lachin shelling", place="Lachin")
    claim = make_claim(
        document,
        "Armenian forces opened fire on its positions near Lachin",
        speaker=ministry,
        relay_chain=[agency],
        incident=incident,
        summary="Armenian forces opened fire near Lachin.",
    )
    other_claim = make_claim(
        document,
        "the Armenian-occupied villages were shelled",
        speaker=yerevan,
        summary="Azerbaijani forces shelled villages.",
    )
    pair = claim_pair_create(
        claim_a=claim, claim_b=other_claim, relation="contradicts", created_by=editor
    )
    annotation = make_annotation(
        document, "Armenian-occupied", label=framing_label("occupation-framing"), annotator=reviewer
    )
    suggestion = make_annotation(
        document,
        "provocation",
        label=framing_label("provocation-framing"),
        annotator=None,
        origin=Annotation.Origin.LEXICON,
    )
    rejected = make_annotation(
        document,
        "adequate measures",
        label=framing_label("military-euphemism"),
        annotator=None,
        origin=Annotation.Origin.LEXICON,
        state=Annotation.State.REJECTED,
    )
    assert LexiconEntry.objects.exists() and FramingLabel.objects.exists()
    team = Team.objects.create(name="Caucasus desk")
    team.members.add(reviewer)
    task_assign(claims=[claim], actor=editor, team=team, assignee=reviewer)
    claim_transition(claim=claim, name="start_review", actor=reviewer)
    claim_transition(
        claim=claim,
        name="propose",
        actor=reviewer,
        rating=Rating.objects.get(slug="false"),
        rationale="Satellite images show no fire at that hour.",
    )
    WebhookSubscription.objects.create(
        url="https://consumer.example.org/hooks", events=list(WebhookSubscription.Event.values)
    )
    claim_transition(claim=claim, name="publish", actor=publisher)
    claim.refresh_from_db()
    api_token_issue(user=editor, days=30)
    claimreview_import(data=review_json(), actor=reviewer, claims=[claim.pk])
    source_proposal_record(name="Georgian Interior Ministry", document=document)
    # A site, a watched feed with a poll, and a snapshot of the document's page.
    source_domain_add(source=afp, domain="afp.com", actor=None)
    feed = feed_create(source=agency, url="https://93.184.216.34/feed.xml", actor=editor)
    now = timezone.now()
    FeedPoll.objects.create(
        feed=feed,
        started_at=now,
        finished_at=now,
        status=200,
        items_seen=2,
        items_new=1,
        items_failed=1,
        item_errors=[{"url": "https://93.184.216.34/a", "error": "It answered 500."}],
    )
    page = b"<html><body><p>Baku said it.</p></body></html>"
    Snapshot.objects.create(
        document=document,
        url="https://93.184.216.34/lachin",
        final_url="https://93.184.216.34/lachin",
        status=200,
        fetched_at=now,
        sha256=hashlib.sha256(page).hexdigest(),
        size=len(page),
        html_compressed=zlib.compress(page),
        text_sha256=document.sha256,
        metadata={"title": "Border clash near Lachin", "author": "A desk writer"},
    )
    # An upload waiting for its import to be confirmed.
    import_run_prepare(
        files={"article1.txt": b"Title\n\nText.\n"},
        format="semeval",
        options=Options(),
        actor=reviewer,
    )
    # A failed login and a successful one, for the login records' admin pages (a success
    # clears its own account's failures, so the failure is another account's).
    login = Client(REMOTE_ADDR="203.0.113.7")
    for username, password in (("intruder", "guess"), (reviewer.username, "pw-for-tests")):
        login.post(reverse("admin:login"), {"username": username, "password": password})
    return Desk(
        editor,
        reviewer,
        ministry,
        agency,
        document,
        claim,
        other_claim,
        pair,
        annotation,
        suggestion,
        rejected,
    )
