"""Admin lists and the document page make the same number of queries for 1 row as for 5."""

import hashlib
import zlib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from annotations.importing import Options
from annotations.importing_services import import_run_prepare
from annotations.models import Annotation, FramingLabel, ImportRun, LexiconEntry
from claims.models import Attribution, Claim, ClaimAccount, ClaimPair, Incident, Place
from claims.services import claim_pair_create
from claims.status import Status
from publishing.models import ExternalReview, WebhookDelivery, WebhookSubscription
from publishing.services import claimreview_import
from sources.feeds import feed_create
from sources.ingesting import source_domain_add
from sources.models import (
    Document,
    Feed,
    FeedPoll,
    Snapshot,
    Source,
    SourceAlias,
    SourceDomain,
    SourceProposal,
)
from sources.services import source_proposal_record
from tests.claims.workflow_helpers import claim_at
from tests.factories import (
    framing_label,
    make_annotation,
    make_claim,
    make_document,
    make_editor,
    make_incident,
    make_reviewer,
    make_source,
    make_user,
)
from tests.publishing.claimreview_files import review_json
from verification.models import ClaimStatusChange, Rating, Team, Verdict, VerificationTask
from verification.services import task_assign

pytestmark = pytest.mark.django_db

TEXT = "Baku said Armenian-occupied villages were shelled in a provocation at dawn."


def add_claim():
    return make_claim(
        make_document(TEXT),
        "villages were shelled",
        incident=make_incident(),
        relay_chain=[make_source()],
        created_by=make_user(),
    )


def add_annotation():
    return make_annotation(make_document(TEXT), "Armenian-occupied", label=framing_label())


def add_pair():
    return claim_pair_create(
        claim_a=add_claim(), claim_b=add_claim(), relation="contradicts", created_by=make_user()
    )


def add_published_claim():
    """A claim taken through the workflow: a task, status changes and a published verdict."""
    return claim_at(
        Status.PUBLISHED, editor=make_editor(), reviewer=make_reviewer(), publisher=make_editor()
    )


def add_team_task():
    editor, reviewer = make_editor(), make_reviewer()
    team = Team.objects.create(name=f"Desk {Team.objects.count() + 1}")
    team.members.add(reviewer)
    return task_assign(claims=[add_claim()], actor=editor, team=team, assignee=reviewer)


def add_lexicon_entry():
    label = framing_label(f"label-{LexiconEntry.objects.count()}")
    return LexiconEntry.objects.create(term=f"term {LexiconEntry.objects.count()}", label=label)


def add_subscription():
    return WebhookSubscription.objects.create(
        url=f"https://consumer.example.org/{WebhookSubscription.objects.count()}",
        events=list(WebhookSubscription.Event.values),
    )


def add_delivery():
    if not WebhookSubscription.objects.exists():
        add_subscription()
    return add_published_claim()  # publishing delivers to every subscription


def add_team():
    team = Team.objects.create(name=f"Desk {Team.objects.count() + 1}")
    team.members.add(make_reviewer(), make_reviewer())
    return team


def add_external_review():
    number = ExternalReview.objects.count() + 1
    review = review_json(number)
    return claimreview_import(data=review, actor=make_reviewer(), claims=[add_claim().pk])


def add_place():
    number = Place.objects.count()
    return Place.objects.create(key=f"place-{number}", name=f"Place {number}", kind="village")


def add_feed():
    feed = feed_create(
        source=make_source(), url=f"https://93.184.216.34/{Feed.objects.count()}.xml", actor=None
    )
    now = timezone.now()
    FeedPoll.objects.create(feed=feed, started_at=now, finished_at=now, status=200)
    return feed


def add_snapshot(document):
    page = f"<p>{Snapshot.objects.count()}</p>".encode()
    return Snapshot.objects.create(
        document=document,
        url="https://93.184.216.34/a",
        final_url="https://93.184.216.34/a",
        status=200,
        fetched_at=timezone.now(),
        sha256=hashlib.sha256(page).hexdigest(),
        size=len(page),
        html_compressed=zlib.compress(page),
        text_sha256=document.sha256,
    )


ROWS = {
    Claim: add_claim,
    ClaimAccount: add_claim,  # every claim has its account
    Place: add_place,
    SourceAlias: lambda: make_source(aliases=[f"alias {SourceAlias.objects.count()}"]),
    Incident: make_incident,
    Rating: lambda: Rating.objects.create(
        label=f"Rating {Rating.objects.count()}", slug=f"rating-{Rating.objects.count()}"
    ),
    Team: add_team,
    FramingLabel: lambda: framing_label(f"label-{FramingLabel.objects.count()}"),
    LexiconEntry: add_lexicon_entry,
    Annotation: add_annotation,
    ImportRun: lambda: import_run_prepare(
        files={"spans.tsv": b""}, format="semeval", options=Options(), actor=make_editor()
    ),
    Document: lambda: make_document(TEXT, created_by=make_user()),
    ClaimPair: add_pair,
    Attribution: add_claim,
    Source: lambda: make_source(parent=make_source()),
    VerificationTask: add_team_task,
    Verdict: add_published_claim,
    ClaimStatusChange: add_published_claim,
    WebhookSubscription: add_subscription,
    WebhookDelivery: add_delivery,
    ExternalReview: add_external_review,
    SourceDomain: lambda: source_domain_add(
        source=make_source(), domain=f"site{SourceDomain.objects.count()}.example.org", actor=None
    ),
    Feed: add_feed,
    SourceProposal: lambda: source_proposal_record(
        name=f"Proposed {SourceProposal.objects.count()}", document=make_document(TEXT)
    ),
}


def queries(client, url) -> int:
    client.get(url)  # warm per-process caches (content types) so that both counts compare
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_every_desk_changelist_is_pinned_here():
    from django.contrib import admin

    desk = {
        m
        for m in admin.site._registry
        if m._meta.app_label in ("sources", "claims", "verification", "publishing", "annotations")
    }
    assert desk == set(ROWS)


@pytest.mark.parametrize("model", ROWS, ids=lambda model: model.__name__)
def test_changelist_queries_do_not_grow_with_rows(client, superuser, model):
    client.force_login(superuser)
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    ROWS[model]()
    one = queries(client, url)
    for _ in range(4):
        ROWS[model]()
    assert model.objects.count() >= 5
    assert queries(client, url) == one


def test_document_page_queries_do_not_grow_with_spans(client, superuser):
    client.force_login(superuser)
    text = " ".join(f"Sentence {i} says the enemy attacked." for i in range(5))
    document = make_document(text)
    phrases = [f"Sentence {i} says" for i in range(5)]

    def add_spans(phrase):
        make_claim(document, phrase, created_by=make_user())
        make_annotation(document, phrase, annotator=make_user())

    url = reverse("admin:sources_document_change", args=[document.pk])
    add_spans(phrases[0])
    add_snapshot(document)
    one = queries(client, url)
    for phrase in phrases[1:]:
        add_spans(phrase)
        add_snapshot(document)
    assert queries(client, url) == one


def test_claim_page_queries_do_not_grow_with_pairs(client, superuser):
    client.force_login(superuser)
    claim = add_claim()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    claim_pair_create(claim_a=claim, claim_b=add_claim(), relation="contradicts")
    one = queries(client, url)
    for _ in range(4):
        claim_pair_create(claim_a=add_claim(), claim_b=claim, relation="corroborates")
    assert queries(client, url) == one


def test_my_tasks_api_queries_do_not_grow_with_tasks(client):
    editor, reviewer = make_editor(), make_reviewer()
    client.force_login(reviewer)
    url = reverse("task-mine")
    task_assign(claims=[add_claim()], actor=editor, assignee=reviewer)
    one = queries(client, url)
    task_assign(claims=[add_claim() for _ in range(4)], actor=editor, assignee=reviewer)
    assert len(client.get(url).json()) == 5
    assert queries(client, url) == one


def test_my_queue_page_queries_do_not_grow_with_tasks(client):
    editor, reviewer = make_editor(), make_reviewer()
    client.force_login(reviewer)
    url = reverse("admin:verification_verificationtask_my_queue")
    task_assign(claims=[add_claim()], actor=editor, assignee=reviewer)
    one = queries(client, url)
    task_assign(claims=[add_claim() for _ in range(4)], actor=editor, assignee=reviewer)
    assert queries(client, url) == one
