"""What reprint detection and document versions store beside the documents themselves."""

from django.db import models

from .models import Document, DocumentSpan


class DocumentBand(models.Model):
    """One band of a document's MinHash (sources.fingerprints): documents sharing a band value
    are compared as possible reprints of one story."""

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="bands", db_index=False
    )
    band = models.PositiveSmallIntegerField()
    value = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["document", "band"], name="documentband_unique_band")
        ]
        indexes = [models.Index(fields=["band", "value"], name="documentband_lookup_idx")]

    def __str__(self) -> str:
        return f"band {self.band} of document #{self.document_id}"


class SpanPlacement(models.Model):
    """Where a new version of a document placed a claim or a framing span of the version before:
    the old anchor, the new one (none for an orphan) and how it was found."""

    version = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="placements")
    # The span's model ("claims.claim", "annotations.annotation", …) and id: sources cannot
    # name the apps above it.
    span_model = models.CharField(max_length=100)
    span_id = models.PositiveBigIntegerField()
    state = models.CharField(max_length=8, choices=DocumentSpan.AnchorState.choices)
    old_document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="+")
    old_start = models.PositiveIntegerField()
    old_end = models.PositiveIntegerField()
    old_quote = models.TextField()
    new_start = models.PositiveIntegerField(null=True, blank=True)
    new_end = models.PositiveIntegerField(null=True, blank=True)
    new_quote = models.TextField(blank=True)
    score = models.FloatField(help_text="How alike the new quote is to the old, 0–100.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "span placed on a new version"
        constraints = [
            models.UniqueConstraint(
                fields=["version", "span_model", "span_id"], name="spanplacement_unique_span"
            ),
            models.CheckConstraint(
                condition=models.Q(state__in=["exact", "moved", "changed", "orphan"]),
                name="spanplacement_state_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(state="orphan", new_start__isnull=True)
                | (~models.Q(state="orphan") & models.Q(new_start__isnull=False)),
                name="spanplacement_orphan_has_no_anchor",
            ),
        ]
        indexes = [models.Index(fields=["span_model", "span_id"], name="spanplacement_span_idx")]

    def __str__(self) -> str:
        return f"{self.span_model} #{self.span_id}: {self.get_state_display()}"
