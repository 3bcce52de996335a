"""The demo desk's local feed: an editor adds it, and its reports arrive as documents with
suggested claims and framing, as the README says."""

from io import StringIO

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from annotations.models import Annotation
from claims.models import Claim
from demo import content
from demo.feed_pages import EDITED_PATH, REPORTS, demo_feed_site
from sources.feeds import feed_create
from sources.models import Document, Source

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_desk(settings):
    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO(), stderr=StringIO())


def test_an_editor_adds_the_local_feed_and_its_reports_arrive_with_suggestions(
    demo_desk, client, django_capture_on_commit_callbacks
):
    wire = Source.objects.get(name=content.INTERFAX)
    client.force_login(get_user_model().objects.get(username="editor"))
    with demo_feed_site() as site, django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:sources_feed_add"),
            {
                "source": wire.pk,
                "url": site.url("/feed.xml"),
                "title": "",
                "poll_minutes": 15,
                "active": "on",
                "polls-TOTAL_FORMS": 0,
                "polls-INITIAL_FORMS": 0,
            },
        )
    assert response.status_code == 302, response.content
    documents = Document.objects.filter(publisher=wire, snapshots__isnull=False).distinct()
    assert sorted(documents.values_list("title", flat=True)) == sorted(r[1] for r in REPORTS)
    assert Claim.objects.filter(document__in=documents, status="suggested").count() >= 4
    assert Annotation.objects.filter(document__in=documents, origin="lexicon").exists()


def test_the_edited_report_becomes_a_version_whose_changed_claim_is_flagged(
    demo_desk, client, django_capture_on_commit_callbacks
):
    wire = Source.objects.get(name=content.INTERFAX)
    editor = get_user_model().objects.get(username="editor")
    with demo_feed_site() as site, django_capture_on_commit_callbacks(execute=True):
        feed = feed_create(source=wire, url=site.url("/feed.xml"), actor=editor)
    port = site.port
    report = Document.objects.get(snapshots__url=site.url(EDITED_PATH))
    claim = Claim.objects.get(document=report, quote__contains="one of its soldiers")

    with demo_feed_site(port, edited=True), django_capture_on_commit_callbacks(execute=True):
        client.force_login(editor)
        client.post(
            reverse("admin:sources_feed_changelist"),
            {"action": "poll_now", ACTION_CHECKBOX_NAME: [feed.pk]},
        )

    claim.refresh_from_db()
    version = Document.objects.get(previous_version=report)
    assert claim.document == version and claim.anchor_state == "changed"
    assert "two of its soldiers had been killed" in claim.quote
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "Quote changed by a new version" in page
