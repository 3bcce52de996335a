"""SemEval propaganda-technique corpora: SemEval-2020 Task 11 (the PTC) and SemEval-2023 Task 3.

A corpus folder holds one text per article, ``article<ID>.txt`` (the title on the first line),
and tab-separated span files, offsets in code points of that text, end exclusive:

- technique classification, 4 columns ``<ID> <technique> <start> <end>``: 2020's
  ``article<ID>.task2-TC.labels`` (``article<ID>.labels-task-TC`` in the organisers' tools),
  2023's ``article<ID>-labels-subtask-3.txt``, or one file for many articles;
- span identification (2020 only), 3 columns ``<ID> <start> <end>``:
  ``article<ID>.task1-SI.labels`` (``article<ID>.task-SI.labels``).

Parallax's own exports before corpora could be imported are the same 4-column files with
Parallax document ids as article ids: a span file given without its articles refers to
documents the desk has (by the corpus id they were imported with, or else by their id).

**Techniques.** The taxonomy holds the 2023 techniques, named in ``FramingLabel.semeval_code``;
a 2023 name finds its label there. The 2020 names are mapped onto 2023 names by
``SEMEVAL_2020`` below, kept as data. Three of them are classes the organisers merged from
techniques too rare to keep apart (``Bandwagon,Reductio_ad_hitlerum``,
``Whataboutism,Straw_Men,Red_Herring``; ``Exaggeration,Minimisation`` and
``Name_Calling,Labeling`` are single techniques with two names). A merged class maps onto every
2023 technique it merged, so that one 2020 span becomes one annotation per technique, each
noted as coming from the merged class. We chose that over a label of its own for each merged
class: the desk keeps one taxonomy (profiles, the lexicon, agreement and the 2023 export all
see these spans), and ``Bandwagon,Reductio_ad_hitlerum`` merged techniques of two categories,
so no one label could have placed it. The cost is that the spans claim each technique where
the 2020 annotator chose one of them without saying which; the note says so, and a 2020 export
writes the class back once. Span identification lines that no technique line of the same
article gives (same offsets) are spans without a technique: they take the label ``propaganda``
(category Other), created by the import if the taxonomy lacks it.

**Export** (``render``) writes per article its text, its technique file and, for 2020, its span
identification file, named as published. Imported spans come back in the files and order they
came in (their lines are kept on the annotations); spans made in the desk follow, by offset.
A 2020 export writes a merged class once, and leaves out 2023 techniques with no 2020 class;
its span file lists the identified spans as imported, then the desk's spans whose offsets it
lacks. A 2023 export has no span identification file, and leaves out spans without technique.
"""

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import PurePosixPath

from .base import (
    Exported,
    ExportedSpan,
    Files,
    NewLabel,
    Parsed,
    ParsedSpan,
    ParsedText,
    Problem,
    Where,
)

TITLE = "SemEval span files (2020 Task 11, 2023 Task 3)"
EXTENSIONS = (".txt", ".labels", ".tsv")

COLLECTION_2020 = "semeval2020-ptc"
COLLECTION_2023 = "semeval2023-task3"
COLLECTIONS = {COLLECTION_2020: "2020", COLLECTION_2023: "2023"}
PUBLISHERS = {
    COLLECTION_2020: "SemEval-2020 Task 11 PTC corpus",
    COLLECTION_2023: "SemEval-2023 Task 3 corpus",
}
EDITIONS = ("2020", "2023")

# Labels are found by their SemEval-2023 name in this field of the taxonomy.
LABEL_FIELD = "semeval_code"
LABEL_WORD = "technique"

# The 14 technique classes of SemEval-2020 Task 11 (tools/data/propaganda-techniques-names-
# semeval2020task11.txt) → the SemEval-2023 techniques they cover.
SEMEVAL_2020 = {
    "Appeal_to_Authority": ("Appeal_to_Authority",),
    "Appeal_to_fear-prejudice": ("Appeal_to_Fear-Prejudice",),
    "Bandwagon,Reductio_ad_hitlerum": ("Appeal_to_Popularity", "Guilt_by_Association"),
    "Black-and-White_Fallacy": ("False_Dilemma-No_Choice",),
    "Causal_Oversimplification": ("Causal_Oversimplification",),
    "Doubt": ("Doubt",),
    "Exaggeration,Minimisation": ("Exaggeration-Minimisation",),
    "Flag-Waving": ("Flag_Waving",),
    "Loaded_Language": ("Loaded_Language",),
    "Name_Calling,Labeling": ("Name_Calling-Labeling",),
    "Repetition": ("Repetition",),
    "Slogans": ("Slogans",),
    "Thought-terminating_Cliches": ("Conversation_Killer",),
    "Whataboutism,Straw_Men,Red_Herring": ("Whataboutism", "Straw_Man", "Red_Herring"),
}
# Names of the corpus before the 2020 merges (its first release, 18 techniques), read too.
SEMEVAL_2019 = {
    "Bandwagon": ("Appeal_to_Popularity",),
    "Reductio_ad_hitlerum": ("Guilt_by_Association",),
    "Straw_Men": ("Straw_Man",),
    "Obfuscation,Intentional_Vagueness,Confusion": ("Obfuscation-Vagueness-Confusion",),
}
# File label → SemEval-2023 names, for the import's label mapping.
LABEL_TABLE = {**SEMEVAL_2019, **SEMEVAL_2020}
MERGED_2020 = {name for name, codes in SEMEVAL_2020.items() if len(codes) > 1}
# A 2023 technique → the 2020 class it is written as; those missing have none.
TO_2020 = {code: name for name, codes in SEMEVAL_2020.items() for code in codes}

# Spans of a span identification file that no technique line gives.
UNLABELLED = NewLabel(
    slug="propaganda",
    name="Propaganda, technique not given",
    category="other",
    description="A span a corpus marks as propaganda without saying which technique it uses "
    "(SemEval-2020 span identification).",
)

ARTICLE = re.compile(r"^article(\d+)\.txt$")
TC_2020 = re.compile(r"^article(\d+)\.(?:task2-TC\.labels|labels-task-TC)$")
SI_2020 = re.compile(r"^article(\d+)\.(?:task1-SI\.labels|task-SI\.labels)$")
TC_2023 = re.compile(r"^article(\d+)-labels-subtask-3\.txt$")
# Files of all articles at once, as the organisers also published them.
SI_ANY = re.compile(r"(?:^|[-_.])(?:task1?-)?SI(?:[-_.]|$)")
SPAN_NAME = re.compile(r"\.(?:labels|tsv)$|-TC$|-SI$|-labels-subtask-3\.txt$")
DIGITS = re.compile(r"^[0-9]{1,19}$")


def note_for(file_label: str) -> str:
    """What an annotation made from ``file_label`` says of its origin, when the label is a
    merged class: the annotator chose one of its techniques, not necessarily this one."""
    if file_label in MERGED_2020:
        return f"SemEval-2020 class {file_label}: one of its techniques, not necessarily this one."
    return ""


# --- Reading ------------------------------------------------------------------------------------


def parse(files: Files) -> Parsed:
    parsed = Parsed()
    editions: dict[str, str] = {}  # file → the edition its name says
    technique_files, si_files = [], []
    seen: set[str] = set()  # the articles read
    for name, content in sorted(files.items()):
        base = PurePosixPath(name).name
        article = ARTICLE.match(base)
        if article:
            # Span lines' ids are read as numbers: "article007.txt" is article 7.
            _read_article(parsed, seen, name, str(int(article.group(1))), content)
            if "subtask-3" in name:
                editions[name] = "2023"
        elif SI_2020.match(base) or (SI_ANY.search(base) and SPAN_NAME.search(base)):
            si_files.append((name, content))
            editions[name] = "2020"
        elif SPAN_NAME.search(base) or _looks_like_spans(content):
            technique_files.append((name, content))
            if TC_2020.match(base):
                editions[name] = "2020"
            elif TC_2023.match(base):
                editions[name] = "2023"
        else:
            parsed.ignored.append(name)
    technique_spans = [span for name, c in technique_files for span in _read(parsed, name, c, 4)]
    si_spans = [span for name, content in si_files for span in _read(parsed, name, content, 3)]
    parsed.spans = _with_identified(technique_spans, si_spans)
    _set_collection(parsed, editions)
    return parsed


def _looks_like_spans(content: bytes) -> bool:
    """A file named otherwise (``spans.txt``, a request body) whose first line is tab-separated."""
    first = next((line for line in content.split(b"\n") if line.strip()), b"")
    return b"\t" in first


def _decoded(parsed: Parsed, name: str, content: bytes) -> str | None:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        parsed.problems.append(
            Problem(Where(name, line), f"not UTF-8 text (byte {error.start + 1} of the file).")
        )
        return None


def _read_article(parsed: Parsed, seen: set, name: str, key: str, content: bytes) -> None:
    text = _decoded(parsed, name, content)
    if text is None:
        return
    if key in seen:
        parsed.problems.append(Problem(Where(name, 1), f"article {key} is given twice."))
        return
    seen.add(key)
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = first_line[:500] or f"Article {key}"
    parsed.texts.append(ParsedText(key=key, text=text, where=Where(name, 1), title=title))


def _read(parsed: Parsed, name: str, content: bytes, columns: int) -> list[ParsedSpan]:
    """The spans of a technique file (4 columns) or a span identification file (3)."""
    text = _decoded(parsed, name, content)
    if text is None:
        return []
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte order mark some editors write
    form = "(article id, technique, start, end)" if columns == 4 else "(article id, start, end)"
    spans = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        where = Where(name, number)
        if "\x00" in line:
            # PostgreSQL cannot store it, nor look a technique up by it.
            parsed.problems.append(Problem(where, "a NUL character is not text."))
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) != columns:
            parsed.problems.append(
                Problem(
                    where,
                    f"expected {columns} tab-separated fields {form}, found {len(fields)}.",
                )
            )
            continue
        article, *technique, start, end = fields
        if not all(DIGITS.match(value) for value in (article, start, end)):
            parsed.problems.append(
                Problem(
                    where,
                    "article id, start and end must be whole numbers (ASCII digits, 19 at most).",
                )
            )
            continue
        if columns == 4 and not technique[0]:
            parsed.problems.append(Problem(where, "the technique is empty."))
            continue
        start_at, end_at = int(start), int(end)
        if start_at >= end_at:
            parsed.problems.append(
                Problem(where, f"start ({start_at}) must be before end ({end_at}).")
            )
            continue
        labels = tuple(technique)
        spans.append(ParsedSpan(str(int(article)), start_at, end_at, labels, where))
    return spans


def _with_identified(technique: list[ParsedSpan], identified: list[ParsedSpan]) -> list[ParsedSpan]:
    """Technique spans carry the span identification lines that give the same offsets; the
    other identified spans stay, without a technique."""
    lines: dict[tuple, list[Where]] = {}
    for span in identified:
        lines.setdefault((span.text_key, span.start, span.end), []).append(span.where)
    given = {(span.text_key, span.start, span.end) for span in technique}
    spans = [
        ParsedSpan(
            span.text_key,
            span.start,
            span.end,
            span.labels,
            span.where,
            also_at=tuple(lines.get((span.text_key, span.start, span.end), ())),
        )
        for span in technique
    ]
    spans += [s for s in identified if (s.text_key, s.start, s.end) not in given]
    return spans


def _set_collection(parsed: Parsed, editions: dict[str, str]) -> None:
    """The corpus the files belong to: by their names, else by the techniques they use."""
    said = set(editions.values())
    if not said:
        names = parsed.labels()
        if names & (set(SEMEVAL_2020) - set(TO_2020)):
            said = {"2020"}
        elif parsed.texts:
            said = {"2020"}  # articles alone: the published corpus is 2020's
    if len(said) > 1:
        odd = sorted(name for name, edition in editions.items() if edition == "2023")
        parsed.problems.append(
            Problem(
                Where(odd[0], 1),
                "these files mix SemEval-2020 and SemEval-2023 corpora: import each on its own.",
            )
        )
        return
    if said:
        edition = said.pop()
        parsed.collection = COLLECTION_2020 if edition == "2020" else COLLECTION_2023
        parsed.publisher = PUBLISHERS[parsed.collection]
        # Kept on the documents, so that an export writes them as this corpus does.
        parsed.texts = [
            replace(text, meta={**text.meta, "collection": parsed.collection})
            for text in parsed.texts
        ]


# --- Writing ------------------------------------------------------------------------------------


def export_label(*, code: str, slug: str, **label) -> str | None:
    """How a span of this label is written: its 2023 name (``render`` turns it into the 2020
    class), "" for a span without technique, None to leave it out."""
    if slug == UNLABELLED.slug:
        return ""
    return code or None


def render(documents: Iterable[Exported], *, edition: str | None = None) -> dict[str, bytes]:
    """Each document's text, technique file and (2020) span identification file, by name.

    ``edition`` ("2020" or "2023") chooses the names; by default a document imported from a
    SemEval corpus is written as that corpus was, any other in 2023's.
    """
    files: dict[str, bytes] = {}
    for document in documents:
        year = edition or COLLECTIONS.get(document.meta.get("collection", ""), "2023")
        names = _file_names(document, year)
        files[names["text"]] = document.text.encode("utf-8")
        files[names["tc"]] = _lines(_technique_lines(document, year))
        if year == "2020":
            files[names["si"]] = _lines(_identified_lines(document))
    return files


def _file_names(document: Exported, year: str) -> dict[str, str]:
    key = document.key
    names = {
        "text": f"article{key}.txt",
        "tc": f"article{key}.task2-TC.labels"
        if year == "2020"
        else f"article{key}-labels-subtask-3.txt",
        "si": f"article{key}.task1-SI.labels",
    }
    # Imported spans keep the names their files had, if those are this edition's.
    for span in document.spans:
        for where in span.at:
            base = PurePosixPath(where.file).name
            if year == "2020" and TC_2020.match(base):
                names["tc"] = base
            elif year == "2020" and SI_2020.match(base):
                names["si"] = base
    return names


def _kind(file: str) -> str:
    base = PurePosixPath(file).name
    if SI_2020.match(base) or (SI_ANY.search(base) and SPAN_NAME.search(base)):
        return "si"
    return "tc"


def _position(span: ExportedSpan, kind: str) -> tuple[str, int] | None:
    for where in span.at:
        if _kind(where.file) == kind:
            return where.file, where.line
    return None


def _technique_lines(document: Exported, year: str) -> list[str]:
    placed: dict[tuple[str, int], list[str]] = {}
    made_here: set[str] = set()
    for span in document.spans:
        if not span.labels:
            continue
        names = [_name(code, year) for code in span.labels]
        lines = [f"{document.key}\t{name}\t{span.start}\t{span.end}" for name in names if name]
        position = _position(span, "tc")
        if position is None:
            made_here.update(lines)
            continue
        group = placed.setdefault(position, [])
        group += [line for line in lines if line not in group]
    ordered = [line for position in sorted(placed) for line in placed[position]]
    return ordered + sorted(made_here - set(ordered), key=_offset_order)


def _identified_lines(document: Exported) -> list[str]:
    """The spans as imported from a span identification file, in its order, then the desk's
    own. A document imported without one lists every span, technique file's order first."""
    placed: dict[tuple[str, int], str] = {}
    others: dict[str, tuple] = {}
    had_file = any(_position(span, "si") for span in document.spans)
    for span in document.spans:
        line = f"{document.key}\t{span.start}\t{span.end}"
        position = _position(span, "si")
        if position is not None:
            placed[position] = line
        elif not (had_file and span.at):
            # A technique span the span file left out (nested in a longer one) stays out.
            position = _position(span, "tc")
            order = (0, *position) if position else (1, "", 0)
            others[line] = min(others.get(line, order), order)
    ordered = [placed[position] for position in sorted(placed)]
    rest = sorted(set(others) - set(ordered), key=lambda line: (others[line], _offset_order(line)))
    return ordered + rest


def _name(code: str, year: str) -> str | None:
    return TO_2020.get(code) if year == "2020" else code


def _offset_order(line: str) -> tuple:
    *_, start, end = line.split("\t")
    return int(start), int(end), line


def _lines(lines: list[str]) -> bytes:
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


def technique_file(documents: Iterable[Exported], *, edition: str = "2023") -> bytes:
    """The technique lines of all ``documents`` in one file, as Parallax exported spans before
    it wrote corpus folders (and as the API's document export answers)."""
    return b"".join(_lines(_technique_lines(document, edition)) for document in documents)
