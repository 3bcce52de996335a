from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower

from sources.models import DocumentSpan, language_validator


class FramingLabel(models.Model):
    """One label of the framing taxonomy: a SemEval persuasion technique or a conflict frame."""

    class Category(models.TextChoices):
        # The six categories of SemEval-2023 Task 3 (subtask 3).
        ATTACK_ON_REPUTATION = "attack_on_reputation", "Attack on reputation"
        JUSTIFICATION = "justification", "Justification"
        SIMPLIFICATION = "simplification", "Simplification"
        DISTRACTION = "distraction", "Distraction"
        CALL = "call", "Call"
        MANIPULATIVE_WORDING = "manipulative_wording", "Manipulative wording"
        # Conflict framing.
        TERRITORIAL_LEGITIMACY = "territorial_legitimacy", "Territorial legitimacy"
        BLAME_ATTRIBUTION = "blame_attribution", "Blame attribution"
        EUPHEMISM = "euphemism", "Euphemism"
        OTHERING = "othering", "Othering"
        ALIGNMENT = "alignment", "Alignment labelling"
        # Labels an import brings that fit none of the above: a corpus's spans whose technique
        # it does not give, another tool's own labels.
        OTHER = "other", "Other"

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    category = models.CharField(max_length=32, choices=Category.choices)
    description = models.TextField(blank=True)
    semeval_code = models.CharField(
        max_length=80,
        blank=True,
        help_text="The technique's name in SemEval span files, e.g. Loaded_Language.",
    )
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["category", "position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["semeval_code"],
                condition=~Q(semeval_code=""),
                name="framinglabel_unique_semeval_code",
            )
        ]

    def __str__(self) -> str:
        return self.name


class LexiconEntry(models.Model):
    """A term or phrase that suggests a framing label when it appears in a text."""

    term = models.CharField(max_length=200)
    label = models.ForeignKey(FramingLabel, on_delete=models.PROTECT, related_name="lexicon")
    language = models.CharField(max_length=35, default="en", validators=[language_validator])
    whole_word = models.BooleanField(
        default=True,
        help_text="Match only at word boundaries (\u201coccupied\u201d not in "
        "\u201cpreoccupied\u201d).",
    )
    case_sensitive = models.BooleanField(default=False)
    inflects = models.BooleanField(
        default=False,
        help_text="The term (each word of a phrase) is a stem: match it with any ending of the "
        "language (\u201cоккупирован\u201d finds \u201cоккупированных\u201d).",
    )
    is_active = models.BooleanField(default=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["language", "term"]
        verbose_name_plural = "lexicon entries"
        constraints = [
            models.UniqueConstraint(
                Lower("term"),
                "language",
                "label",
                name="lexiconentry_unique_term_ci",
                violation_error_message="This term is already in the lexicon for this label "
                "and language.",
            ),
            models.CheckConstraint(condition=~Q(term=""), name="lexiconentry_term_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.term} → {self.label}"


class LexiconVersion(models.Model):
    """One row (id 1) whose token database triggers replace, in the writing transaction, at
    every statement that writes lexicon entries or framing labels: QuerySet.update(), bulk and
    raw writes too (``annotations.lexicon_triggers``). The lexicon's automata are kept per token
    (``annotations.lexicon``), so a scan learns that they are current from one primary-key read
    instead of reading every entry.

    The token is random, not a counter: a counter's value can come back after a rollback,
    for another lexicon. For the same reason any write of the row itself (``loaddata`` of a
    backup, a migration run again) gets a fresh token, never the one it was given. Statements
    writing the lexicon in two transactions at once wait for each other on this row."""

    ROW = 1

    token = models.CharField(max_length=64)

    def __str__(self) -> str:
        return self.token


class Annotation(DocumentSpan):
    """A framing span on a document. Overlapping spans are allowed."""

    class Origin(models.TextChoices):
        MANUAL = "manual", "Manual"
        LEXICON = "lexicon", "Lexicon"
        IMPORT = "import", "Import"

    class State(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    prefix = models.CharField(max_length=64, blank=True)
    suffix = models.CharField(max_length=64, blank=True)
    # Lookups by label use annotation_label_state_idx (label, state).
    label = models.ForeignKey(
        FramingLabel, on_delete=models.PROTECT, related_name="annotations", db_index=False
    )
    annotator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="framing_annotations",
    )
    origin = models.CharField(max_length=16, choices=Origin.choices, default=Origin.MANUAL)
    state = models.CharField(max_length=16, choices=State.choices, default=State.ACCEPTED)
    lexicon_entry = models.ForeignKey(
        LexiconEntry, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(blank=True)
    # An imported span's annotator as the file names them. Never a desk account, even one with
    # that name: ``annotator`` means a desk member made the span here by hand (agreement counts
    # it, only they delete it), and a name in another tool's file is that tool's account.
    imported_annotator = models.CharField(max_length=200, blank=True)
    # Where an imported span stood in the files it came from, as [[file name, line], ...]
    # (SemEval: its technique file's line and its span file's line), so that an export writes
    # the spans back in the order and the files they came in.
    imported_from = models.JSONField(default=list, blank=True)
    # Who accepted or rejected a suggestion, and when (empty for spans never suggested). No
    # index: nothing looks spans up by reviewer, and lexicon runs insert thousands of rows.
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta(DocumentSpan.Meta):
        ordering = ["document", "start", "end", "id"]
        constraints = [
            *DocumentSpan.Meta.constraints,
            # Reruns of lexicon pre-annotation must not duplicate suggestions.
            models.UniqueConstraint(
                fields=["document", "start", "end", "label"],
                condition=Q(origin="lexicon"),
                name="annotation_unique_lexicon_span",
            ),
            # Imports of the same file, one after the other or at the same moment, add a span
            # once; the same span by two of a tool's annotators (or two models' predictions)
            # is two, as the tool had it (counting takes it once: ``annotations.counting``).
            models.UniqueConstraint(
                fields=["document", "start", "end", "label", "imported_annotator"],
                condition=Q(origin="import"),
                name="annotation_unique_import_span",
            ),
            models.UniqueConstraint(
                fields=["document", "start", "end", "label", "annotator"],
                condition=Q(annotator__isnull=False),
                name="annotation_unique_span_per_annotator",
                violation_error_message="You have already given this span this label.",
            ),
            models.CheckConstraint(
                condition=Q(origin__in=["manual", "lexicon", "import"]),
                name="annotation_origin_valid",
            ),
            models.CheckConstraint(
                condition=Q(state__in=["suggested", "accepted", "rejected"]),
                name="annotation_state_valid",
            ),
            models.CheckConstraint(
                condition=~Q(origin="manual") | Q(annotator__isnull=False),
                name="annotation_manual_has_annotator",
            ),
        ]
        indexes = [
            models.Index(fields=["document", "state"], name="annotation_doc_state_idx"),
            models.Index(fields=["label", "state"], name="annotation_label_state_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.quote[:60]}"


class ImportRun(models.Model):
    """An import of annotation files: what was uploaded and asked, then its progress and report.

    Uploaded files wait here (``ImportRunFile``) between the preview and the confirmation, and
    for the worker that writes them; they are dropped once the run has finished.
    """

    class State(models.TextChoices):
        PREVIEWED = "previewed", "Previewed, waiting for confirmation"
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    format = models.CharField(max_length=32)
    options = models.JSONField(
        default=dict,
        blank=True,
        help_text="publisher, language, label_map (file label → label slugs or “create”), "
        "skip_bad.",
    )
    state = models.CharField(max_length=16, choices=State.choices, default=State.PREVIEWED)
    total = models.PositiveIntegerField(default=0, help_text="Items to write.")
    done = models.PositiveIntegerField(default=0, help_text="Items written.")
    report = models.JSONField(
        default=dict, blank=True, help_text="What was created, already there and skipped."
    )
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "annotation import"
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["previewed", "queued", "running", "done", "failed"]),
                name="importrun_state_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.format} import #{self.pk} ({self.get_state_display().lower()})"


class ImportRunFile(models.Model):
    """One uploaded file of an import, kept until the import has run."""

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=500)
    content = models.BinaryField()

    class Meta:
        ordering = ["run", "id"]

    def __str__(self) -> str:
        return self.name
