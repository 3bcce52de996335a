from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import Exact

from desk.models import Authored

from .text import normalise_text, text_sha256, validate_span

iso_country_validator = RegexValidator(
    r"^[A-Z]{2}$", "Use the two-letter ISO 3166-1 code in capitals, such as AZ or AM."
)
# Any case: a tag is case-insensitive, and the services store it as ``language_tag`` writes it.
language_validator = RegexValidator(
    r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    "Use a BCP 47 language tag such as en, ru, hy or az-Latn.",
)


class Source(models.Model):
    """Anyone who asserts or relays: a ministry, an official, an agency, an outlet."""

    class Kind(models.TextChoices):
        MINISTRY = "ministry", "Ministry"
        OFFICIAL = "official", "Official (person)"
        MILITARY = "military", "Military"
        GOVERNMENT_BODY = "government_body", "Government body"
        NEWS_AGENCY = "news_agency", "News agency"
        OUTLET = "outlet", "Outlet"
        INTERNATIONAL_BODY = "international_body", "International body"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(max_length=60, blank=True)
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.OTHER)
    country = models.CharField(
        max_length=2,
        blank=True,
        validators=[iso_country_validator],
        help_text="ISO 3166-1 alpha-2 code; blank for international bodies.",
    )
    state_affiliated = models.BooleanField(default=False)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="The body this source speaks for, e.g. a spokesman's ministry.",
    )
    description = models.TextField(blank=True)
    url = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    retired_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Set instead of deleting it, once records (history, verdicts, reviews, "
        "claims or documents) depend on it.",
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("pk")), name="source_not_own_parent"
            ),
            models.CheckConstraint(
                condition=models.Q(country="") | models.Q(country__regex=r"^[A-Z]{2}$"),
                name="source_country_iso_alpha2",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    def clean(self) -> None:
        ancestor = self.parent
        while ancestor is not None:
            if self.pk and ancestor.pk == self.pk:
                raise ValidationError({"parent": "A source cannot be its own ancestor."})
            ancestor = ancestor.parent


def alias_key(alias: str) -> str:
    """How aliases are compared: Unicode case folding with runs of white space collapsed.

    Python's casefold handles every script (SQLite's LOWER only folds ASCII), so the key is
    computed here and the database keeps it unique.
    """
    return " ".join(alias.split()).casefold()


class SourceAlias(models.Model):
    """Another name a source goes by ("Baku", "Azerbaijan's defence ministry")."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200)
    key = models.CharField(max_length=200, editable=False)

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "source aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["key"],
                name="sourcealias_unique_key",
                violation_error_message="This alias already belongs to a source (aliases are "
                "compared without regard to case).",
            ),
            models.CheckConstraint(condition=~models.Q(key=""), name="sourcealias_not_empty"),
        ]

    def __str__(self) -> str:
        return self.alias

    def save(self, *args, **kwargs) -> None:
        self.key = alias_key(self.alias)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        self.alias = " ".join(self.alias.split())
        self.key = alias_key(self.alias)


class Document(Authored):
    """A published text. Its text is normalised once and frozen as soon as spans point into it."""

    title = models.CharField(max_length=500)
    url = models.URLField(max_length=1000, blank=True)
    # Where a document fetched from the web lives, as its page names itself (its canonical
    # link) or else the address it was served from: one document per such address.
    canonical_url = models.URLField(max_length=1000, blank=True, editable=False)
    publisher = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="documents")
    published_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(
        max_length=35,
        blank=True,
        validators=[language_validator],
        help_text="A BCP 47 tag such as en, ru, az or hy. Left empty, it is read from the text; "
        "a wrong one is corrected when the text is clearly in another language.",
    )
    # What the person or program that added the document said its language was ("" for
    # nothing): where it differs from ``language``, the language was detected.
    language_given = models.CharField(max_length=35, blank=True, editable=False)
    text = models.TextField()
    sha256 = models.CharField(max_length=64, editable=False, db_index=True)
    # Where a document imported from a corpus or another tool came from: that collection's own
    # id for it, so that importing the same files again finds it instead of adding a copy.
    external_collection = models.CharField(
        max_length=100,
        blank=True,
        editable=False,
        help_text="The corpus or tool the document was imported from, e.g. semeval2020-ptc.",
    )
    external_id = models.CharField(
        max_length=200,
        blank=True,
        editable=False,
        help_text="The document's id in that corpus or tool (an article id, a task id).",
    )
    # What else that file said of the document (a doccano line's other keys, a Label Studio
    # task's data), kept as it was so that an export writes it back.
    external_meta = models.JSONField(default=dict, blank=True, editable=False)
    retired_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Set instead of deleting it, once records (history, verdicts, reviews, "
        "claims or documents) depend on it.",
    )
    # Versions (sources.versioning): an outlet edited the story, so its new text is a new row
    # and the old one stays as it was, for the verdicts published on it. One successor each.
    previous_version = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="next_version",
        editable=False,
    )
    version = models.PositiveIntegerField(default=1, db_default=1, editable=False)
    superseded_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When a newer version replaced it."
    )
    # Reprints (sources.reprints): the earliest text of a story that other publishers carried
    # too. Extraction, framing suggestions, candidates and profiles count the original only.
    reprint_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reprints",
        editable=False,
    )
    reprint_similarity = models.FloatField(
        null=True,
        blank=True,
        editable=False,
        help_text="The share of word runs it has in common with the original.",
    )

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(
                fields=["reprint_of"],
                condition=models.Q(reprint_of__isnull=False),
                name="document_reprint_of_idx",
            )
        ]
        constraints = [
            models.CheckConstraint(condition=~models.Q(text=""), name="document_text_not_empty"),
            models.CheckConstraint(
                condition=models.Q(version=1, previous_version__isnull=True)
                | models.Q(version__gt=1, previous_version__isnull=False),
                name="document_version_numbering",
            ),
            models.CheckConstraint(
                condition=~models.Q(reprint_of=models.F("pk")), name="document_not_own_reprint"
            ),
            models.UniqueConstraint(
                fields=["publisher", "sha256"],
                # An edit may bring back an earlier version's text.
                condition=models.Q(superseded_at__isnull=True),
                name="document_unique_text_per_publisher",
                violation_error_message="This publisher already has a document with exactly "
                "this text.",
            ),
            models.UniqueConstraint(
                fields=["external_collection", "external_id"],
                condition=~models.Q(external_id=""),
                name="document_unique_external_id",
                violation_error_message="A document with this id in this collection was "
                "already imported.",
            ),
            models.CheckConstraint(
                condition=models.Q(external_id="") | ~models.Q(external_collection=""),
                name="document_external_id_has_collection",
            ),
            models.UniqueConstraint(
                fields=["canonical_url"],
                condition=~models.Q(canonical_url=""),
                name="document_unique_canonical_url",
                violation_error_message="A document was already fetched from this address.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.text is None:
            return
        self.text = normalise_text(self.text)
        if not self.text.strip():
            raise ValidationError({"text": "A document needs some text."})
        limit = settings.PARALLAX_MAX_DOCUMENT_CHARS
        if len(self.text) > limit:
            raise ValidationError(
                {"text": f"The text has {len(self.text):,} characters; the limit is {limit:,}."}
            )
        self.sha256 = text_sha256(self.text)
        if self.pk:
            stored = Document.objects.filter(pk=self.pk).values_list("sha256", flat=True).first()
            if stored is not None and stored != self.sha256 and self.superseded_at is not None:
                raise ValidationError(
                    {"text": "An earlier version's text never changes: edit the current one."}
                )
            if stored is not None and stored != self.sha256 and self.has_spans():
                raise ValidationError(
                    {
                        "text": "The text cannot change: claims or framing annotations point "
                        "into it. Make a new version of it instead (New version)."
                    }
                )

    @property
    def is_current(self) -> bool:
        return self.superseded_at is None

    def has_spans(self) -> bool:
        """Whether any span (a claim, a framing annotation) points into this document's text."""
        return any(
            related.related_model.objects.filter(**{related.field.name: self}).exists()
            for related in self._meta.related_objects
            if issubclass(related.related_model, DocumentSpan)
        )


class DocumentSpan(models.Model):
    """A stretch of a document's text, in code points: the base of claims and annotations.

    The database guarantees ``0 <= start < end`` and that the quote has the span's length;
    ``clean`` checks the quote against the text itself.
    """

    # No index of its own: each span model leads a composite index or unique constraint with
    # the document, which serves the same lookups, and a second index only slows writes.
    document = models.ForeignKey(
        Document, on_delete=models.PROTECT, related_name="%(class)ss", db_index=False
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField(blank=True)

    class AnchorState(models.TextChoices):
        EXACT = "exact", "Found with its context"
        MOVED = "moved", "Found, its context changed"
        CHANGED = "changed", "Quote changed by a new version"
        ORPHAN = "orphan", "Orphaned: not found in the new version"

    # How the last new version of its document placed it (sources.versioning); empty while
    # its document has had no new version.
    # A database default too: lexicon runs insert their rows with SQL of their own.
    anchor_state = models.CharField(
        max_length=8,
        blank=True,
        default="",
        db_default="",
        choices=AnchorState.choices,
        editable=False,
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")),
                name="%(app_label)s_%(class)s_end_after_start",
            ),
            models.CheckConstraint(
                condition=Exact(Length("quote"), models.F("end") - models.F("start")),
                name="%(app_label)s_%(class)s_quote_length_matches_span",
            ),
        ]

    def clean(self) -> None:
        if self.document_id is None:
            return
        if not self.quote and self.start is not None and self.end is not None:
            self.quote = self.document.text[self.start : self.end]
        # The stored text is NFC; a quote a client sent decomposed means the same characters.
        self.quote = normalise_text(self.quote)
        errors = validate_span(self.document.text, self.start, self.end, self.quote)
        if errors:
            raise ValidationError(errors)
        if self._state.adding and self.document.superseded_at is not None:
            raise ValidationError(
                "This document has a newer version: mark the span on the current version."
            )


class SourceProposal(models.Model):
    """A speaker or relay that claim extraction found in a text but the desk does not know.

    Extraction never creates sources. It records the name here, with the documents it was
    found in, for an editor to confirm as a new source (or as another name of a known one), or
    to reject; once confirmed, the documents are extracted again.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Waiting for an editor"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, editable=False)
    state = models.CharField(max_length=16, choices=State.choices, default=State.PENDING)
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
        help_text="The source it was confirmed as.",
    )
    documents = models.ManyToManyField(Document, related_name="source_proposals", blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["state", "-created_at", "-id"]
        verbose_name = "proposed source"
        constraints = [
            models.UniqueConstraint(fields=["key"], name="sourceproposal_unique_key"),
            models.CheckConstraint(condition=~models.Q(key=""), name="sourceproposal_not_empty"),
            models.CheckConstraint(
                condition=models.Q(state__in=["pending", "confirmed", "rejected"]),
                name="sourceproposal_state_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class DocumentTaskRun(models.Model):
    """The last run of a background task on a document: claim extraction or lexicon
    suggestions. One row per document and kind, rewritten by every run, so that a document
    whose run failed, and why, can be found and run again."""

    class Kind(models.TextChoices):
        CLAIM_EXTRACTION = "claim_extraction", "Claim extraction"
        LEXICON_SUGGESTIONS = "lexicon_suggestions", "Lexicon suggestions"

    class State(models.TextChoices):
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    # Lookups by document use the (document, kind) unique index.
    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="task_runs", db_index=False
    )
    kind = models.CharField(max_length=32, choices=Kind.choices)
    state = models.CharField(max_length=16, choices=State.choices)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    added = models.PositiveIntegerField(
        null=True, blank=True, help_text="What the run added: suggested claims or framing spans."
    )
    error = models.TextField(blank=True, help_text="Why the run failed.")

    class Meta:
        ordering = ["document", "kind"]
        verbose_name = "background run"
        constraints = [
            models.UniqueConstraint(
                fields=["document", "kind"], name="documenttaskrun_unique_kind"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=["claim_extraction", "lexicon_suggestions"]),
                name="documenttaskrun_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(state__in=["running", "done", "failed"]),
                name="documenttaskrun_state_valid",
            ),
        ]
        indexes = [
            # The documents whose last run failed, for the list filter and the retry command.
            models.Index(
                fields=["kind", "state"],
                condition=~models.Q(state="done"),
                name="documenttaskrun_unfinished_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.get_state_display().lower()}"


# The bands of reprint detection and the record of re-anchoring live in their own module;
# imported here so that the app registers them.
# The models of fetching by address and from feeds live beside these (sources.ingest_models).
from .ingest_models import Feed, FeedPoll, Snapshot, SourceDomain  # noqa: E402, F401
from .version_models import DocumentBand, SpanPlacement  # noqa: E402, F401
