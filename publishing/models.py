"""What consumers are sent (webhook subscriptions and their delivery log), and what other
fact-checkers published (reviews imported from their ClaimReview).

The webhook tables keep the names they had when these models lived in ``claims``.
"""

import secrets
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from desk.models import Authored
from verification.models import Verdict

from .claimreview_reading import rating_numbers


def new_webhook_secret() -> str:
    return secrets.token_urlsafe(32)


class WebhookSubscription(Authored):
    """A consumer's endpoint, told when verdicts are published or corrected."""

    class Event(models.TextChoices):
        PUBLISHED = "verdict.published", "A verdict is published"
        CORRECTED = "verdict.corrected", "A published verdict is corrected"

    url = models.URLField(max_length=1000, help_text="Where the JSON payload is POSTed.")
    secret = models.CharField(
        max_length=200,
        default=new_webhook_secret,
        help_text="Shared with the receiver, who checks each payload's HMAC-SHA256 signature.",
    )
    events = models.JSONField(default=list, help_text="The events this endpoint receives.")
    description = models.CharField(max_length=200, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        db_table = "claims_webhooksubscription"  # kept from before the split
        ordering = ["url"]

    def __str__(self) -> str:
        return self.description or self.url

    def clean(self) -> None:
        known = set(self.Event.values)
        if not isinstance(self.events, list) or not self.events or not set(self.events) <= known:
            raise ValidationError({"events": "Choose at least one event."})


class WebhookDelivery(models.Model):
    """One event sent to one subscription, with its attempts: the delivery log."""

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    # PROTECT: the log outlives its subscription, which is deactivated instead of deleted.
    subscription = models.ForeignKey(
        WebhookSubscription, on_delete=models.PROTECT, related_name="deliveries"
    )
    event = models.CharField(max_length=40, choices=WebhookSubscription.Event.choices)
    verdict = models.ForeignKey(Verdict, on_delete=models.PROTECT, related_name="+")
    # Sent as Parallax-Delivery: the receiver's key for ignoring a delivery it already has.
    idempotency_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    payload = models.JSONField()
    state = models.CharField(max_length=16, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "claims_webhookdelivery"  # kept from before the split
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "verdict", "event"], name="webhookdelivery_once"
            ),
            models.CheckConstraint(
                condition=Q(state__in=["pending", "delivered", "failed"]),
                name="webhookdelivery_state_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event} → {self.subscription} ({self.get_state_display().lower()})"


# What the desk keeps of a review as it read it, shown by the admin and the API alike.
EXTERNAL_REVIEW_READ_FIELDS = (
    "author_name",
    "author_url",
    "claim_reviewed",
    "rating_text",
    "rating_value",
    "best_rating",
    "worst_rating",
    "date_published",
    "item_author_name",
    "item_date_published",
    "appearance_url",
)


class ExternalReview(models.Model):
    """A fact-check another organisation published (schema.org ClaimReview), imported so that
    the desk sees what others concluded about the claims it checks.

    The same review (its address and its publisher's name) is kept once. ``raw`` is the item as
    published; the other fields are what the desk shows and searches. The claims it concerns
    are chosen by the person who imports it.
    """

    url = models.URLField(max_length=1000, help_text="The review's address, as a URI.")
    author_name = models.CharField(
        max_length=200, blank=True, help_text="Who published the review (their author)."
    )
    author_url = models.URLField(max_length=1000, blank=True)
    claim_reviewed = models.TextField(help_text="The claim as they summarised it.")
    rating_text = models.CharField(
        max_length=200, blank=True, help_text="Their rating in words (alternateName, or name)."
    )
    rating_value = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    best_rating = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    worst_rating = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    date_published = models.DateField(null=True, blank=True)
    item_author_name = models.CharField(
        max_length=200, blank=True, help_text="Who made the claim, as they name them."
    )
    item_date_published = models.DateField(
        null=True, blank=True, help_text="When the claim was made, as they date it."
    )
    appearance_url = models.URLField(
        max_length=1000, blank=True, help_text="Where the claim appeared, as they say."
    )
    raw = models.JSONField(help_text="The ClaimReview as published.")
    claims = models.ManyToManyField(
        "claims.Claim",
        related_name="external_reviews",
        blank=True,
        help_text="The desk's claims this review concerns.",
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when imported from the command line.",
    )
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date_published", "-id"]
        verbose_name = "review by another fact-checker"
        verbose_name_plural = "reviews by other fact-checkers"
        constraints = [
            models.UniqueConstraint(
                fields=["url", "author_name"],
                name="externalreview_once",
                violation_error_message="This review of this publisher is already imported.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.publisher}: {self.rating_text or self.claim_reviewed[:60]}"

    @property
    def publisher(self) -> str:
        """The author's name, or their web address's host when they gave no name."""
        return self.author_name or urlsplit(self.author_url or self.url).hostname or "?"

    @property
    def rating_numbers(self) -> str:
        return rating_numbers(self.rating_value, self.best_rating, self.worst_rating)
