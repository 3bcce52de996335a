"""The demo desk's local feed: an editor adds it, and its reports arrive as documents with
suggested claims and framing, as the README says."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from annotations.models import Annotation
from claims.models import Claim
from demo import content
from demo.feed_pages import REPORTS, demo_feed_site
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
