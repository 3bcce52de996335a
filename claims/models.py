from django.db import models
from django.db.models import F, Q

from desk.models import Authored
from sources.models import DocumentSpan, Source, SourceProposal

from .status import Status


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


class Claim(DocumentSpan, Authored):
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
    corrected_reading = models.JSONField(
        null=True,
        blank=True,
        editable=False,
        help_text="What extraction suggested before a reviewer corrected it (start, end, "
        "speaker): extraction does not suggest it again.",
    )
    retired_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Set instead of deleting it, once records (history, verdicts, reviews, "
        "claims or documents) depend on it.",
    )

    class Meta(DocumentSpan.Meta):
        ordering = ["-created_at", "-id"]
        # The claims list pages through these newest first, whole or by status. Text search has
        # trigram indexes too, made on PostgreSQL only by migration 0004.
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="claim_recent_idx"),
            models.Index(fields=["status", "-created_at", "-id"], name="claim_status_recent_idx"),
            # Contradiction candidates of a claim without an incident: its three-day window.
            models.Index(fields=["stated_on", "id"], name="claim_stated_on_idx"),
            # The claims a new version of their document changed or orphaned, for the list
            # filter: few among many.
            models.Index(
                fields=["anchor_state", "-created_at", "-id"],
                condition=~Q(anchor_state=""),
                name="claim_anchor_state_idx",
            ),
            # The window forward from the claim's day, newest first within a day: read in this
            # order, the part stops at its quarter of the pool instead of sorting the whole of
            # each day's claims (a thousand a day at a million claims).
            models.Index(fields=["stated_on", "-id"], name="claim_stated_on_forward_idx"),
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


class ClaimPair(Authored):
    """Two claims and how they relate; stored once per unordered couple (claim_a < claim_b)."""

    class Relation(models.TextChoices):
        CONTRADICTS = "contradicts", "Contradicts"
        CORROBORATES = "corroborates", "Corroborates"

    # Lookups by claim_a use the (claim_a, claim_b) unique index.
    claim_a = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="pairs_as_a", db_index=False
    )
    claim_b = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="pairs_as_b")

    class Axis(models.TextChoices):
        INITIATOR = "initiator", "Who acted first"
        DENIAL = "denial", "One denies the other's account"
        CASUALTIES = "casualties", "Casualties"
        PLACE = "place", "Place"
        ACT = "act", "What happened"
        TIME = "time", "When"

    relation = models.CharField(max_length=16, choices=Relation.choices)
    rationale = models.TextField(blank=True)
    axes = models.JSONField(
        default=list,
        blank=True,
        help_text="For a contradiction: the axes on which the two accounts conflict.",
    )

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


class HeldClaim(DocumentSpan, Authored):
    """A claim marked in a text whose speaker the desk does not know yet.

    A claim needs a source as its speaker, and new sources are an editor's to confirm (as a new
    source, or as another name of a known one): the claim waits here on the proposed name, and
    is made, by the reviewer who marked it, once an editor confirms it.
    """

    proposal = models.ForeignKey(
        SourceProposal, on_delete=models.CASCADE, related_name="held_claims"
    )
    summary = models.CharField(max_length=500)
    relay_chain = models.JSONField(
        default=list, blank=True, help_text="Ids of the relaying sources, closest first."
    )
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    stated_on = models.DateField(null=True, blank=True)

    class Meta(DocumentSpan.Meta):
        ordering = ["document", "start", "id"]
        constraints = [
            *DocumentSpan.Meta.constraints,
            models.UniqueConstraint(
                fields=["proposal", "document", "start", "end"],
                name="heldclaim_unique_span_per_proposal",
                violation_error_message="This claim already waits for that speaker.",
            ),
        ]
        indexes = [models.Index(fields=["document", "start"], name="heldclaim_document_idx")]

    def __str__(self) -> str:
        return f"{self.summary} (waiting for {self.proposal})"


# Structured accounts live in their own module; imported here so that the app registers them.
from .accounts.models import Casualties, ClaimAccount, Place, PlaceName  # noqa: E402, F401
