"""The admin of fetching: Add by address, Fetch again, the feeds' list with Poll now."""

import pytest
from django.urls import reverse

from demo.feed_site import FEED_TYPE, LocalSite, article_html, rss_feed
from sources.ingesting import document_ingest_url, source_domain_add
from sources.models import Document, Feed, FeedPoll, Snapshot
from tests.factories import make_editor, make_reviewer, make_source

pytestmark = pytest.mark.django_db

PARAGRAPHS = [
    "The interior ministry said on Friday that two border guards had been wounded by sniper "
    "fire, and that it held the other side responsible for the attack.",
    "A spokesman for the other side said its troops had not fired that day.",
]


@pytest.fixture
def site():
    with LocalSite() as local:
        yield local


ADD = "admin:sources_document_add_by_address"


def test_the_document_list_links_to_add_by_address(client):
    client.force_login(make_reviewer())
    page = client.get(reverse("admin:sources_document_changelist"))
    assert reverse(ADD).encode() in page.content and b"Add by address" in page.content


def test_a_reviewer_adds_a_page_by_its_address(client, site, django_capture_on_commit_callbacks):
    source_domain_add(source=make_source("Local Wire"), domain="127.0.0.1", actor=None)
    client.force_login(make_reviewer())
    assert client.get(reverse(ADD)).status_code == 200
    url = site.page("/wounded", article_html(title="Guards wounded", paragraphs=PARAGRAPHS))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse(ADD), {"url": url})
    document = Document.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:sources_document_change", args=[document.pk])
    page = client.get(response["Location"])
    assert b"was added from its address" in page.content
    assert b"snapshots of its page" in page.content.lower() and url.encode() in page.content


def test_a_page_that_cannot_be_added_is_a_form_error(client, site):
    client.force_login(make_reviewer())
    response = client.post(reverse(ADD), {"url": site.url("/missing")})
    assert response.status_code == 200
    assert b"answered 404" in response.content
    assert not Document.objects.exists() and not Snapshot.objects.exists()


def test_outsiders_do_not_get_the_page(client):
    from tests.factories import make_user

    client.force_login(make_user(is_staff=True))
    assert client.get(reverse(ADD)).status_code == 403


def test_fetch_again_records_a_snapshot(client, site):
    source_domain_add(source=make_source("Local Wire"), domain="127.0.0.1", actor=None)
    url = site.page("/a", article_html(title="Guards wounded", paragraphs=PARAGRAPHS))
    document = document_ingest_url(url=url, actor=None).document
    site.page("/a", article_html(title="Guards wounded", paragraphs=PARAGRAPHS[:1]))
    client.force_login(make_reviewer())
    response = client.post(
        reverse("admin:sources_document_changelist"),
        {"action": "fetch_again", "_selected_action": [document.pk]},
        follow=True,
    )
    assert b"Fetched again: 1 changed, 0 unchanged." in response.content
    # The edited page is the document's next version, with the snapshot it was read from.
    version = Document.objects.get(previous_version=document)
    assert version.snapshots.count() == 1 and document.snapshots.count() == 1


def test_an_editor_adds_a_feed_and_polls_it_now(client, site, django_capture_on_commit_callbacks):
    pages = [
        (
            f"Report {n}",
            site.page(f"/r{n}", article_html(title=f"Report {n}", paragraphs=PARAGRAPHS[n:])),
        )
        for n in range(2)
    ]
    feed_url = site.page(
        "/feed.xml",
        rss_feed(title="Local Wire", link=site.url("/"), items=pages),
        content_type=FEED_TYPE,
    )
    source = make_source("Local Wire")
    client.force_login(make_editor())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:sources_feed_add"),
            {"source": source.pk, "url": feed_url, "title": "", "poll_minutes": 15, "active": "on"}
            | {"polls-TOTAL_FORMS": 0, "polls-INITIAL_FORMS": 0},
        )
    assert response.status_code == 302, response.content
    feed = Feed.objects.get()
    assert Document.objects.filter(publisher=source).count() == 2
    listing = client.get(reverse("admin:sources_feed_changelist"))
    assert b"Local Wire" in listing.content and b"ok" in listing.content
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:sources_feed_changelist"),
            {"action": "poll_now", "_selected_action": [feed.pk]},
        )
    assert FeedPoll.objects.filter(feed=feed).count() == 2
    page = client.get(reverse("admin:sources_feed_change", args=[feed.pk]))
    assert page.status_code == 200 and b"polls (the last 50" in page.content.lower()


def test_a_reviewer_may_not_poll(client, site):
    feed = Feed.objects.create(source=make_source(), url=site.url("/feed.xml"))
    client.force_login(make_reviewer())
    client.post(
        reverse("admin:sources_feed_changelist"),
        {"action": "poll_now", "_selected_action": [feed.pk]},
    )
    assert not FeedPoll.objects.exists()
