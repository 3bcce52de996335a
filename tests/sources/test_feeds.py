"""Feeds, against a real HTTP server on 127.0.0.1: polls add new items as documents, ask
conditionally, back off after failures, and record each poll; the commands."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone

from demo.feed_site import FEED_TYPE, LocalSite, article_html, rss_feed
from desk.outbox import outbox_dispatch_due
from sources.feeds import feed_create, feed_poll, feeds_poll_due
from sources.ingesting import source_domain_add
from sources.models import Document, Feed, FeedPoll, Snapshot
from tests.factories import make_editor, make_reviewer, make_source

pytestmark = pytest.mark.django_db


def paragraphs(n):
    return [
        f"The ministry said on the {n}th that its posts near the border had been fired on "
        "overnight and that its units had answered the fire.",
        f"The other side said report number {n} was invented to hide an attack of its own.",
    ]


@pytest.fixture
def site():
    with LocalSite() as local:
        yield local


def serve_feed(site, count, *, start=0, etag="", last_modified=""):
    items = []
    for n in range(start, start + count):
        url = site.page(f"/news/{n}", article_html(title=f"Report {n}", paragraphs=paragraphs(n)))
        items.append((f"Report {n}", url))
    body = rss_feed(title="Local Wire: region", link=site.url("/"), items=items[::-1])
    return site.page(
        "/feed.xml", body, content_type=FEED_TYPE, etag=etag, last_modified=last_modified
    )


@pytest.fixture
def feed(site):
    url = serve_feed(site, 3, etag='"v1"')
    return Feed.objects.create(source=make_source("Local Wire"), url=url)


def test_a_poll_adds_each_item_as_a_document_of_the_feeds_source(site, feed):
    poll = feed_poll(feed=feed)
    assert (poll.items_seen, poll.items_new, poll.items_failed, poll.error) == (3, 3, 0, "")
    titles = list(Document.objects.order_by("pk").values_list("title", flat=True))
    assert titles == ["Report 0", "Report 1", "Report 2"]  # oldest first
    assert set(Document.objects.values_list("publisher", flat=True)) == {feed.source_id}
    assert Snapshot.objects.filter(feed=feed).count() == 3
    feed.refresh_from_db()
    assert feed.title == "Local Wire: region" and feed.etag == '"v1"' and feed.failures == 0
    assert feed.next_poll_at > timezone.now() + timedelta(minutes=14)


def test_an_unchanged_feed_answers_304_and_nothing_is_fetched(site, feed):
    feed_poll(feed=feed)
    fetched_before = len(site.requests)
    poll = feed_poll(feed=feed)
    assert poll.not_modified and poll.status == 304 and poll.items_new == 0
    assert site.requests[-1][1]["If-None-Match"] == '"v1"'
    assert len(site.requests) == fetched_before + 1  # the feed alone


def test_last_modified_is_sent_back(site):
    url = serve_feed(site, 1, last_modified="Tue, 16 Nov 2021 12:00:00 GMT")
    feed = Feed.objects.create(source=make_source(), url=url)
    feed_poll(feed=feed)
    assert feed_poll(feed=feed).not_modified
    assert site.requests[-1][1]["If-Modified-Since"] == "Tue, 16 Nov 2021 12:00:00 GMT"


def test_a_later_poll_fetches_only_the_new_items(site, feed):
    feed_poll(feed=feed)
    serve_feed(site, 5, etag='"v2"')
    before = len(site.requests)
    poll = feed_poll(feed=feed)
    assert (poll.items_seen, poll.items_new) == (5, 2)
    assert len(site.requests) == before + 3  # the feed and the two new pages
    assert Document.objects.count() == 5


def test_an_item_the_feed_says_was_edited_is_fetched_again_and_becomes_a_new_version(site, feed):
    feed_poll(feed=feed)
    edited = [paragraphs(1)[0], "The ministry later said one of its soldiers was wounded."]
    url = site.page("/news/1", article_html(title="Report 1", paragraphs=edited))
    items = [(f"Report {n}", site.url(f"/news/{n}")) for n in (2, 1, 0)]
    later = timezone.now()
    old = timezone.now() - timedelta(days=1)  # edited before it was fetched: nothing to do
    ahead = timezone.now() + timedelta(days=1)  # the feed's clock, not an edit
    body = rss_feed(
        title="Local Wire: region",
        link=site.url("/"),
        items=items,
        updated={url: later, site.url("/news/2"): old, site.url("/news/0"): ahead},
    )
    site.page("/feed.xml", body, content_type=FEED_TYPE, etag='"v2"')
    before = len(site.requests)

    poll = feed_poll(feed=feed)

    assert (poll.items_seen, poll.items_new, poll.items_updated) == (3, 0, 1)
    assert len(site.requests) == before + 2  # the feed and the edited page
    version = Document.objects.get(superseded_at__isnull=True, title="Report 1")
    assert "one of its soldiers was wounded" in version.text
    assert version.previous_version.superseded_at is not None
    assert Document.objects.filter(superseded_at__isnull=True).count() == 3


def test_an_item_that_fails_is_recorded_and_the_others_are_added(site, feed):
    site.page("/news/1", "<h1>oops</h1>", status=500)
    poll = feed_poll(feed=feed)
    assert (poll.items_new, poll.items_failed) == (2, 1)
    assert poll.item_errors[0]["url"] == site.url("/news/1")
    assert "answered 500" in poll.item_errors[0]["error"]


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ({"body": "<h1>oops</h1>", "status": 500}, "answered 500"),
        ({"body": "not xml at all", "content_type": "application/xml"}, "not an RSS or Atom"),
        ({"body": "<p>a page</p>", "content_type": "text/html"}, "is text/html, not"),
    ],
)
def test_a_failed_poll_is_recorded_and_backs_off(site, feed, route, message):
    site.page("/feed.xml", **route)
    first = feed_poll(feed=feed)
    assert message in first.error and first.items_new == 0
    assert feed.failures == 1 and message in feed.last_error
    assert feed.next_poll_at >= first.finished_at + timedelta(minutes=30)
    feed_poll(feed=feed)
    assert feed.failures == 2
    assert feed.next_poll_at >= timezone.now() + timedelta(minutes=59)
    assert not Document.objects.exists()
    assert FeedPoll.objects.filter(feed=feed).count() == 2


def test_the_wait_after_failures_is_at_most_a_day(feed):
    assert feed.wait_after(0) == timedelta(minutes=15)
    assert feed.wait_after(20) == timedelta(days=1)


def test_a_slow_feed_fails_the_poll(site, feed, settings):
    settings.PARALLAX_FETCH_TIMEOUT_SECONDS = 0.3
    site.routes["/feed.xml"].delay = 1.5
    assert "did not answer" in feed_poll(feed=feed).error


def test_the_sweep_polls_due_feeds_once(site, feed, django_capture_on_commit_callbacks):
    idle = Feed.objects.create(
        source=feed.source,
        url=site.url("/idle.xml"),
        next_poll_at=timezone.now() + timedelta(hours=1),
    )
    off = Feed.objects.create(source=feed.source, url=site.url("/off.xml"), active=False)
    with django_capture_on_commit_callbacks(execute=True):
        assert feeds_poll_due() == 1
    assert Document.objects.count() == 3
    assert not idle.polls.exists() and not off.polls.exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert feeds_poll_due() == 0
        outbox_dispatch_due()
    assert FeedPoll.objects.filter(feed=feed).count() == 1


def test_an_editor_adds_a_feed_and_its_items_arrive(site, django_capture_on_commit_callbacks):
    url = serve_feed(site, 2)
    with django_capture_on_commit_callbacks(execute=True):
        feed = feed_create(source=make_source(), url=url, actor=make_editor())
    assert feed.polls.get().items_new == 2
    assert Document.objects.count() == 2


def test_only_editors_add_feeds(site):
    with pytest.raises(PermissionDenied):
        feed_create(source=make_source(), url=serve_feed(site, 1), actor=make_reviewer())
    assert not Feed.objects.exists()


def test_a_feed_at_a_private_address_is_refused(settings):
    settings.PARALLAX_FETCH_PRIVATE_NETWORKS = []
    with pytest.raises(ValidationError, match="private or local address"):
        feed_create(source=make_source(), url="http://127.0.0.1:9/feed.xml", actor=None)
    assert not Feed.objects.exists()


def test_ingest_feed_adds_the_items_once(site, capsys):
    url = serve_feed(site, 3)
    source = make_source("Local Wire")
    call_command("ingest_feed", url, "--source", str(source.pk))
    assert (
        "3 items, 3 documents added, 0 edited stories made new versions, 0 failed."
        in capsys.readouterr().out
    )
    call_command("ingest_feed", url, "--source", str(source.pk))
    assert (
        "3 items, 0 documents added, 0 edited stories made new versions, 0 failed."
        in capsys.readouterr().out
    )
    assert Document.objects.filter(publisher=source).count() == 3


def test_ingest_feed_needs_a_source(site):
    with pytest.raises(CommandError, match="No source has the site"):
        call_command("ingest_feed", serve_feed(site, 1))
    with pytest.raises(CommandError, match="no source with id 987654"):
        call_command("ingest_feed", serve_feed(site, 1), "--source", "987654")
    assert not Document.objects.exists()


def test_ingest_url_adds_then_fetches_again(site, capsys):
    source_domain_add(source=make_source("Local Wire"), domain="127.0.0.1", actor=None)
    url = site.page("/a", article_html(title="Report", paragraphs=paragraphs(1)))
    call_command("ingest_url", url)
    assert "\u201cReport\u201d added." in capsys.readouterr().out
    site.page("/a", article_html(title="Report", paragraphs=paragraphs(2)))
    call_command("ingest_url", url)
    assert "fetched again: its text changed" in capsys.readouterr().out
    with pytest.raises(CommandError, match="answered 404"):
        call_command("ingest_url", site.url("/missing"))


def test_celery_beat_runs_the_sweep_every_minute(settings, site, feed):
    from celery import current_app

    from sources.tasks import poll_due_feeds

    entry = settings.CELERY_BEAT_SCHEDULE["poll-due-feeds"]
    assert entry["task"] in current_app.tasks
    assert entry["schedule"] == timedelta(minutes=1)
    assert poll_due_feeds.delay().get() == 1
