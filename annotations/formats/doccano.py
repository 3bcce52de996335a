"""doccano's sequence-labelling JSONL, one JSON object a line, read and written in two forms:

- sequence labelling: ``{"text": …, "label": [[start, end, "LABEL"], …]}`` (``labels`` is read
  too, the name doccano's importer also takes);
- entities and relations: ``{"text": …, "entities": [{"id", "start_offset", "end_offset",
  "label"}, …], "relations": [{"id"?, "from_id", "to_id", "type"}, …]}``.

Every other key of a line (``id``, ``meta``, ``Comments``, …) is kept in ``ParsedText.meta`` and
written back. A text's key is a digest of the text (``common.text_key``). doccano exports a
project whose members annotate separately as one file per member, named by username
(``admin.jsonl``), and a shared project as ``all.jsonl``: a span's annotator is its file's name
but for ``all``, and a text found in several members' files is read once, with each member's
spans.

Offsets. doccano's server stores and exports the integers it is given, checking only
``0 <= start < end`` (``backend/data_import/pipeline/label.py``), and its Python side counts code
points, as Parallax does; so do files written by programs. Its annotation screen does not always:
the offset of a selection within a line comes from the browser, in UTF-16 units, so that a
character outside the Basic Multilingual Plane (an emoji) counts as two (``doccano/v-annotator``,
``TextSelectionHandler.ts``; doccano issues 2290 and 2484), and a project made with "Count
grapheme clusters as one character" counts grapheme clusters. The counts differ only after such
a character, and a file does not say which it used: ``parse`` reads code points and, where a
span's UTF-16 reading is valid and different, reports a problem naming both readings, unless it
is told which the file counts (``offsets="code_points"`` or ``"utf16"``).

Writing follows doccano's exporter (pandas' ``to_json(orient="records", lines=True,
force_ascii=False)``): compact JSON, other scripts as they are, ``/`` escaped as ``\\/``, a newline
after each line; ``id`` first when the text has one, then ``text``, the other keys, the spans and
``Comments``. Sequence spans are sorted as doccano sorts them (start, end, label); entities keep
their order, their keys in the order of doccano's relation example (its exporter puts ``label``
second; no reader minds). doccano has no span without a label: such a span is not written.
"""

import itertools
import json
from pathlib import PurePath

from .base import (
    Exported,
    ExportedRelation,
    ExportedSpan,
    Parsed,
    ParsedRelation,
    ParsedSpan,
    ParsedText,
    Problem,
    Where,
)
from .common import (
    Utf16,
    decode,
    json_problem,
    number_if_digits,
    text_key,
    title_from,
    whole_numbers,
)

# Texts are keyed by what they say (``common.text_key``): an import finds the desk's document
# with that text whoever published it, when the person importing names no publisher.
KEYS_BY_TEXT = True
TITLE = "doccano JSONL (sequence labelling, entities and relations)"
SEQUENCE = "sequence"
RELATIONS = "relations"
FORMS = (SEQUENCE, RELATIONS)
OFFSETS = ("code_points", "utf16")
SHARED_FILE = "all"  # doccano's file for a project whose members annotate together
SPAN_KEYS = ("label", "labels", "entities", "relations")


def parse(files: dict[str, bytes], *, offsets: str | None = None) -> Parsed:
    if offsets is not None and offsets not in OFFSETS:
        raise ValueError(f"offsets is one of {OFFSETS}, not {offsets!r}")
    parsed = Parsed()
    seen: dict[str, ParsedText] = {}
    for name, data in files.items():
        content, problem = decode(name, data)
        if problem:
            parsed.problems.append(problem)
            continue
        stem = PurePath(name).stem
        reader = _Reader(parsed, seen, "" if stem == SHARED_FILE else stem, offsets)
        # Lines end at "\n" only: a JSON string written with ensure_ascii off may hold U+2028 and
        # the other characters str.splitlines() also breaks at.
        for number, line in enumerate(content.split("\n"), 1):
            if line.strip():
                reader.read(Where(name, number), line)
    return parsed


class _Reader:
    def __init__(self, parsed, seen, annotator, offsets):
        self.parsed = parsed
        self.seen = seen
        self.annotator = annotator
        self.offsets = offsets

    def problem(self, where: Where, message: str) -> None:
        self.parsed.problems.append(Problem(where, message))

    def read(self, where: Where, line: str) -> None:
        try:
            item = json.loads(line)
        except (ValueError, RecursionError) as error:
            self.parsed.problems.append(json_problem(where, error))
            return
        if not isinstance(item, dict):
            return self.problem(where, "not a JSON object")
        text = item.get("text")
        if not isinstance(text, str):
            return self.problem(where, "no text" if text is None else "its text is not a string")
        key = text_key(text)
        self._add_text(where, key, text, item)
        span_ids = self._spans(where, key, text, item)
        self._relations(where, key, item.get("relations", []), span_ids)

    def _add_text(self, where: Where, key: str, text: str, item: dict) -> None:
        earlier = self.seen.get(key)
        if earlier is None:
            meta = {name: value for name, value in item.items() if name not in ("text", *SPAN_KEYS)}
            self.seen[key] = ParsedText(key, text, where, title_from(text), meta=meta)
            self.parsed.texts.append(self.seen[key])
        elif earlier.where.file == where.file:
            # A member's other file holding the same text is how doccano exports a project
            # annotated separately; twice in one file, it is worth saying.
            self.parsed.problems.append(
                Problem(
                    where,
                    f"the same text as {earlier.where}: its spans go onto that line's document",
                    note=True,
                )
            )

    def _spans(self, where: Where, key: str, text: str, item: dict) -> set[str]:
        """Reads the line's spans into ``parsed``; the ids of its entities."""
        if "entities" in item:
            found, read = item["entities"], _entity
        elif "label" in item and "labels" in item:
            self.problem(where, "it has both label and labels; which are its spans?")
            return set()
        else:
            found, read = item.get("label", item.get("labels", [])), _triple
        if not isinstance(found, list):
            self.problem(where, "its spans are not a list")
            return set()
        span_ids: set[str] = set()
        units = Utf16(text)
        for number, raw in enumerate(map(read, found), 1):
            message = raw if isinstance(raw, str) else self._wrong(units, text, raw)
            if not message and raw[3] and raw[3] in span_ids:
                message = f"its id {raw[3]} is another entity's"
            if message:
                self.problem(where, f"span {number}: {message}")
                continue
            start, end, label, span_id = raw
            span_ids.add(span_id)
            self.parsed.spans.append(
                ParsedSpan(
                    key,
                    *self._offsets(units, raw),
                    (label,),
                    where,
                    annotator=self.annotator,
                    span_id=span_id,
                )
            )
            if self.offsets is None and units.differs_before(end):
                self._ambiguous(where, number, units, text, (start, end))
        span_ids.discard("")
        return span_ids

    def _offsets(self, units: Utf16, raw: tuple) -> tuple[int, int]:
        if self.offsets == "utf16":
            return units.code_points(raw[0]), units.code_points(raw[1])
        return raw[0], raw[1]

    def _wrong(self, units: Utf16, text: str, raw: tuple) -> str:
        """What is wrong with the span, or ""."""
        start, end, label, _ = raw
        if not whole_numbers(start, end):
            return f"start and end ({start!r}, {end!r}) are not whole numbers"
        if self.offsets == "utf16":
            start, end = self._offsets(units, raw)
            if start is None or end is None:
                return f"{raw[0]}–{raw[1]} in UTF-16 units splits a character or leaves the text"
        if not 0 <= start < end:
            return f"start {start} is not before end {end}" if start >= 0 else "starts before 0"
        if end > len(text):
            past = f"{start}–{end} runs past the end of the text ({len(text)} characters)"
            return past + self._as_utf16(units, text, start, end)
        if not isinstance(label, str):
            return f"its label {label!r} is not a string"
        return "" if label else "its label is empty"

    def _as_utf16(self, units: Utf16, text: str, start: int, end: int) -> str:
        """What a span read as code points would read as UTF-16 units, said, when that fits."""
        other_start, other_end = units.code_points(start), units.code_points(end)
        if self.offsets is not None or other_start is None or other_end is None:
            return ""
        return (
            f"; counting UTF-16 units, as doccano's annotation screen may have, it reads "
            f"«{text[other_start:other_end]}»: the import has to be told which this file counts"
        )

    def _ambiguous(self, where: Where, number: int, units: Utf16, text: str, span: tuple) -> None:
        start, end = span
        other_start, other_end = units.code_points(start), units.code_points(end)
        if other_start is None or other_end is None or other_start >= other_end:
            return  # read as UTF-16 units the span would split a character: code points it is
        self.problem(
            where,
            f"span {number}: {start}–{end} reads «{text[start:end]}» counting characters as "
            f"Python does, «{text[other_start:other_end]}» counting UTF-16 units as doccano's "
            "annotation screen may have; the import has to be told which this file counts",
        )

    def _relations(self, where: Where, key: str, found: object, span_ids: set[str]) -> None:
        if not isinstance(found, list):
            return self.problem(where, "its relations are not a list")
        for number, relation in enumerate(found, 1):
            message = _relation_problem(relation, span_ids)
            if message:
                self.problem(where, f"relation {number}: {message}")
                continue
            self.parsed.relations.append(
                ParsedRelation(
                    text_key=key,
                    from_id=str(relation["from_id"]),
                    to_id=str(relation["to_id"]),
                    kind=relation["type"],
                    where=where,
                    relation_id=_id(relation.get("id")),
                )
            )


def _triple(span: object) -> tuple | str:
    if isinstance(span, list) and len(span) == 3:
        return span[0], span[1], span[2], ""
    return "not [start, end, label]"


def _entity(entity: object) -> tuple | str:
    if not isinstance(entity, dict):
        return "not an entity object"
    return (
        entity.get("start_offset"),
        entity.get("end_offset"),
        entity.get("label"),
        _id(entity.get("id")),
    )


def _id(value: object) -> str:
    return str(value) if isinstance(value, int | str) and not isinstance(value, bool) else ""


def _relation_problem(relation: object, span_ids: set[str]) -> str:
    if not isinstance(relation, dict):
        return "not an object"
    for end in ("from_id", "to_id"):
        if str(relation.get(end)) not in span_ids:
            return f"its {end} {relation.get(end)!r} is none of the line's entities"
    if not isinstance(relation.get("type"), str) or not relation["type"]:
        return "its type is not a name"
    return ""


def render(documents: list[Exported], *, form: str = SEQUENCE) -> dict[str, bytes]:
    """One file per annotator, named as doccano names its members' files (``all.jsonl`` for
    spans without one), each holding every document with that annotator's spans."""
    if form not in FORMS:
        raise ValueError(f"form is one of {FORMS}, not {form!r}")
    annotators = sorted({span.annotator for document in documents for span in document.spans})
    files = {}
    for annotator in annotators or [""]:
        lines = (_line(document, annotator, form) for document in documents)
        name = (annotator or SHARED_FILE).replace("/", "_").replace("\\", "_")
        files[f"{name}.jsonl"] = "".join(_dumps(line) + "\n" for line in lines).encode()
    return files


def _dumps(line: dict) -> str:
    # pandas' JSON writer, which doccano's export uses, escapes every "/".
    return json.dumps(line, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


def _line(document: Exported, annotator: str, form: str) -> dict:
    meta = document.meta
    line = {"id": meta["id"]} if "id" in meta else {}
    line["text"] = document.text
    skip = ("id", "text", "Comments", *SPAN_KEYS)
    line.update((name, value) for name, value in meta.items() if name not in skip)
    spans = [span for span in document.spans if span.annotator == annotator]
    if form == SEQUENCE:
        line["label"] = sorted(
            [span.start, span.end, label] for span in spans for label in span.labels
        )
    else:
        line["entities"], span_ids = _entities(spans)
        line["relations"] = [
            _relation(relation)
            for relation in document.relations
            if relation.from_id in span_ids and relation.to_id in span_ids
        ]
    if "Comments" in meta:
        line["Comments"] = meta["Comments"]
    return line


def _relation(relation: ExportedRelation) -> dict:
    written = {"id": number_if_digits(relation.relation_id)} if relation.relation_id else {}
    written["from_id"] = number_if_digits(relation.from_id)
    written["to_id"] = number_if_digits(relation.to_id)
    written["type"] = relation.kind
    return written


def _entities(spans: list[ExportedSpan]) -> tuple[list[dict], set[str]]:
    """The entities, one a label, and the span ids they keep; a span's second label, or a span
    without an id, gets the next number no span uses."""
    taken = {span.span_id for span in spans if span.span_id}
    fresh = (str(n) for n in itertools.count() if str(n) not in taken)
    written: set[str] = set()  # an id goes to one entity: a span's file id, once
    entities = []
    for span in spans:
        for index, label in enumerate(span.labels):
            own = span.span_id and index == 0 and span.span_id not in written
            span_id = span.span_id if own else next(fresh)
            written.add(span_id)
            entities.append(
                {
                    "id": number_if_digits(span_id),
                    "start_offset": span.start,
                    "end_offset": span.end,
                    "label": label,
                }
            )
    return entities, taken
