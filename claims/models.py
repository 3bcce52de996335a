import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from sources.models import DocumentSpan, Source

from .workflow import Status


class Incident(models.Model):
    """The real-world event that claims are about."""

    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    place = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="incident_ends_after_start",
                violation_error_message="An incident cannot end before it starts.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.starts_on:%Y-%m-%d})"


class Claim(DocumentSpan):
    """A statement in a document: who asserted it, who relayed it, and where it stands."""

    summary = models.CharField(max_length=500, help_text="The claim in one sentence.")
    speaker = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="claims",
        help_text="The original asserter.",
    )
    relay_sources = models.ManyToManyField(
        Source, through="Attribution", related_name="relayed_claims", blank=True
    )
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    stated_on = models.DateField(
        null=True, blank=True, help_text="When the statement was made, if known."
    )
    status = models.CharField(
        max_length=32, choices=Status.choices, default=Status.NEW, editable=False
    )
    workflow_version = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="Counts transitions; a client that sends it back cannot act on a stale view.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta(DocumentSpan.Meta):
        ordering = ["-created_at", "-id"]
        # The claims list pages through these newest first, whole or by status. Text search has
        # trigram indexes too, made on PostgreSQL only by migration 0004.
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="claim_recent_idx"),
            models.Index(fields=["status", "-created_at", "-id"], name="claim_status_recent_idx"),
            # Contradiction candidates of a claim without an incident: its three-day window.
            models.Index(fields=["stated_on", "id"], name="claim_stated_on_idx"),
        ]
        constraints = [
            *DocumentSpan.Meta.constraints,
            models.UniqueConstraint(
                fields=["document", "start", "end", "speaker"],
                name="claim_unique_span_per_speaker",
                violation_error_message="This speaker already has a claim on exactly this span.",
            ),
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="claim_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.summary or self.quote[:80]


class Attribution(models.Model):
    """One link of a claim's relay chain: the sources it passed through after its speaker."""

    # Lookups by claim use the (claim, position) unique index.
    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="attributions", db_index=False
    )
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="attributions")
    position = models.PositiveSmallIntegerField(
        help_text="1 for the source closest to the speaker, rising towards the publisher."
    )

    class Meta:
        ordering = ["claim", "position"]
        verbose_name = "relay link"
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "position"], name="attribution_unique_position"
            ),
            models.UniqueConstraint(fields=["claim", "source"], name="attribution_unique_source"),
            models.CheckConstraint(condition=Q(position__gte=1), name="attribution_position_1"),
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.source}"


class ClaimPair(models.Model):
    """Two claims and how they relate; stored once per unordered couple (claim_a < claim_b)."""

    class Relation(models.TextChoices):
        CONTRADICTS = "contradicts", "Contradicts"
        CORROBORATES = "corroborates", "Corroborates"

    # Lookups by claim_a use the (claim_a, claim_b) unique index.
    claim_a = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="pairs_as_a", db_index=False
    )
    claim_b = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="pairs_as_b")
    relation = models.CharField(max_length=16, choices=Relation.choices)
    rationale = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # Ordering the couple makes "one pair per unordered couple" a plain unique key,
            # and rules out pairing a claim with itself.
            models.CheckConstraint(
                condition=Q(claim_a__lt=F("claim_b")), name="claimpair_ordered_distinct"
            ),
            models.UniqueConstraint(fields=["claim_a", "claim_b"], name="claimpair_unique"),
            models.CheckConstraint(
                condition=Q(relation__in=["contradicts", "corroborates"]),
                name="claimpair_relation_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.claim_a_id} {self.get_relation_display().lower()} #{self.claim_b_id}"


class Rating(models.Model):
    """One step of the desk's rating scale. ``value`` is empty for off-scale ratings (Unproven)."""

    label = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    value = models.SmallIntegerField(
        null=True, blank=True, help_text="Position on the scale; empty for off-scale ratings."
    )
    description = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "label"]
        constraints = [
            models.UniqueConstraint(
                fields=["value"], condition=Q(value__isnull=False), name="rating_unique_value"
            )
        ]

    def __str__(self) -> str:
        return self.label


class Verdict(models.Model):
    """A rating of a claim. Published versions are never edited; a correction is a new version."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="verdicts")
    version = models.PositiveIntegerField(default=1)
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, related_name="verdicts")
    rationale = models.TextField()
    evidence = models.JSONField(
        default=list, blank=True, help_text="Evidence links: a list of URLs."
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviewed_verdicts"
    )
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="approved_verdicts",
    )
    published_at = models.DateTimeField(null=True, blank=True)
    correction_note = models.TextField(blank=True)
    snapshot = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="What consumers see, frozen at publication (claims.snapshots).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["claim", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "version"], name="verdict_unique_version"),
            models.UniqueConstraint(
                fields=["claim"],
                condition=Q(published_at__isnull=True),
                name="verdict_one_draft_per_claim",
            ),
            models.CheckConstraint(
                condition=Q(published_at__isnull=True) | Q(approver__isnull=False),
                name="verdict_published_has_approver",
            ),
            # Four-eyes, in the database: nobody approves their own rating.
            models.CheckConstraint(
                condition=Q(approver__isnull=True) | ~Q(approver=F("reviewer")),
                name="verdict_four_eyes",
            ),
            models.CheckConstraint(
                condition=Q(version=1) | Q(published_at__isnull=True) | ~Q(correction_note=""),
                name="verdict_correction_has_note",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="verdict_version_1"),
            models.CheckConstraint(
                condition=Q(published_at__isnull=True) | Q(snapshot__has_key="claim"),
                name="verdict_published_has_snapshot",
            ),
        ]
        indexes = [models.Index(fields=["-published_at"], name="verdict_published_idx")]

    def __str__(self) -> str:
        return f"{self.claim} — {self.rating} (v{self.version})"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def clean(self) -> None:
        if not isinstance(self.evidence, list) or not all(
            isinstance(url, str) for url in self.evidence
        ):
            raise ValidationError({"evidence": "Evidence must be a list of links."})


class Team(models.Model):
    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="parallax_teams", blank=True
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class VerificationTask(models.Model):
    """A request that a claim or a pair be verified, by a team or a person."""

    class Priority(models.IntegerChoices):
        URGENT = 1, "Urgent"
        HIGH = 2, "High"
        NORMAL = 3, "Normal"
        LOW = 4, "Low"

    class State(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "Done"
        CANCELLED = "cancelled", "Cancelled"

    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="tasks"
    )
    pair = models.ForeignKey(
        ClaimPair, null=True, blank=True, on_delete=models.CASCADE, related_name="tasks"
    )
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.PROTECT, related_name="tasks"
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="verification_tasks",
    )
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    due_on = models.DateField(null=True, blank=True)
    state = models.CharField(max_length=16, choices=State.choices, default=State.OPEN)
    instructions = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["priority", "due_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(claim__isnull=False) & Q(pair__isnull=True))
                | (Q(claim__isnull=True) & Q(pair__isnull=False)),
                name="task_claim_xor_pair",
                violation_error_message="A task is about either one claim or one pair.",
            ),
            models.CheckConstraint(
                condition=Q(team__isnull=False) | Q(assignee__isnull=False),
                name="task_has_team_or_assignee",
                violation_error_message="Assign the task to a team, a person, or both.",
            ),
            models.UniqueConstraint(
                fields=["claim"],
                condition=Q(state="open"),
                name="task_one_open_per_claim",
                violation_error_message="This claim already has an open verification task.",
            ),
            models.UniqueConstraint(
                fields=["pair"],
                condition=Q(state="open"),
                name="task_one_open_per_pair",
                violation_error_message="This pair already has an open verification task.",
            ),
            models.CheckConstraint(
                condition=Q(state__in=["open", "done", "cancelled"]), name="task_state_valid"
            ),
        ]
        indexes = [
            models.Index(
                fields=["team", "priority", "due_on", "id"],
                condition=Q(state="open", assignee__isnull=True),
                name="task_unassigned_queue_idx",
            ),
            models.Index(
                fields=["assignee", "due_on"], condition=Q(state="open"), name="task_my_queue_idx"
            ),
        ]

    def __str__(self) -> str:
        subject = f"claim #{self.claim_id}" if self.claim_id else f"pair #{self.pair_id}"
        return f"Verify {subject}"


class ClaimStatusChange(models.Model):
    """The audit row every workflow transition writes."""

    # Lookups by claim use statuschange_claim_idx (claim, created_at).
    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="status_changes", db_index=False
    )
    transition = models.CharField(max_length=32)
    from_status = models.CharField(max_length=32, choices=Status.choices)
    to_status = models.CharField(max_length=32, choices=Status.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["claim", "created_at", "id"]
        indexes = [models.Index(fields=["claim", "created_at"], name="statuschange_claim_idx")]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


def new_webhook_secret() -> str:
    return secrets.token_urlsafe(32)


class WebhookSubscription(models.Model):
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
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
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

    subscription = models.ForeignKey(
        WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries"
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
