"""What an import of annotation files would do, before anything is written.

Any format's ``Parsed`` (``annotations.formats``) becomes a ``Preview``: the documents it creates
and the ones it finds, the spans it creates and the ones the desk has already, how each label
of the file maps onto the taxonomy, and every item it refuses, with its file and line and why.
Reads only, a fixed number of queries whatever the size of the files; the writes are
``annotations.importing_services``'.

A file label maps, in this order, onto: the labels the person importing gave for it
(``label_map``: a slug, a list of slugs, or ``"create"`` for a new label of that name); the
format's own table (SemEval-2020's classes); the label whose format name it is (SemEval-2023
names in ``semeval_code``); the label of that slug or name. A span without a label takes the
format's ``UNLABELLED`` label. Anything else is refused until mapped.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from types import ModuleType

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.utils.text import slugify

from desk.roles import is_editor
from sources.models import Document, Source
from sources.text import normalise_text, text_sha256

from .formats import FORMATS
from .formats.base import NewLabel, Parsed, ParsedSpan, ParsedText, Problem, Where
from .models import Annotation, FramingLabel

CREATE = "create"


@dataclass(frozen=True)
class Options:
    """What the person importing chose."""

    publisher: str = ""  # a source's name; default: the one the format names for its corpus
    language: str = "en"
    label_map: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    skip_bad: bool = False

    def as_dict(self) -> dict:
        return {
            "publisher": self.publisher,
            "language": self.language,
            "label_map": {label: list(slugs) for label, slugs in self.label_map.items()},
            "skip_bad": self.skip_bad,
        }


@dataclass(frozen=True)
class DocumentPlan:
    key: str
    title: str
    where: Where
    text: str
    document_id: int | None = None  # the desk's document it is, if it has it
    how: str = "new"  # or how it was found
    link: bool = False  # found by its text: record the collection's id on it
    meta: dict = field(default_factory=dict)  # what else the file says of it


@dataclass(frozen=True)
class LabelChoice:
    """How one label of the file maps onto the taxonomy."""

    file_label: str  # "" for spans without a label
    spans: int
    slugs: tuple[str, ...]
    names: tuple[str, ...]
    how: str
    problem: str = ""  # why its spans are refused


@dataclass(frozen=True)
class SpanPlan:
    key: str
    start: int
    end: int
    label: str  # a slug
    quote: str
    where: Where
    state: str = Annotation.State.ACCEPTED
    annotator: str = ""
    imported_from: tuple[tuple[str, int], ...] = ()
    note: str = ""


@dataclass
class Preview:
    format: str
    collection: str
    language: str
    skip_bad: bool
    publisher: str = ""
    publisher_id: int | None = None  # None: created by the import (if it creates documents)
    documents: list[DocumentPlan] = field(default_factory=list)
    spans: list[SpanPlan] = field(default_factory=list)  # to create
    already_there: list[SpanPlan] = field(default_factory=list)
    labels: list[LabelChoice] = field(default_factory=list)
    new_labels: list[NewLabel] = field(default_factory=list)
    refused: list[Problem] = field(default_factory=list)
    # What the files hold that is not imported, said without the files being wrong.
    notes: list[Problem] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    @property
    def new_documents(self) -> list[DocumentPlan]:
        return [plan for plan in self.documents if plan.document_id is None]

    @property
    def found_documents(self) -> list[DocumentPlan]:
        return [plan for plan in self.documents if plan.document_id is not None]

    @property
    def creates_publisher(self) -> bool:
        return self.publisher_id is None and bool(self.new_documents)

    @property
    def writable(self) -> bool:
        """Whether confirming it writes: nothing refused, or refused items to be skipped."""
        return not self.refused or self.skip_bad

    @property
    def total(self) -> int:
        """The items a write makes, for its progress."""
        return (
            len(self.new_documents)
            + len(self.spans)
            + len(self.new_labels)
            + self.creates_publisher
        )


def problems_as_dicts(problems: list[Problem]) -> list[dict]:
    return [{"file": p.where.file, "line": p.where.line, "message": p.message} for p in problems]


def format_module(name: str) -> ModuleType:
    try:
        return FORMATS[name]
    except KeyError:
        choices = ", ".join(sorted(FORMATS))
        raise ValidationError({"format": f"Unknown format “{name}”: one of {choices}."}) from None


def preview(
    *, parsed: Parsed, format: str, options: Options, actor: AbstractBaseUser | None
) -> Preview:
    """What importing ``parsed`` would do for ``actor`` (None: an administrator's command at
    the shell). A ValidationError when an option cannot be used (a publisher the desk does not
    have, a slug no label has)."""
    module = format_module(format)
    labels = {label.slug: label for label in FramingLabel.objects.all()}
    plan = Preview(
        format=format,
        collection=parsed.collection or format,
        language=options.language,
        skip_bad=options.skip_bad,
        refused=[problem for problem in parsed.problems if not problem.note],
        notes=[problem for problem in parsed.problems if problem.note],
        ignored=list(parsed.ignored),
    )
    missing = sorted({s for slugs in options.label_map.values() for s in slugs} - {CREATE, *labels})
    if missing:
        raise ValidationError(
            {"label_map": [f"No label of the taxonomy has the slug “{slug}”." for slug in missing]}
        )
    if parsed.relations:
        plan.notes.append(
            Problem(
                parsed.relations[0].where,
                f"{len(parsed.relations)} relations between spans are not imported: the desk "
                "keeps spans, not relations.",
                note=True,
            )
        )
    publisher = _publisher(plan, parsed, options)
    documents = _plan_documents(plan, parsed, publisher)
    choices = _map_labels(plan, parsed, module, labels, options, actor)
    _plan_spans(plan, parsed, module, documents, choices)
    return plan


# --- Documents ----------------------------------------------------------------------------------


def _publisher(plan: Preview, parsed: Parsed, options: Options) -> Source | None:
    name = options.publisher or parsed.publisher or f"{plan.collection} import"
    source = Source.objects.filter(name__iexact=name).first()
    if source is None and options.publisher:
        raise ValidationError({"publisher": f"No source is named “{options.publisher}”."})
    plan.publisher = source.name if source else name
    plan.publisher_id = source.pk if source else None
    return source


def _plan_documents(
    plan: Preview, parsed: Parsed, publisher: Source | None
) -> dict[str, DocumentPlan | None]:
    """Each text key → what it is (None: refused). Keys of spans without a text in the files
    are documents the desk has: by their id in the collection, else by their Parallax id."""
    texts: dict[str, ParsedText] = {}
    for text in parsed.texts:
        texts.setdefault(text.key, text)
    keys = set(texts) | {span.text_key for span in parsed.spans}
    found = {
        document.external_id: document
        for document in Document.objects.filter(
            external_collection=plan.collection, external_id__in=keys
        ).only("pk", "external_id", "text", "title")
    }
    bare = {
        int(key)
        for key in keys - set(texts) - set(found)
        if key.isascii() and key.isdigit() and int(key) < 2**63
    }
    by_id = {
        str(document.pk): document
        for document in Document.objects.filter(pk__in=bare).only("pk", "text", "title")
    }
    by_text = {}
    new_texts = [text for key, text in texts.items() if key not in found]
    if publisher is not None and new_texts:
        hashes = {text_sha256(normalise_text(text.text)) for text in new_texts}
        by_text = {
            document.sha256: document
            for document in Document.objects.filter(
                publisher=publisher, sha256__in=hashes, superseded_at__isnull=True
            ).only("pk", "sha256", "text", "title", "external_id")
        }
    documents: dict[str, DocumentPlan | None] = {}
    # The files' order: their texts, then the documents only their spans name.
    ordered = dict.fromkeys([*texts, *(span.text_key for span in parsed.spans)])
    for key in ordered:
        text = texts.get(key)
        if text is None:
            document = found.get(key) or by_id.get(key)
            documents[key] = document and DocumentPlan(
                key,
                document.title,
                Where("", 0),
                document.text,
                document.pk,
                "the collection's id" if key in found else "its Parallax id",
            )
        elif key in found:
            documents[key] = _found(plan, text, found[key], "the collection's id")
        else:
            documents[key] = _new(plan, text, by_text)
    plan.documents = [document for document in documents.values() if document is not None]
    return documents


def _found(plan: Preview, text: ParsedText, document: Document, how: str) -> DocumentPlan | None:
    if normalise_text(text.text) != document.text:
        plan.refused.append(
            Problem(
                text.where,
                f"{text.key} was imported before (document {document.pk}) with another text: "
                "its spans would not fall where this file says.",
            )
        )
        return None
    return DocumentPlan(text.key, document.title, text.where, document.text, document.pk, how)


def _new(plan: Preview, text: ParsedText, by_text: dict) -> DocumentPlan | None:
    normalised = normalise_text(text.text)
    limit = settings.PARALLAX_MAX_DOCUMENT_CHARS
    problem = ""
    if not normalised.strip():
        problem = "the text is empty."
    elif len(normalised) > limit:
        problem = f"the text has {len(normalised):,} characters; the limit is {limit:,}."
    elif normalised != text.text:
        at = next(
            (
                i
                for i, pair in enumerate(zip(normalised, text.text, strict=False))
                if len(set(pair)) > 1
            ),
            min(len(normalised), len(text.text)),
        )
        problem = (
            "the desk stores texts in Unicode NFC with \\n line ends, and this text changes "
            f"when normalised (from character {at}: carriage returns or decomposed "
            "characters), so the file's offsets would no longer fall on the same characters. "
            "Normalise the text and its offsets before importing it."
        )
    if problem:
        plan.refused.append(Problem(text.where, problem))
        return None
    existing = by_text.get(text_sha256(normalised))
    if existing is not None:
        return DocumentPlan(
            text.key,
            existing.title,
            text.where,
            existing.text,
            existing.pk,
            "the same text from this publisher",
            link=not existing.external_id,
        )
    title = text.title or f"{plan.collection} {text.key}"
    return DocumentPlan(text.key, title, text.where, normalised, meta=dict(text.meta))


# --- Labels -------------------------------------------------------------------------------------


def _map_labels(
    plan: Preview,
    parsed: Parsed,
    module: ModuleType,
    labels: dict[str, FramingLabel],
    options: Options,
    actor: AbstractBaseUser | None,
) -> dict[str, LabelChoice]:
    field_name = getattr(module, "LABEL_FIELD", None)
    table = getattr(module, "LABEL_TABLE", {})
    by_field = {
        getattr(label, field_name): label
        for label in labels.values()
        if field_name and getattr(label, field_name)
    }
    by_name = {label.name.casefold(): label for label in labels.values()}
    counts: dict[str, int] = {}
    for span in parsed.spans:
        for file_label in span.labels or ("",):
            counts[file_label] = counts.get(file_label, 0) + 1
    new_labels: dict[str, NewLabel] = {}
    choices = {}
    for file_label, count in sorted(counts.items()):
        found: list[FramingLabel | NewLabel] = []
        problem = ""
        if file_label in options.label_map:
            how = "your mapping"
            for slug in options.label_map[file_label]:
                found.append(_new_label(file_label, labels) if slug == CREATE else labels[slug])
        elif not file_label:
            unlabelled = getattr(module, "UNLABELLED", None)
            how = "spans without a label"
            if unlabelled is None:
                problem = "a span without a label: this format gives every span one."
            else:
                found.append(labels.get(unlabelled.slug, unlabelled))
        elif file_label in table:
            how = "the format's table"
            for code in table[file_label]:
                if code in by_field:
                    found.append(by_field[code])
                else:
                    problem = f"it maps onto {code}, which no label of the taxonomy has."
        elif file_label in by_field:
            how = f"the label's {field_name}"
            found.append(by_field[file_label])
        elif file_label in labels or file_label.casefold() in by_name:
            how = "the label's slug or name"
            found.append(labels.get(file_label) or by_name[file_label.casefold()])
        else:
            how = "unknown"
            word = getattr(module, "LABEL_WORD", "label")
            problem = f"unknown {word} “{file_label}”: map it onto a label of the taxonomy."
        retired = [
            label.name for label in found if isinstance(label, FramingLabel) and not label.is_active
        ]
        if retired and not problem:
            problem = f"the label “{retired[0]}” is retired."
        creates = [label for label in found if isinstance(label, NewLabel)]
        if creates and not problem and actor is not None and not is_editor(actor):
            problem = f"creating the label “{creates[0].name}” needs an editor."
        if not problem:
            new_labels.update((label.slug, label) for label in creates)
        choices[file_label] = LabelChoice(
            file_label,
            count,
            tuple(label.slug for label in found),
            tuple(label.name for label in found),
            how,
            problem,
        )
    plan.labels = list(choices.values())
    plan.new_labels = list(new_labels.values())
    return choices


def _new_label(file_label: str, labels: dict[str, FramingLabel]) -> FramingLabel | NewLabel:
    slug = slugify(file_label)[:120] or "imported-label"
    if slug in labels:
        return labels[slug]
    return NewLabel(slug=slug, name=file_label[:120], category=FramingLabel.Category.OTHER)


# --- Spans --------------------------------------------------------------------------------------


def _plan_spans(
    plan: Preview,
    parsed: Parsed,
    module: ModuleType,
    documents: dict[str, DocumentPlan | None],
    choices: dict[str, LabelChoice],
) -> None:
    known_ids = [p.document_id for p in documents.values() if p and p.document_id]
    there = set()
    if known_ids:
        there = set(
            Annotation.objects.filter(
                document_id__in=known_ids, origin=Annotation.Origin.IMPORT
            ).values_list("document_id", "start", "end", "label__slug")
        )
    texts_refused = {text.key for text in parsed.texts if documents.get(text.key) is None}
    note_for = getattr(module, "note_for", lambda file_label: "")
    seen = set()
    for span in parsed.spans:
        document = documents.get(span.text_key)
        problem = _span_problem(span, document, span.text_key in texts_refused, choices)
        if problem:
            plan.refused.append(Problem(span.where, problem))
            continue
        quote = document.text[span.start : span.end]
        imported_from = tuple(
            (PurePosixPath(where.file).name, where.line) for where in (span.where, *span.also_at)
        )
        for file_label in span.labels or ("",):
            for slug in choices[file_label].slugs:
                item = SpanPlan(
                    span.text_key,
                    span.start,
                    span.end,
                    slug,
                    quote,
                    span.where,
                    Annotation.State.SUGGESTED if span.suggested else Annotation.State.ACCEPTED,
                    span.annotator[:200],
                    imported_from,
                    note_for(file_label),
                )
                key = (span.text_key, span.start, span.end, slug)
                stored = (document.document_id, span.start, span.end, slug)
                if key in seen or stored in there:
                    plan.already_there.append(item)
                else:
                    seen.add(key)
                    plan.spans.append(item)


def _span_problem(
    span: ParsedSpan,
    document: DocumentPlan | None,
    text_refused: bool,
    choices: dict[str, LabelChoice],
) -> str:
    if document is None:
        if text_refused:
            return f"its text ({span.text_key}) is refused."
        return f"no text {span.text_key} in the files, and no document with this id in the desk."
    length = len(document.text)
    if span.start >= length:
        return f"the span starts at {span.start}, past the end of the text ({length} characters)."
    if span.end > length:
        return f"the span ends at {span.end}, after the text's {length} characters."
    if (
        span.quoted is not None
        and normalise_text(span.quoted) != document.text[span.start : span.end]
    ):
        return (
            f"the file says the span reads {span.quoted!r}, but the text at "
            f"{span.start}–{span.end} reads {document.text[span.start : span.end]!r}."
        )
    for file_label in span.labels or ("",):
        if choices[file_label].problem:
            return choices[file_label].problem
    return ""
