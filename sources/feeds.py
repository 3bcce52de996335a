"""Feeds a desk watches: RSS or Atom feeds of sources, polled on each feed's own schedule.

``celery beat`` runs ``poll_due_feeds`` every minute; it hands each feed whose time has come
to a task of its own (``feeds_poll_due``). A poll asks with the feed's last validators (ETag,
Last-Modified) so that an unchanged feed answers 304 and costs nothing, adds each item not yet
a document through ``document_ingest_url``, and records what it found in a ``FeedPoll``. A
failed poll doubles the wait before the next (up to a day); a successful one resets it.
"""

import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import feedparser
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from desk.outbox import outbox_enqueue
from desk.roles import require_editor
from desk.services import model_update

from . import tasks
from .fetching import FEED_TYPES, FetchError, address_normalised, address_refusal, fetch
from .ingesting import document_ingest_url, known_addresses, last_fetched, source_for_address
from .models import Feed, FeedPoll, Source

# How far ahead of our clock a feed's "updated" may be, and how many of its known items a poll
# fetches again because the feed says they were updated.
CLOCK_SKEW = timedelta(minutes=5)
MAX_REFETCHED = 20
FEED_EDITABLE_FIELDS = frozenset({"source", "url", "title", "poll_minutes", "active"})
Progress = Callable[[Iterable[str]], Iterable[str]]


@dataclass
class ItemsIngested:
    seen: int = 0
    new: int = 0
    updated: int = 0  # known items the feed says were updated, fetched again
    errors: list[dict] = field(default_factory=list)


def feed_read(body: bytes, *, url: str) -> tuple[str, list[str], dict[str, datetime]]:
    """(the feed's title, its items' addresses, oldest first, and when the feed says each was
    last updated, where it says) with feedparser; FetchError when it is no feed."""
    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        reason = getattr(parsed, "bozo_exception", None)
        raise FetchError(f"{url} is not an RSS or Atom feed" + (f": {reason}." if reason else "."))
    links, updated = [], {}
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if link:
            try:
                links.append(address_normalised(urllib.parse.urljoin(url, link)))
            except FetchError:
                continue  # an item with no web address is not a page to fetch
            # The item's own "updated" only: feedparser's get() would answer with its
            # publication time where it has none (its issue 310).
            when = dict.get(entry, "updated_parsed")
            if when:
                updated[links[-1]] = datetime(*when[:6], tzinfo=UTC)
    title = " ".join((parsed.feed.get("title") or "").split())[:300]
    # Feeds list the newest first; documents are added in the order they were published.
    return title, list(dict.fromkeys(reversed(links))), updated


def items_ingest(
    links: list[str],
    *,
    source: Source,
    feed: Feed | None = None,
    progress: Progress = iter,
    updated: dict[str, datetime] | None = None,
) -> ItemsIngested:
    """Add the items of ``links`` that are not documents yet, under ``source``, and fetch
    again those the feed says were updated since their last fetch (``updated``): an edited
    story becomes a new version of its document. An item that fails is recorded with its
    reason and the others go on."""
    result = ItemsIngested(seen=len(links))
    known = known_addresses(links)
    fetched = last_fetched([link for link in links if link in known])
    updated = updated or {}
    # Feeds give times to the second: an item updated within the second of its last fetch is
    # fetched once more rather than missed (an unchanged text makes no version). A time in the
    # future is a feed's clock or its build time, not an edit; and a feed that dates every item
    # anew at each build gets its latest few fetched again, not all of them every poll.
    last = {link: when.replace(microsecond=0) for link, when in fetched.items()}
    horizon = timezone.now() + CLOCK_SKEW
    edited = sorted(
        (
            link
            for link in links
            if link in last and link in updated and last[link] <= updated[link] <= horizon
        ),
        key=updated.get,
        reverse=True,
    )[:MAX_REFETCHED]
    wanted = [link for link in links if link not in known or link in edited]
    for link in progress(wanted):
        try:
            ingested = document_ingest_url(url=link, actor=None, source=source, feed=feed)
        except (ValidationError, PermissionDenied) as error:
            result.errors.append({"url": link, "error": " ".join(_messages(error))})
            continue
        result.new += ingested.created
        result.updated += ingested.text_changed
    return result


def _messages(error: Exception) -> list[str]:
    return list(getattr(error, "messages", None) or [str(error)])


def feed_poll(*, feed: Feed, progress: Progress = iter) -> FeedPoll:
    """Poll ``feed`` now and record the poll; returns it."""
    started = timezone.now()
    poll = FeedPoll(feed=feed, started_at=started)
    validators = {"etag": feed.etag, "last_modified": feed.last_modified}
    title = feed.title
    try:
        fetched = fetch(feed.url, accept=FEED_TYPES, **validators)
        poll.status = fetched.status
        if fetched.not_modified:
            poll.not_modified = True
        else:
            title, links, updated = feed_read(fetched.body, url=fetched.final_url)
            items = items_ingest(
                links, source=feed.source, feed=feed, progress=progress, updated=updated
            )
            poll.items_seen, poll.items_new = items.seen, items.new
            poll.items_updated = items.updated
            poll.items_failed, poll.item_errors = len(items.errors), items.errors
            validators = {"etag": fetched.etag, "last_modified": fetched.last_modified}
    except FetchError as error:
        poll.error = " ".join(error.messages)
    poll.finished_at = timezone.now()
    _poll_record(feed, poll, title=title, **validators)
    return poll


@transaction.atomic
def _poll_record(feed: Feed, poll: FeedPoll, *, title: str, etag: str, last_modified: str):
    failures = feed.failures + 1 if poll.error else 0
    poll.save()
    Feed.objects.filter(pk=feed.pk).update(
        title=title or feed.title,
        etag=etag,
        last_modified=last_modified,
        last_polled_at=poll.finished_at,
        failures=failures,
        last_error=poll.error,
        next_poll_at=poll.finished_at + feed.wait_after(failures),
        updated_at=timezone.now(),
    )
    feed.refresh_from_db()


def feed_poll_by_id(*, feed_id: int) -> FeedPoll | None:
    """The body of the ``poll_feed`` task: None for a feed deleted or switched off since."""
    feed = Feed.objects.select_related("source").filter(pk=feed_id, active=True).first()
    return feed_poll(feed=feed) if feed is not None else None


@transaction.atomic
def feeds_poll_due() -> int:
    """Queue a poll of every active feed whose time has come; returns how many.

    Each is given until its interval from now before it comes due again, so that the next
    sweep does not queue it twice while its poll waits for a worker; the poll then sets the
    time of the next."""
    now = timezone.now()
    due = list(
        Feed.objects.select_for_update(skip_locked=True)
        .filter(active=True, next_poll_at__lte=now)
        .order_by("next_poll_at")
    )
    for feed in due:
        Feed.objects.filter(pk=feed.pk).update(next_poll_at=now + feed.wait_after(0))
        outbox_enqueue(task=tasks.poll_feed, args=[feed.pk])
    return len(due)


def feeds_poll_now(*, feeds: Iterable[Feed], actor: AbstractBaseUser) -> int:
    """Queue a poll of each of ``feeds`` at once ("Poll now"); returns how many."""
    require_editor(actor, "Only editors poll feeds.")
    count = 0
    for feed in feeds:
        outbox_enqueue(task=tasks.poll_feed, args=[feed.pk])
        count += 1
    return count


def _checked_feed_url(url: str) -> str:
    try:
        url = address_normalised(url)
    except FetchError as error:
        raise ValidationError({"url": error.messages}) from None
    refusal, _ = address_refusal(url)
    if refusal:
        raise ValidationError({"url": refusal})
    return url


@transaction.atomic
def feed_create(
    *,
    source: Source,
    url: str,
    actor: AbstractBaseUser | None,
    title: str = "",
    poll_minutes: int = 15,
    active: bool = True,
) -> Feed:
    """Watch a feed of ``source`` (editors); its first poll is queued at once."""
    if actor is not None:
        require_editor(actor, "Only editors add feeds.")
    feed = Feed(
        source=source,
        url=_checked_feed_url(url),
        title=title.strip(),
        poll_minutes=poll_minutes,
        active=active,
    )
    feed.full_clean()
    feed.save()
    if feed.active:
        outbox_enqueue(task=tasks.poll_feed, args=[feed.pk])
    return feed


@transaction.atomic
def feed_update(*, feed: Feed, actor: AbstractBaseUser, **fields) -> Feed:
    require_editor(actor, "Only editors change feeds.")
    if "url" in fields:
        fields["url"] = _checked_feed_url(fields["url"])
    model_update(instance=feed, fields=fields, editable=FEED_EDITABLE_FIELDS)
    return feed


def feed_delete(*, feed: Feed, actor: AbstractBaseUser) -> None:
    """Stop watching a feed and forget its polls; the documents it brought stay."""
    require_editor(actor, "Only editors remove feeds.")
    feed.delete()


def feed_ingest_once(
    *, url: str, source: Source | None = None, progress: Progress = iter
) -> tuple[str, ItemsIngested]:
    """Add a feed's new items once (``manage.py ingest_feed``): (its title, what was added).

    A feed the desk watches is polled, and the poll recorded; another is read without being
    watched. Its items go under ``source``, or the watched feed's, or the source whose site
    the feed is on. FetchError when it cannot be read or no source is known."""
    url = address_normalised(url)
    feed = Feed.objects.select_related("source").filter(url=url).first()
    if feed is not None and source in (None, feed.source):
        poll = feed_poll(feed=feed, progress=progress)
        if poll.error:
            raise FetchError(poll.error)
        items = ItemsIngested(
            seen=poll.items_seen,
            new=poll.items_new,
            updated=poll.items_updated,
            errors=poll.item_errors,
        )
        return feed.title, items
    source = source or (feed.source if feed else None) or source_for_address(url)
    if source is None:
        raise FetchError(
            f"No source has the site of {url}: choose one (--source ID), or add the domain to "
            "its source."
        )
    fetched = fetch(url, accept=FEED_TYPES)
    title, links, updated = feed_read(fetched.body, url=fetched.final_url)
    return title, items_ingest(links, source=source, progress=progress, updated=updated)
