"""What fetching documents from the web keeps: the sites a source publishes on, the pages as
they were fetched, the feeds a desk watches and each poll of them.

Imported by ``sources.models``; the services are ``sources.ingesting`` and ``sources.feeds``.
"""

import zlib
from datetime import timedelta

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone

domain_validator = RegexValidator(
    r"^(?=.{1,253}$)(([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}"
    r"|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$",
    "Use a domain name in small letters, such as mod.gov.az or interfax.ru (no scheme, no "
    "path, no www.), or an IPv4 address.",
)


class SourceDomain(models.Model):
    """A site a source publishes on: pages fetched from it (or its subdomains) are the
    source's documents."""

    source = models.ForeignKey("sources.Source", on_delete=models.CASCADE, related_name="domains")
    domain = models.CharField(max_length=253, validators=[domain_validator])

    class Meta:
        ordering = ["domain"]
        constraints = [
            models.UniqueConstraint(
                fields=["domain"],
                name="sourcedomain_unique_domain",
                violation_error_message="This domain already belongs to a source.",
            ),
            models.CheckConstraint(condition=~models.Q(domain=""), name="sourcedomain_not_empty"),
        ]

    def __str__(self) -> str:
        return self.domain


class Snapshot(models.Model):
    """A page as it was fetched: the raw HTML (compressed), its hash and what was read from it.

    Every fetch of a document's address keeps one, whether its text changed or not."""

    document = models.ForeignKey(
        "sources.Document", on_delete=models.CASCADE, related_name="snapshots"
    )
    url = models.URLField(max_length=1000, help_text="The address asked for.")
    final_url = models.URLField(max_length=1000, help_text="Where the page was, after redirects.")
    status = models.PositiveSmallIntegerField(help_text="The HTTP status of the answer.")
    fetched_at = models.DateTimeField()
    content_type = models.CharField(max_length=200, blank=True)
    sha256 = models.CharField(max_length=64, help_text="SHA-256 of the raw HTML, as served.")
    size = models.PositiveIntegerField(help_text="Bytes of raw HTML.")
    html_compressed = models.BinaryField(help_text="The raw HTML, zlib-compressed.")
    text_sha256 = models.CharField(
        max_length=64, help_text="SHA-256 of the text read from it, normalised as documents are."
    )
    # What the page said of itself at that fetch: title, author, site, date, language,
    # canonical address.
    metadata = models.JSONField(default=dict, blank=True)
    feed = models.ForeignKey(
        "sources.Feed",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="snapshots",
        help_text="The feed whose item it was, if any.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-fetched_at", "-id"]
        get_latest_by = "fetched_at"
        indexes = [
            # Finding the document of an address asked for or redirected to.
            models.Index(fields=["url"], name="snapshot_url_idx"),
            models.Index(fields=["final_url"], name="snapshot_final_url_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(sha256__regex=r"^[0-9a-f]{64}$"), name="snapshot_sha256_hex"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.final_url} at {self.fetched_at:%Y-%m-%d %H:%M}"

    @property
    def html(self) -> bytes:
        return zlib.decompress(bytes(self.html_compressed))


class Feed(models.Model):
    """An RSS or Atom feed of a source, polled by ``celery beat`` every ``poll_minutes``; its
    new items are fetched and added as the source's documents."""

    source = models.ForeignKey("sources.Source", on_delete=models.PROTECT, related_name="feeds")
    url = models.URLField(max_length=1000, unique=True)
    title = models.CharField(max_length=300, blank=True, help_text="As the feed names itself.")
    poll_minutes = models.PositiveIntegerField(
        default=15,
        validators=[MinValueValidator(1)],
        help_text="Minutes between polls; after failures the wait doubles, up to a day.",
    )
    active = models.BooleanField(default=True)
    # The validators of the last answer, sent back so that an unchanged feed answers 304.
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    next_poll_at = models.DateTimeField(default=timezone.now, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    failures = models.PositiveIntegerField(
        default=0, editable=False, help_text="Polls failed in a row."
    )
    last_error = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["source__name", "url"]
        indexes = [
            models.Index(
                fields=["next_poll_at"], condition=models.Q(active=True), name="feed_due_idx"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(poll_minutes__gte=1), name="feed_poll_minutes_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url

    def wait_after(self, failures: int) -> timedelta:
        """How long after a poll the next is due: the interval, doubled for each failure in a
        row, at most a day."""
        return min(timedelta(minutes=self.poll_minutes) * 2**failures, timedelta(days=1))


class FeedPoll(models.Model):
    """One poll of a feed: what it found and what went wrong, for the editors."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="polls")
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField()
    status = models.PositiveSmallIntegerField(null=True, blank=True)
    not_modified = models.BooleanField(default=False, help_text="Answered 304: nothing new.")
    items_seen = models.PositiveIntegerField(default=0)
    items_new = models.PositiveIntegerField(default=0, help_text="Documents added.")
    items_updated = models.PositiveIntegerField(
        default=0,
        help_text="Known items the feed said were updated: fetched again, a new version where "
        "their text changed.",
    )
    items_failed = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True, help_text="Why the poll failed, if it did.")
    # One line per item that could not be added: its address and why.
    item_errors = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["feed", "-started_at"], name="feedpoll_feed_started_idx")]

    def __str__(self) -> str:
        return f"{self.feed} at {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def failed(self) -> bool:
        return bool(self.error)
