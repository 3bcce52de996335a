"""The verification desk's records: the rating scale, verdicts, teams, tasks, the audit trail.

The tables keep the names they had when these models lived in ``claims``.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from claims.models import Claim, ClaimPair
from claims.status import Status


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
        db_table = "claims_rating"  # kept from before the split
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
        help_text="What consumers see, frozen at publication (verification.snapshots).",
    )
    # What the public list's searches read, written with the snapshot (snapshots.search_fields):
    # case-folded in Python, so that every script matches alike on every database, in plain
    # columns that a trigram index serves on PostgreSQL (migration 0003).
    search_speaker = models.TextField(
        blank=True,
        editable=False,
        help_text="The speaker's names as published, case-folded, one a line.",
    )
    search_incident = models.TextField(
        blank=True, editable=False, help_text="The incident's title as published, case-folded."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "claims_verdict"  # kept from before the split
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
        indexes = [
            models.Index(fields=["-published_at"], name="verdict_published_idx"),
            # Published corrections, the few versions the public list compares each verdict
            # with. The list's own indexes are PostgreSQL's only (migration 0003).
            models.Index(
                fields=["claim", "version"],
                condition=Q(published_at__isnull=False, version__gt=1),
                name="verdict_corrections_idx",
            ),
        ]

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
        db_table = "claims_team"  # kept from before the split
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
        db_table = "claims_verificationtask"  # kept from before the split
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
    # PROTECT: the record outlives any attempt to delete its claim (which is retired instead).
    claim = models.ForeignKey(
        Claim, on_delete=models.PROTECT, related_name="status_changes", db_index=False
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
        db_table = "claims_claimstatuschange"  # kept from before the split
        ordering = ["claim", "created_at", "id"]
        indexes = [models.Index(fields=["claim", "created_at"], name="statuschange_claim_idx")]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"
