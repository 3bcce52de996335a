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
format's ``UNLABELLED`` label. Anything else is refused until mapped. ``"skip"`` leaves a file
label's spans out (a named-entity file's PERSON spans, or its CLAIM spans that mark claims the
desk has, which its relations pair: ``annotations.importing_relations``).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from types import ModuleType

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError

from sources.models import Document, Source
from sources.text import normalise_text, text_sha256

from .formats import FORMATS
from .formats.base import Files, NewLabel, Parsed, ParsedSpan, ParsedText, Problem, Where
from .importing_labels import CREATE, SKIP, LabelChoice, map_labels
from .importing_relations import PairPlan, plan_pairs
from .models import Annotation, FramingLabel


@dataclass(frozen=True)
class Options:
    """What the person importing chose."""

    publisher: str = ""  # a source's name; default: the one the format names for its corpus
    language: str = "en"
    label_map: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    skip_bad: bool = False
    # How the file counts offsets, for a format that cannot tell (doccano's ``OFFSETS``); ""
    # lets the format read code points and name every span the other count reads differently.
    offsets: str = ""

    def as_dict(self) -> dict:
        return {
            "publisher": self.publisher,
            "language": self.language,
            "label_map": {label: list(slugs) for label, slugs in self.label_map.items()},
            "skip_bad": self.skip_bad,
            "offsets": self.offsets,
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
class SpanPlan:
    key: str
    start: int
    end: int
    label: str  # a slug
    quote: str
    where: Where
    state: str = Annotation.State.ACCEPTED
    annotator: str = ""
    # (file, line), the first with the file's span id and, for a format naming labels by their
    # names, the file's label and the slug it was imported as: (file, line, id, label, slug).
    imported_from: tuple[tuple, ...] = ()
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
    pairs: list[PairPlan] = field(default_factory=list)  # claim pairs the relations make
    pairs_already_there: list[PairPlan] = field(default_factory=list)

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
            + len(self.pairs)
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


def parse(*, files: Files, format: str, options: Options) -> Parsed:
    """What ``files`` hold, read by ``format`` as the options say."""
    module = format_module(format)
    if not options.offsets:
        return module.parse(files)
    if options.offsets not in getattr(module, "OFFSETS", ()):
        choices = ", ".join(getattr(module, "OFFSETS", ())) or "none: its files say how they count"
        raise ValidationError({"offsets": f"The {format} format's offsets are {choices}."})
    return module.parse(files, offsets=options.offsets)


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
    missing = sorted(
        {s for slugs in options.label_map.values() for s in slugs} - {CREATE, SKIP, *labels}
    )
    if missing:
        raise ValidationError(
            {"label_map": [f"No label of the taxonomy has the slug “{slug}”." for slug in missing]}
        )
    publisher = _publisher(plan, parsed, options)
    any_publisher = getattr(module, "KEYS_BY_TEXT", False) and not options.publisher
    documents = _plan_documents(plan, parsed, publisher, any_publisher=any_publisher)
    choices = map_labels(plan, parsed, module, labels, options, actor)
    _plan_spans(plan, parsed, module, documents, choices)
    plan_pairs(plan, parsed, documents)
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
    plan: Preview, parsed: Parsed, publisher: Source | None, *, any_publisher: bool
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
    if (publisher is not None or any_publisher) and new_texts:
        # A tool's export of a text the desk has (sent out to be annotated there) comes back
        # to the same document, whoever published it: the earliest with that text, the
        # publisher's own first.
        hashes = {text_sha256(normalise_text(text.text)) for text in new_texts}
        same = Document.objects.filter(sha256__in=hashes, superseded_at__isnull=True)
        if not any_publisher:
            same = same.filter(publisher=publisher)
        fields = ("pk", "sha256", "text", "title", "external_id", "publisher_id")
        for document in same.order_by("pk").only(*fields):
            kept = by_text.get(document.sha256)
            own = publisher is not None and document.publisher_id == publisher.pk
            if kept is None or (own and kept.publisher_id != publisher.pk):
                by_text[document.sha256] = document
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
            "the same text from this publisher"
            if plan.publisher_id == existing.publisher_id
            else "the same text in the desk",
            link=not existing.external_id,
        )
    title = text.title or f"{plan.collection} {text.key}"
    return DocumentPlan(text.key, title, text.where, normalised, meta=dict(text.meta))


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
            ).values_list("document_id", "start", "end", "label__slug", "imported_annotator")
        )
    # A span without a label (SemEval's span identification) where an import gave the same
    # offsets a label is that span, identified: imported once, whichever file came first.
    labelled = {(document_id, start, end) for document_id, start, end, *_ in there}
    texts_refused = {text.key for text in parsed.texts if documents.get(text.key) is None}
    note_for = getattr(module, "note_for", lambda file_label: "")
    by_name = not getattr(module, "LABEL_FIELD", None)  # the format names labels by name
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
                first = imported_from[0]
                if by_name:  # the file's id for the span and its label: what an export writes
                    first = (*first, span.span_id, file_label, slug)
                elif span.span_id:
                    first = (*first, span.span_id)
                item = SpanPlan(
                    span.text_key,
                    span.start,
                    span.end,
                    slug,
                    quote,
                    span.where,
                    Annotation.State.SUGGESTED if span.suggested else Annotation.State.ACCEPTED,
                    span.annotator[:200],
                    (first, *imported_from[1:]),
                    note_for(file_label),
                )
                key = (span.text_key, span.start, span.end, slug, item.annotator)
                stored = (document.document_id, span.start, span.end, slug, item.annotator)
                identified = not span.labels and stored[:3] in labelled
                if key in seen or stored in there or identified:
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
