"""The shapes a format's ``parse`` gives and its ``render`` takes.

Offsets are code points into the text, as everywhere in Parallax. ``line`` is where an item
came from, for messages a person can act on: the 1-based line of a line-based file, or the
1-based position of an item in a JSON list; ``file`` names the file when a format reads several.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

# What ``parse`` reads: each file's content by its name (a path relative to the folder the
# files came from, or the bare name of a single file).
Files = Mapping[str, bytes]


@dataclass(frozen=True)
class Where:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}" if self.file else f"line {self.line}"


@dataclass(frozen=True)
class Problem:
    """An item of the file that cannot be imported, and why, in words.

    ``note`` marks what the file holds that is not Parallax's to import (a Label Studio choice
    or text area, a cancelled annotation): said, so that nothing is dropped unseen, without the
    rest of the file being wrong.
    """

    where: Where
    message: str
    note: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class ParsedText:
    """A text the file brings: a corpus article, a doccano line's text, a Label Studio task.

    ``key`` is the file's own id for it (the article id, the task id, or the line number when
    the file gives none), kept on the document as its external id.
    """

    key: str
    text: str
    where: Where
    title: str = ""
    meta: dict = field(default_factory=dict)  # what else the file says of it, kept as it was


@dataclass(frozen=True)
class ParsedSpan:
    """A labelled span of a text. ``labels`` is empty for a span without a label (SemEval's span
    identification), and may hold several (Label Studio's ``labels``, SemEval-2020's merged
    classes are one label with commas)."""

    text_key: str
    start: int
    end: int
    labels: tuple[str, ...]
    where: Where
    quoted: str | None = None  # what the file says the span reads (Label Studio's value.text)
    annotator: str = ""  # who made it, as the file names them
    suggested: bool = False  # a prediction rather than a person's annotation
    span_id: str = ""  # the file's id for it, which relations refer to
    # Other places in the files that give this same span (SemEval: the span identification
    # file's line for a span the technique file also gives), kept with it for exports.
    also_at: tuple[Where, ...] = ()


@dataclass(frozen=True)
class ParsedRelation:
    """A relation between two spans of one text (doccano's relations, Label Studio's relation
    results)."""

    text_key: str
    from_id: str
    to_id: str
    kind: str
    where: Where
    relation_id: str = ""  # the file's id for it, when it gives one (doccano's exports do)


@dataclass
class Parsed:
    texts: list[ParsedText] = field(default_factory=list)
    spans: list[ParsedSpan] = field(default_factory=list)
    relations: list[ParsedRelation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # The corpus or tool the texts' keys belong to, kept as their documents'
    # ``external_collection`` (e.g. ``semeval2020-ptc``), when the files say which it is.
    collection: str = ""
    # The name of the source their documents are published by when the import names none.
    publisher: str = ""
    # Files given that the format does not read (a folder's README), named in the preview.
    ignored: list[str] = field(default_factory=list)

    def labels(self) -> set[str]:
        return {label for span in self.spans for label in span.labels}


@dataclass(frozen=True)
class ExportedSpan:
    start: int
    end: int
    labels: tuple[str, ...]  # in the format's own names
    quote: str
    annotator: str = ""
    suggested: bool = False
    span_id: str = ""
    # Where an imported span stood in its files (``ParsedSpan.where`` and ``also_at``), so that
    # a format can write it back in the same file and order; empty for spans made in Parallax.
    at: tuple[Where, ...] = ()


@dataclass(frozen=True)
class ExportedRelation:
    from_id: str
    to_id: str
    kind: str
    relation_id: str = ""


@dataclass(frozen=True)
class Exported:
    """A document to write: its external id if it came from a file (else its Parallax id)."""

    key: str
    text: str
    title: str
    spans: tuple[ExportedSpan, ...]
    relations: tuple[ExportedRelation, ...] = ()
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class NewLabel:
    """A label of the taxonomy a format needs and an import creates when the desk lacks it
    (SemEval's spans without a technique)."""

    slug: str
    name: str
    category: str
    description: str = ""
