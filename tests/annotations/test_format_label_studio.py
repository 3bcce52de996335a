"""Label Studio's tasks: the published 0.x task and 1.x predictions read and written back,
annotations against predictions, quotes that disagree with their offsets, and offsets after an
emoji as older and newer Label Studio count them."""

import json

from annotations.formats import label_studio
from annotations.formats.base import Exported, ExportedRelation, ExportedSpan, Parsed
from tests.annotations.interop import as_exported, interop_bytes, read

COMPLETIONS = ("label-studio", "label-studio-converter/test/fixtures/completions/348.json")
PREDICTIONS = ("label-studio", "docs-predictions-ner-example.json")


def parse_tasks(*tasks) -> Parsed:
    return label_studio.parse({"tasks.json": json.dumps(list(tasks)).encode()})


def labels(start, end, quoted=None, *names, result_id=None):
    value = {"start": start, "end": end, "labels": list(names) or ["Blame"]}
    if quoted is not None:
        value["text"] = quoted
    result = {"from_name": "label", "to_name": "text", "type": "labels", "value": value}
    return result | ({"id": result_id} if result_id else {})


def task(text, *results, **more):
    return {
        "data": {"text": text},
        "annotations": [{"completed_by": 3, "result": list(results)}],
    } | more


def quotes(parsed):
    texts = {text.key: text.text for text in parsed.texts}
    return [texts[span.text_key][span.start : span.end] for span in parsed.spans]


def test_the_0x_task_with_completions_reads_as_published():
    parsed = label_studio.parse({"348.json": interop_bytes(*COMPLETIONS)})

    assert parsed.problems == []
    assert [(len(text.text), text.meta) for text in parsed.texts] == [(920, {"id": 348})]
    assert len(parsed.spans) == 38
    assert quotes(parsed) == [span.quoted for span in parsed.spans]
    assert quotes(parsed)[:2] == [
        "Sodium Lauroyl Methyl Isethionate,",
        "Disodium Cocoamphodiacetate,",
    ]
    assert {(span.labels, span.annotator, span.suggested) for span in parsed.spans} == {
        (("INGREDIENT",), "", False)
    }


def test_the_0x_task_is_written_in_the_1x_form_and_reads_the_same():
    """Not byte for byte: the file is 0.x (``completions``, results with ``source``), and
    Parallax writes the 1.x form. What it says reads the same."""
    parsed = label_studio.parse({"348.json": interop_bytes(*COMPLETIONS)})

    written = label_studio.render(as_exported(parsed))
    tasks = json.loads(written["tasks.json"])

    assert [sorted(written_task) for written_task in tasks] == [
        ["annotations", "data", "id", "predictions"]
    ]
    assert tasks[0]["annotations"][0]["result"][0] == {
        "id": "-JfBQoozxW",
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {
            "start": 121,
            "end": 155,
            "text": "Sodium Lauroyl Methyl Isethionate,",
            "labels": ["INGREDIENT"],
        },
    }
    assert read(label_studio.parse(written)) == read(parsed)


def test_the_documented_predictions_read_as_suggested_spans_by_model_version():
    parsed = label_studio.parse({"predictions.json": interop_bytes(*PREDICTIONS)})

    assert parsed.problems == []
    assert [text.where.line for text in parsed.texts] == [1, 2]
    assert len(parsed.spans) == 20
    assert all(span.suggested for span in parsed.spans)
    assert quotes(parsed) == [span.quoted for span in parsed.spans]
    assert [(span.annotator, span.labels, span.quoted) for span in parsed.spans[:2]] == [
        ("one", ("Date",), "27"),
        ("one", ("Location",), "Jerusalem"),
    ]
    assert {span.annotator for span in parsed.spans} == {"one", "two"}


def test_the_documented_predictions_are_written_back_and_read_the_same():
    """Not byte for byte: the example carries model scores (Parallax keeps none) and writes
    ``0.70``, which JSON reads as 0.7. What it says reads the same: the same spans, each
    prediction by its model version."""
    parsed = label_studio.parse({"predictions.json": interop_bytes(*PREDICTIONS)})

    written = label_studio.render(as_exported(parsed))
    tasks = json.loads(written["tasks.json"])

    assert [[p["model_version"] for p in t["predictions"]] for t in tasks] == [["one", "two"]] * 2
    assert [t["annotations"] for t in tasks] == [[], []]
    assert read(label_studio.parse(written)) == read(parsed)


def test_annotations_are_by_their_annotator_and_predictions_are_suggestions():
    parsed = parse_tasks(
        {
            "id": 11,
            "data": {"text": "Baku blamed Yerevan", "source": "wire"},
            "annotations": [
                {"completed_by": 7, "result": [labels(0, 4, "Baku", "Source")]},
                {"completed_by": {"id": 8, "email": "ana@desk.example"}, "result": []},
                {"result": [labels(12, 19, "Yerevan", "Target")]},
            ],
            "predictions": [{"model_version": "ner-2", "result": [labels(5, 11, "blamed")]}],
        }
    )

    assert parsed.problems == []
    assert [(span.annotator, span.suggested, span.labels) for span in parsed.spans] == [
        ("7", False, ("Source",)),
        ("", False, ("Target",)),
        ("ner-2", True, ("Blame",)),
    ]
    assert parsed.texts[0].meta == {"id": 11, "data": {"source": "wire"}}
    by_email = Exported(
        "x", "by email", "", (ExportedSpan(0, 2, ("Source",), "by", "ana@desk.example"),)
    )
    again = json.loads(label_studio.render([*as_exported(parsed), by_email])["tasks.json"])
    assert again[0]["data"] == {"text": "Baku blamed Yerevan", "source": "wire"}
    assert [a.get("completed_by") for a in again[0]["annotations"]] == [7, None]
    assert [p["model_version"] for p in again[0]["predictions"]] == ["ner-2"]
    assert again[1]["annotations"][0]["completed_by"] == {"email": "ana@desk.example"}
    reread = label_studio.parse({"t.json": json.dumps(again[1]).encode()})
    assert [span.annotator for span in reread.spans] == ["ana@desk.example"]


def test_a_quote_that_disagrees_with_its_offsets_is_kept_and_both_readings_named():
    # Word granularity widened "ple tex" to "simple text" and quoted it unwidened.
    parsed = parse_tasks(task("Some simple text with explanations", labels(5, 16, "ple tex")))

    assert [(span.start, span.end, span.quoted) for span in parsed.spans] == [(5, 16, "ple tex")]
    assert [(str(problem), problem.note) for problem in parsed.problems] == [
        (
            "tasks.json, line 1: annotation 1, result 1: 5–16 reads «simple text» but the file "
            "quotes «ple tex», found at 8–15, inside the span: the offsets are likely the right "
            "reading",
            False,
        )
    ]


def test_the_mended_readings_offered_are_whitespace_and_the_nearest_place():
    text = "Baku said: provocation. Yerevan said: provocation."
    parsed = parse_tasks(
        task(
            text,
            labels(10, 22, "provocation"),
            labels(0, 4, "provocation"),
            labels(0, 4, "occupied"),
            labels(11, 22, "provocation "),
        )
    )

    assert [problem.message for problem in parsed.problems] == [
        "annotation 1, result 1: 10–22 reads « provocation» but the file quotes «provocation»: "
        "the same once whitespace is trimmed (11–22)",
        "annotation 1, result 2: 0–4 reads «Baku» but the file quotes «provocation», found at "
        "11–22",
        "annotation 1, result 3: 0–4 reads «Baku» but the file quotes «occupied», which is "
        "nowhere near",
        "annotation 1, result 4: 11–22 reads «provocation» but the file quotes «provocation »: "
        "the same once whitespace is trimmed (11–22)",
    ]
    assert [(span.start, span.end) for span in parsed.spans] == [(10, 22), (0, 4), (0, 4), (11, 22)]


def test_a_result_without_its_text_is_read_from_its_offsets():
    parsed = parse_tasks(task("Baku blamed Yerevan", labels(12, 19)))

    assert parsed.problems == []
    assert quotes(parsed) == ["Yerevan"]
    assert [span.quoted for span in parsed.spans] == [None]


# The cat is one code point and two UTF-16 units: Label Studio's own test of its offsets.
CAT = "🐱 Warning: This is a test text"


def test_offsets_after_an_emoji_count_code_points_as_label_studio_writes_them():
    parsed = parse_tasks(task(CAT, labels(21, 25, "test")), task(CAT + ".", labels(21, 25), id=2))

    assert parsed.problems == []
    assert quotes(parsed) == ["test", "test"]


def test_an_older_label_studios_utf16_offsets_are_converted_when_its_quotes_say_so():
    parsed = parse_tasks(task(CAT, labels(22, 26, "test"), labels(26, 31), labels(0, 2, "🐱")))

    assert parsed.problems == []
    assert [(span.start, span.end) for span in parsed.spans] == [(21, 25), (25, 30), (0, 1)]
    assert quotes(parsed) == ["test", " text", "🐱"]
    written = json.loads(label_studio.render(as_exported(parsed))["tasks.json"])
    assert written[0]["annotations"][0]["result"][0]["value"] | {"labels": []} == {
        "start": 21,
        "end": 25,
        "text": "test",
        "labels": [],
    }


def test_other_results_are_noted_and_relations_read():
    parsed = parse_tasks(
        task(
            "Baku blamed Yerevan",
            labels(0, 4, "Baku", "Source", result_id="b"),
            labels(12, 19, "Yerevan", "Target", result_id="y"),
            {"id": "c", "type": "choices", "value": {"choices": ["Loaded"]}},
            {"id": "t", "type": "textarea", "value": {"text": ["a note"]}},
            {
                "from_id": "b",
                "to_id": "y",
                "type": "relation",
                "direction": "right",
                "labels": ["blames", "accuses"],
            },
            {"from_id": "b", "to_id": "y", "type": "relation", "direction": "left"},
            {"from_id": "b", "to_id": "y", "type": "relation", "direction": "bi"},
            {"from_id": "b", "to_id": "c", "type": "relation"},
        )
    )

    assert [(problem.message, problem.note) for problem in parsed.problems] == [
        ("annotation 1, result c: a 'choices' result is not a text span: not imported", True),
        ("annotation 1, result t: a 'textarea' result is not a text span: not imported", True),
        ("annotation 1, result 7: a two-way relation: not imported", True),
        ("annotation 1, result 8: the relation joins results that are not spans here", False),
    ]
    assert [(r.from_id, r.to_id, r.kind) for r in parsed.relations] == [
        ("b", "y", "blames"),
        ("b", "y", "accuses"),
        ("y", "b", ""),
    ]
    written = json.loads(label_studio.render(as_exported(parsed))["tasks.json"])
    assert [r for r in written[0]["annotations"][0]["result"] if r["type"] == "relation"] == [
        {
            "from_id": "b",
            "to_id": "y",
            "type": "relation",
            "direction": "right",
            "labels": ["blames", "accuses"],
        },
        {"from_id": "y", "to_id": "b", "type": "relation", "direction": "right", "labels": []},
    ]


def test_a_prediction_and_the_annotation_made_from_it_keep_apart_their_shared_ids():
    shared = labels(0, 4, "Baku", "Source", result_id="r1")
    relation = {"from_id": "r1", "to_id": "r1", "type": "relation", "labels": ["self"]}
    parsed = parse_tasks(
        task("Baku blamed Yerevan", shared, relation, predictions=[{"result": [shared]}])
    )

    assert [(span.span_id, span.suggested) for span in parsed.spans] == [
        ("r1", False),
        ("r1#2", True),
    ]
    assert [(r.from_id, r.to_id) for r in parsed.relations] == [("r1", "r1")]


def test_the_text_is_found_in_the_field_the_results_name_or_the_only_string():
    parsed = label_studio.parse(
        {
            "a.json": json.dumps({"data": {"review": "Baku said", "stars": 4}}).encode(),
            "b.json": json.dumps(
                {
                    "data": {"title": "t", "body": "Baku said"},
                    "annotations": [{"result": [labels(0, 4, "Baku") | {"to_name": "body"}]}],
                }
            ).encode(),
            "c.json": json.dumps([{"title": "t", "body": "two strings"}]).encode(),
        }
    )

    # Both files give the same text: one text, the first file's fields kept, a note for the other.
    assert [(text.text, text.meta) for text in parsed.texts] == [
        ("Baku said", {"data": {"stars": 4}, "text_field": "review"}),
    ]
    assert quotes(parsed) == ["Baku"]
    assert [str(problem) for problem in parsed.problems] == [
        "b.json, line 1: the same text as a.json, line 1: its spans go onto that task's document",
        "c.json, line 1: no text: which field of its data holds it?",
    ]
    written = json.loads(label_studio.render(as_exported(parsed))["tasks.json"])
    assert [t["data"] for t in written] == [{"review": "Baku said", "stars": 4}]


def test_bad_tasks_and_results_are_named_and_the_rest_read():
    parsed = parse_tasks(
        "not a task",
        task("Baku", labels("0", 4), labels(2, 9), labels(3, 1), labels(0, 4, None, 5)),
        task(
            "Baku said",
            {"type": "labels", "value": {"start": 0, "end": 4, "labels": ["X"], "text": 4}},
            id=9,
        ),
        task("Baku said", id=10),
        {
            "data": {"text": "Baku says"},
            "annotations": [{"result": [labels(0, 4)], "was_cancelled": True}, {"lead_time": 3}],
        },
        task("Baku, again", labels(0, 4, "Baku")),
    )

    assert [(problem.where.line, problem.message) for problem in parsed.problems] == [
        (1, "the task is not a JSON object"),
        (2, "annotation 1, result 1: start and end ('0', 4) are not numbers"),
        (2, "annotation 1, result 2: 2–9 is not a span of the text"),
        (2, "annotation 1, result 3: 3–1 is not a span of the text"),
        (2, "annotation 1, result 4: its labels are not a list of names"),
        (3, "annotation 1, result 1: its text is not a string"),
        (4, "the same text as tasks.json, line 3: its spans go onto that task's document"),
        (5, "annotation 1 was cancelled: not imported"),
        (5, "annotation 2 has no list of results"),
    ]
    assert [text.where.line for text in parsed.texts] == [2, 3, 5, 6]
    assert quotes(parsed) == ["Baku"]


def test_a_file_that_is_not_json_is_named_at_its_line():
    parsed = label_studio.parse({"broken.json": b'[\n  {"data": {"text": "a"}},\n  {"data": }\n]'})

    assert [str(problem) for problem in parsed.problems] == [
        "broken.json, line 3: not JSON (Expecting value, column 12)"
    ]
    assert parsed.texts == []


def test_written_ids_are_stable_and_unique_in_a_task():
    document = Exported(
        key="5",
        text="Baku blamed Baku",
        title="",
        spans=(
            ExportedSpan(0, 4, ("Source",), "Baku"),
            ExportedSpan(0, 4, ("Source",), "Baku"),
            ExportedSpan(12, 16, ("Source",), "Baku", span_id="own"),
        ),
        relations=(ExportedRelation("own", "missing", "dropped"),),
    )

    first = json.loads(label_studio.render([document])["tasks.json"])
    ids = [result["id"] for result in first[0]["annotations"][0]["result"]]

    assert json.loads(label_studio.render([document])["tasks.json"]) == first
    assert len(set(ids)) == 3 and ids[2] == "own"
    assert all(result["type"] == "labels" for result in first[0]["annotations"][0]["result"])
