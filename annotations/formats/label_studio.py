"""Label Studio's task JSON for text spans (its Named Entity Recognition template), read and
written.

A file holds a list of tasks or one task. A task's text is in ``data``: the field its results name
(``source: "$text"`` in 0.x, or their ``to_name``), else ``text``, else the one string field.
What people made of it comes as ``annotations`` (1.x) or ``completions`` (0.x), each with its
``result`` list and, in 1.x, ``completed_by`` (a user id, or an object with the email: the
annotator); what a model suggested comes as ``predictions``, read as suggested spans whose
annotator is the prediction's ``model_version``. Results of type ``labels`` are spans
(``value.start``, ``value.end``, ``value.labels``, ``value.text`` kept as ``quoted``); results of
type ``relation`` between them are relations (one a label; ``left`` ones turned round). Other
results (choices, text areas, ratings, HTML spans, two-way relations) and cancelled annotations
are not imported and are said so in a note. A task's key is a digest of its text
(``common.text_key``); its ``id``, its other ``data`` fields and its ``meta`` are kept and
written back.

Offsets. Label Studio counts code points in a Text tag's ``start``/``end``, as Parallax does:
its frontend converts the browser's UTF-16 selection (label-studio pull request 1559, merged into
label-studio-frontend 308 in 2022), and its end-to-end test
``web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts`` selects "test" in "🐱 Warning: This is
a test text" and expects 21–25. Before that fix it counted UTF-16 units (issues 1008, 1347): a
task whose quoted texts match the UTF-16 reading and not the code point one is read in UTF-16
units, converted. ``value.text`` may disagree with the offsets: with ``granularity="word"`` older
versions quoted the selection before widening it to whole words (issue 1931). Such a span keeps
the file's offsets and quote, and a problem names both readings, with the quote's place nearby
(or the same text once whitespace is trimmed) when there is one: nothing is silently mended. A
result without ``text``, as long exports write them (issue 6027), is read from its offsets.

Writing gives the 1.x form for the NER template's config (``<Labels name="label" toName="text">``
on ``<Text name="text" value="$text">``): ``data.text``, ``annotations`` (one per annotator, with
``completed_by``) and ``predictions`` (one per model version), results with stable ids (a span's
own id, else a digest of where it is and what it says), offsets in code points.
"""

import hashlib
import json

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
TITLE = "Label Studio JSON tasks (text spans)"
EXPORTS_SUGGESTIONS = True  # predictions are written back as predictions
ANNOTATIONS = ("annotations", "completions")  # 1.x, 0.x
PREDICTIONS = "predictions"
TASK_KEYS = ("id", "meta", *ANNOTATIONS, PREDICTIONS)
LABELS = "labels"
RELATION = "relation"
NEAR = 64  # how far around its offsets a span's quoted text is looked for
NAMES = {"from_name": "label", "to_name": "text"}  # the NER template's tags


def parse(files: dict[str, bytes]) -> Parsed:
    parsed = Parsed()
    keys: dict[str, Where] = {}
    for name, data in files.items():
        content, problem = decode(name, data)
        if problem:
            parsed.problems.append(problem)
            continue
        try:
            found = json.loads(content)
        except (ValueError, RecursionError) as error:
            line = getattr(error, "lineno", 1)
            parsed.problems.append(json_problem(Where(name, line), error))
            continue
        for position, task in enumerate(found if isinstance(found, list) else [found], 1):
            _Task(parsed, Where(name, position)).read(
                task,
                keys,
            )
    return parsed


class _Task:
    def __init__(self, parsed: Parsed, where: Where):
        self.parsed = parsed
        self.where = where

    def problem(self, message: str, *, note: bool = False) -> None:
        self.parsed.problems.append(Problem(self.where, message, note=note))

    def read(self, task: object, keys: dict[str, Where]) -> None:
        if not isinstance(task, dict):
            return self.problem("the task is not a JSON object")
        groups = self._groups(task)
        if "data" in task:
            data = task["data"]
        else:  # a task written for import may hold its data fields at the top
            data = {name: value for name, value in task.items() if name not in TASK_KEYS}
        results = [result for group in groups for result in group[3] if isinstance(result, dict)]
        field = _text_field(data, results) if isinstance(data, dict) else None
        if field is None:
            return self.problem("no text: which field of its data holds it?")
        self.text = data[field]
        self.key = text_key(self.text)
        if self.key in keys:
            self.problem(
                f"the same text as {keys[self.key]}: its spans go onto that task's document",
                note=True,
            )
        else:
            keys[self.key] = self.where
            self._add_text(task, data, field)
        self.units = Utf16(self.text)
        self.utf16 = self._counts_utf16(results)
        self.span_ids: set[str] = set()
        for group in groups:
            self._group(*group)

    def _add_text(self, task: dict, data: dict, field: str) -> None:
        meta = {"id": task["id"]} if "id" in task else {}
        if other := {name: value for name, value in data.items() if name != field}:
            meta["data"] = other
        if field != "text":
            meta["text_field"] = field
        if "meta" in task:
            meta["meta"] = task["meta"]
        self.parsed.texts.append(
            ParsedText(self.key, self.text, self.where, title_from(self.text), meta=meta)
        )

    def _groups(self, task: dict) -> list[tuple[str, str, bool, list]]:
        """(what it is, who made it, suggested, results) for each annotation and prediction."""
        groups = []
        for field in (*ANNOTATIONS, PREDICTIONS):
            found = task.get(field) or []
            kind = "prediction" if field == PREDICTIONS else field[:-1]
            for number, item in enumerate(found if isinstance(found, list) else [found], 1):
                results = item.get("result") if isinstance(item, dict) else None
                if not isinstance(results, list):
                    self.problem(f"{kind} {number} has no list of results")
                elif item.get("was_cancelled") and results:
                    self.problem(f"{kind} {number} was cancelled: not imported", note=True)
                else:
                    maker = item.get("model_version" if kind == "prediction" else "completed_by")
                    groups.append((f"{kind} {number}", _name(maker), kind == "prediction", results))
        return groups

    def _counts_utf16(self, results: list[dict]) -> bool:
        """Whether the task's quoted texts say that its offsets count UTF-16 units."""
        if not self.units.astral:
            return False
        votes = set()
        for result in results:
            value = result.get("value")
            if result.get("type") != LABELS or not isinstance(value, dict):
                continue
            quoted, start, end = value.get("text"), value.get("start"), value.get("end")
            if not isinstance(quoted, str) or not whole_numbers(start, end) or start < 0:
                continue
            as_points = self.text[start:end] == quoted
            other = self.units.code_points(start), self.units.code_points(end)
            as_units = None not in other and self.text[other[0] : other[1]] == quoted
            if as_points != as_units:
                votes.add(as_units)
        return votes == {True}

    def _group(self, name: str, annotator: str, suggested: bool, results: list) -> None:
        ids: dict[str, str] = {}
        relations = []
        for number, result in enumerate(results, 1):
            result = result if isinstance(result, dict) else {}
            kind = result.get("type")
            where = f"{name}, result {result.get('id') or number}"
            if kind == LABELS:
                self._span(where, result, annotator, suggested, ids)
            elif kind == RELATION:
                relations.append((where, result))
            else:
                what = f"a {kind!r} result" if kind else "a result without a type"
                self.problem(f"{where}: {what} is not a text span: not imported", note=True)
        for where, result in relations:
            self._relation(where, result, ids)

    def _span(self, where: str, result: dict, annotator: str, suggested: bool, ids: dict) -> None:
        value = result.get("value")
        value = value if isinstance(value, dict) else {}
        start, end, labels, quoted = (value.get(n) for n in ("start", "end", "labels", "text"))
        if not whole_numbers(start, end):
            return self.problem(f"{where}: start and end ({start!r}, {end!r}) are not numbers")
        if self.utf16:
            start, end = self.units.code_points(start), self.units.code_points(end)
            if start is None or end is None:
                return self.problem(f"{where}: its UTF-16 offsets split a character")
        if not 0 <= start < end <= len(self.text):
            return self.problem(f"{where}: {start}–{end} is not a span of the text")
        labels = [] if labels is None else labels
        if not isinstance(labels, list) or not all(isinstance(label, str) for label in labels):
            return self.problem(f"{where}: its labels are not a list of names")
        if quoted is not None and not isinstance(quoted, str):
            return self.problem(f"{where}: its text is not a string")
        if quoted is not None and self.text[start:end] != quoted:
            self.problem(f"{where}: {_readings(self.text, start, end, quoted)}")
        span_id = self._unique(str(result.get("id") or ""))
        ids[str(result.get("id") or "")] = span_id
        self.parsed.spans.append(
            ParsedSpan(
                self.key,
                start,
                end,
                tuple(labels),
                self.where,
                quoted=quoted,
                annotator=annotator,
                suggested=suggested,
                span_id=span_id,
            )
        )

    def _unique(self, span_id: str) -> str:
        """The result's id, made unique in the task: a prediction and the annotation made from
        it share their results' ids."""
        if not span_id:
            return ""
        unique, copy = span_id, 1
        while unique in self.span_ids:
            copy += 1
            unique = f"{span_id}#{copy}"
        self.span_ids.add(unique)
        return unique

    def _relation(self, where: str, result: dict, ids: dict[str, str]) -> None:
        ends = [ids.get(str(result.get(end)), "") for end in ("from_id", "to_id")]
        direction = result.get("direction", "right")
        labels = result.get("labels") or [""]
        if "" in ends:
            return self.problem(f"{where}: the relation joins results that are not spans here")
        if direction == "bi":
            return self.problem(f"{where}: a two-way relation: not imported", note=True)
        if direction not in ("right", "left"):
            return self.problem(f"{where}: the relation's direction {direction!r} is unknown")
        if not isinstance(labels, list) or not all(isinstance(label, str) for label in labels):
            return self.problem(f"{where}: the relation's labels are not a list of names")
        from_id, to_id = ends if direction == "right" else reversed(ends)
        for label in labels:
            self.parsed.relations.append(
                ParsedRelation(self.key, from_id, to_id, label, self.where)
            )


def _text_field(data: dict, results: list[dict]) -> str | None:
    named = {str(result.get("source", "")).removeprefix("$") for result in results}
    named |= {str(result.get("to_name", "")) for result in results}
    fields = [name for name in named if isinstance(data.get(name), str)]
    if len(fields) == 1:
        return fields[0]
    if isinstance(data.get("text"), str):
        return "text"
    strings = [name for name, value in data.items() if isinstance(value, str)]
    return strings[0] if len(strings) == 1 else None


def _name(maker: object) -> str:
    """Who made an annotation (``completed_by``: an id, or a user object) or a prediction."""
    if isinstance(maker, dict):
        maker = maker.get("email") or maker.get("id")
    return "" if maker is None or isinstance(maker, bool) else str(maker)


def _readings(text: str, start: int, end: int, quoted: str) -> str:
    """The offsets' reading and the file's quote, and where the quote is found, if near."""
    said = f"{start}–{end} reads «{text[start:end]}» but the file quotes «{quoted}»"
    inner = text[start:end]
    if inner.strip() == quoted.strip() and quoted.strip():
        trimmed = start + len(inner) - len(inner.lstrip()), end - len(inner) + len(inner.rstrip())
        return f"{said}: the same once whitespace is trimmed ({trimmed[0]}–{trimmed[1]})"
    window = max(0, start - NEAR), min(len(text), end + NEAR)
    found = [
        at
        for at in range(window[0], window[1] - len(quoted) + 1)
        if quoted and text.startswith(quoted, at)
    ]
    if not found:
        return f"{said}, which is nowhere near"
    at = min(found, key=lambda place: abs(place - start))
    place = f"{said}, found at {at}–{at + len(quoted)}"
    if start <= at and at + len(quoted) <= end:
        # Word granularity widened the selection to whole words and quoted it unwidened.
        return f"{place}, inside the span: the offsets are likely the right reading"
    return place


def render(documents: list[Exported], *, name: str = "tasks.json") -> dict[str, bytes]:
    tasks = [_task(document) for document in documents]
    return {name: (json.dumps(tasks, ensure_ascii=False, indent=2) + "\n").encode()}


def _task(document: Exported) -> dict:
    meta = document.meta
    task = {"id": meta["id"]} if "id" in meta else {}
    task["data"] = {meta.get("text_field", "text"): document.text, **meta.get("data", {})}
    if "meta" in meta:
        task["meta"] = meta["meta"]
    groups: dict[tuple[bool, str], list[dict]] = {}
    placed: dict[str, tuple[str, list[dict]]] = {}  # a span's id: its result's, and its group
    taken: set[str] = set()
    for span in document.spans:
        result_id = span.span_id or _digest(document.key, span)
        while result_id in taken:
            result_id = _digest(result_id, span)
        taken.add(result_id)
        group = groups.setdefault((span.suggested, span.annotator), [])
        value = {"start": span.start, "end": span.end, "text": span.quote, LABELS: [*span.labels]}
        group.append({"id": result_id, **NAMES, "type": LABELS, "value": value})
        if span.span_id:
            placed[span.span_id] = result_id, group
    _add_relations(document.relations, placed)
    task["annotations"] = [
        ({"completed_by": _maker(annotator)} if annotator else {}) | {"result": results}
        for (suggested, annotator), results in groups.items()
        if not suggested
    ]
    task["predictions"] = [
        ({"model_version": annotator} if annotator else {}) | {"result": results}
        for (suggested, annotator), results in groups.items()
        if suggested
    ]
    return task


def _add_relations(relations: tuple[ExportedRelation, ...], placed: dict) -> None:
    """Each relation goes with its first span's results, its labels merged per pair."""
    merged: dict[tuple[str, str], dict] = {}
    for relation in relations:
        if relation.from_id not in placed or relation.to_id not in placed:
            continue
        (from_id, group), (to_id, _) = placed[relation.from_id], placed[relation.to_id]
        if (from_id, to_id) not in merged:
            merged[from_id, to_id] = {
                "from_id": from_id,
                "to_id": to_id,
                "type": RELATION,
                "direction": "right",
                LABELS: [],
            }
            group.append(merged[from_id, to_id])
        if relation.kind:
            merged[from_id, to_id][LABELS].append(relation.kind)


def _maker(annotator: str) -> int | dict:
    """``completed_by`` as Label Studio writes it: a user id, else the user's email."""
    written = number_if_digits(annotator)
    return written if isinstance(written, int) else {"email": annotator}


def _digest(seed: str, span: ExportedSpan) -> str:
    said = (
        f"{seed}|{span.start}|{span.end}|{'|'.join(span.labels)}|{span.annotator}|{span.suggested}"
    )
    return hashlib.sha256(said.encode()).hexdigest()[:10]
