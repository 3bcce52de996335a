"""What consumers are sent: webhook subscriptions and their delivery log.

The tables keep the names they had when these models lived in ``claims``.
"""

import secrets
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from desk.models import Authored
from verification.models import Verdict


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
