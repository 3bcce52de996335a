"""doccano's JSONL: its published examples read, written back, bad lines named by their numbers,
and spans after an emoji, which doccano's files count two ways."""

import json

import pytest

from annotations.formats import doccano
from annotations.formats.base import Exported, ExportedRelation, ExportedSpan
from tests.annotations.interop import as_exported, interop_bytes, read

BACKEND = ("doccano", "backend")
EXPORT_EXAMPLE = (*BACKEND, "data_export/pipeline/examples/sequence_labeling/example.jsonl")
RELATION_EXAMPLE = (*BACKEND, "data_import/pipeline/examples/relation_extraction/example.jsonl")
IMPORT_TESTS = (*BACKEND, "data_import/tests/data/sequence_labeling")


def quotes(parsed):
    texts = {text.key: text.text for text in parsed.texts}
    return [(texts[span.text_key][span.start : span.end], span.labels) for span in parsed.spans]


def round_trip(parsed, form=doccano.SEQUENCE):
    return doccano.parse(doccano.render(as_exported(parsed), form=form))


def test_the_export_example_reads_as_published():
    parsed = doccano.parse({"example.jsonl": interop_bytes(*EXPORT_EXAMPLE)})

    assert parsed.problems == []
    assert [text.title for text in parsed.texts] == [
        "EU rejects German call to boycott British lamb.",
        "Peter Blackburn",
        "President Obama",
    ]
    assert quotes(parsed) == [
        ("EU", ("ORG",)),
        ("German", ("MISC",)),
        ("Peter Blackburn", ("PERSON",)),
        ("Obama", ("PERSON",)),
    ]
    assert {span.annotator for span in parsed.spans} == {"example"}  # the file's name


def test_the_export_example_is_written_as_doccano_exports_it():
    """Not byte for byte: the example is typed by hand for doccano's export dialog
    (``"label": [ [0, 2, "ORG"], … ]``), spaced as no JSON writer spaces. doccano's exporter
    writes pandas' compact JSON, and so does ``render``: those bytes, and the same reading."""
    parsed = doccano.parse({"example.jsonl": interop_bytes(*EXPORT_EXAMPLE)})

    written = doccano.render(as_exported(parsed))

    assert written == {
        "example.jsonl": (
            b'{"text":"EU rejects German call to boycott British lamb.",'
            b'"label":[[0,2,"ORG"],[11,17,"MISC"]]}\n'
            b'{"text":"Peter Blackburn","label":[[0,15,"PERSON"]]}\n'
            b'{"text":"President Obama","label":[[10,15,"PERSON"]]}\n'
        )
    }
    assert read(doccano.parse(written)) == read(parsed)


def test_the_relation_example_is_written_back_byte_for_byte():
    """Byte for byte but for the last newline: doccano's writer (pandas ≥ 1.2, its issue 36888)
    ends every line with one, and the example file ends without."""
    published = interop_bytes(*RELATION_EXAMPLE)
    parsed = doccano.parse({"example.jsonl": published})

    assert parsed.problems == []
    assert quotes(parsed) == [
        ("Google", ("ORG",)),
        ("September 4, 1998", ("DATE",)),
        ("Larry Page", ("PERSON",)),
        ("Sergey Brin", ("PERSON",)),
    ]
    assert [span.span_id for span in parsed.spans] == ["0", "1", "2", "3"]
    assert [(r.from_id, r.to_id, r.kind) for r in parsed.relations] == [
        ("0", "1", "foundedAt"),
        ("0", "2", "foundedBy"),
        ("0", "3", "foundedBy"),
    ]
    assert doccano.render(as_exported(parsed), form=doccano.RELATIONS) == {
        "example.jsonl": published + b"\n"
    }


def test_the_import_example_reads_its_texts_and_names_the_line_without_text():
    parsed = doccano.parse({"example.jsonl": interop_bytes(*IMPORT_TESTS, "example.jsonl")})

    assert [(text.text, text.meta) for text in parsed.texts] == [
        ("exampleA", {"meta": {"wikiPageID": 1}}),
        ("exampleB", {"meta": {"wikiPageID": 2}}),  # its label list is empty: no span
    ]
    assert quotes(parsed) == [("e", ("LOC",))]
    assert [str(problem) for problem in parsed.problems] == ["example.jsonl, line 3: no text"]
    assert read(round_trip(parsed)) == read(parsed)


def test_the_same_span_twice_is_kept_twice():
    parsed = doccano.parse(
        {"example.jsonl": interop_bytes(*IMPORT_TESTS, "example_overlapping.jsonl")}
    )

    assert parsed.problems == []
    assert quotes(parsed) == [("e", ("LOC",)), ("e", ("LOC",))]
    written = doccano.render(as_exported(parsed))["example.jsonl"]
    assert json.loads(written)["label"] == [[0, 1, "LOC"], [0, 1, "LOC"]]


BAD = [
    '{"text": "fine", "label": [[0, 4, "LOC"]]}',
    '{"text": "not JSON", "label": [[0, 3, "LOC"]]',
    '["a list", "not an object"]',
    '{"text": 17}',
    '{"text": "short", "label": [[2, 9, "LOC"]]}',
    '{"text": "backwards", "label": [[4, 4, "LOC"], [5, 2, "LOC"]]}',
    '{"text": "numbered label", "label": [[0, 8, 3]]}',
    '{"text": "pairs", "label": [[0, 5]]}',
    "",
    '{"text": "halves", "label": [["0", 3, "LOC"], [-1, 3, "LOC"]]}',
    '{"text": "both", "label": [], "labels": []}',
    '{"text": "also fine", "labels": [[5, 9, "LOC"]]}',
]


def test_bad_lines_are_named_by_their_numbers_and_the_others_read():
    parsed = doccano.parse({"bad.jsonl": "\n".join(BAD).encode()})

    assert [(problem.where.line, problem.message) for problem in parsed.problems] == [
        (2, "not JSON (Expecting ',' delimiter, column 46)"),
        (3, "not a JSON object"),
        (4, "its text is not a string"),
        (5, "span 1: 2–9 runs past the end of the text (5 characters)"),
        (6, "span 1: start 4 is not before end 4"),
        (6, "span 2: start 5 is not before end 2"),
        (7, "span 1: its label 3 is not a string"),
        (8, "span 1: not [start, end, label]"),
        (10, "span 1: start and end ('0', 3) are not whole numbers"),
        (10, "span 2: starts before 0"),
        (11, "it has both label and labels; which are its spans?"),
    ]
    assert not any(problem.note for problem in parsed.problems)
    assert quotes(parsed) == [("fine", ("LOC",)), ("fine", ("LOC",))]
    assert [text.where.line for text in parsed.texts] == [1, 5, 6, 7, 8, 10, 11, 12]


def test_a_file_that_is_not_utf8_is_named_at_its_line():
    parsed = doccano.parse({"latin.jsonl": b'{"text": "ok"}\n{"text": "caf\xe9"}\n'})

    assert [str(problem) for problem in parsed.problems] == [
        "latin.jsonl, line 2: not UTF-8 text (byte 29)"
    ]
    assert parsed.texts == []


def test_entities_and_relations_that_do_not_hold_together_are_named():
    line = {
        "text": "Baku blamed Yerevan",
        "entities": [
            {"id": 7, "start_offset": 0, "end_offset": 4, "label": "SOURCE"},
            {"id": 7, "start_offset": 12, "end_offset": 19, "label": "TARGET"},
            "not an entity",
        ],
        "relations": [
            {"from_id": 7, "to_id": 8, "type": "blames"},
            {"from_id": 7, "to_id": 7, "type": ""},
        ],
    }
    parsed = doccano.parse({"r.jsonl": json.dumps(line).encode()})

    assert [problem.message for problem in parsed.problems] == [
        "span 2: its id 7 is another entity's",
        "span 3: not an entity object",
        "relation 1: its to_id 8 is none of the line's entities",
        "relation 2: its type is not a name",
    ]
    assert quotes(parsed) == [("Baku", ("SOURCE",))]
    assert parsed.relations == []


def test_a_lines_id_and_other_keys_are_kept_and_written_where_doccano_writes_them():
    line = {
        "Comments": ["checked"],
        "text": "Ереван и Баку / Yerevan and Baku",
        "id": 42,
        "source": "wire",
        "label": [[15, 22, "PLACE"], [0, 6, "PLACE"]],
    }
    parsed = doccano.parse({"all.jsonl": json.dumps(line).encode()})

    assert [text.meta for text in parsed.texts] == [
        {"Comments": ["checked"], "id": 42, "source": "wire"}
    ]
    assert {span.annotator for span in parsed.spans} == {""}  # a shared project's file
    assert doccano.render(as_exported(parsed)) == {
        "all.jsonl": (
            '{"id":42,"text":"Ереван и Баку \\/ Yerevan and Baku","source":"wire",'
            '"label":[[0,6,"PLACE"],[15,22,"PLACE"]],"Comments":["checked"]}\n'
        ).encode()
    }


def test_each_members_file_gives_that_members_spans_of_the_same_texts():
    alice = b'{"id": 1, "text": "Baku said", "label": [[0, 4, "SOURCE"]]}\n'
    bob = b'{"id": 1, "text": "Baku said", "label": [[5, 9, "VERB"]]}\n'
    other = b'{"id": 1, "text": "Yerevan said", "label": []}\n'

    parsed = doccano.parse({"alice.jsonl": alice, "bob.jsonl": bob, "carol.jsonl": other})

    # Carol's id 1 is another project's row: a text of its own, not a clash.
    assert [text.text for text in parsed.texts] == ["Baku said", "Yerevan said"]
    assert [(span.annotator, span.labels) for span in parsed.spans] == [
        ("alice", ("SOURCE",)),
        ("bob", ("VERB",)),
    ]
    assert parsed.problems == []
    written = doccano.render(as_exported(parsed)[:1])
    assert written == {
        "alice.jsonl": b'{"id":1,"text":"Baku said","label":[[0,4,"SOURCE"]]}\n',
        "bob.jsonl": b'{"id":1,"text":"Baku said","label":[[5,9,"VERB"]]}\n',
    }


def test_a_text_is_keyed_by_what_it_says_not_by_its_line_or_id():
    first = doccano.parse({"a.jsonl": b'{"text": "Baku said"}\n{"text": "Yerevan said"}\n'})
    second = doccano.parse({"b.jsonl": b'{"id": 1, "text": "Yerevan said"}\n'})

    assert first.texts[1].key == second.texts[0].key
    assert first.texts[0].key != first.texts[1].key


def test_the_same_text_twice_in_one_file_is_one_text_with_both_lines_spans_and_a_note():
    lines = (
        b'{"id": "a", "text": "Baku said", "label": [[0, 4, "SOURCE"]]}\n'
        b'{"id": "b", "text": "Baku said", "label": [[5, 9, "VERB"]]}\n'
    )

    parsed = doccano.parse({"x.jsonl": lines})

    assert [text.meta for text in parsed.texts] == [{"id": "a"}]
    assert [span.labels for span in parsed.spans] == [("SOURCE",), ("VERB",)]
    assert [(str(problem), problem.note) for problem in parsed.problems] == [
        (
            "x.jsonl, line 2: the same text as x.jsonl, line 1: its spans go onto that line's "
            "document",
            True,
        )
    ]


# The fire is one code point and two UTF-16 units: spans after it read differently.
EMOJI_TEXT = "🔥 Baku called it a provocation"
PROVOCATION = (19, 30)


def test_a_span_after_an_emoji_is_read_as_code_points_and_both_readings_are_named():
    line = {"text": EMOJI_TEXT, "label": [[*PROVOCATION, "BLAME"]]}

    parsed = doccano.parse({"x.jsonl": json.dumps(line).encode()})

    assert quotes(parsed) == [("provocation", ("BLAME",))]
    assert [problem.message for problem in parsed.problems] == [
        "span 1: 19–30 reads «provocation» counting characters as Python does, « provocatio» "
        "counting UTF-16 units as doccano's annotation screen may have; the import has to be "
        "told which this file counts"
    ]


def test_told_the_file_counts_utf16_units_the_spans_are_converted():
    line = {"text": EMOJI_TEXT, "label": [[20, 31, "BLAME"], [0, 2, "FIRE"], [1, 4, "SPLIT"]]}

    parsed = doccano.parse({"x.jsonl": json.dumps(line).encode()}, offsets="utf16")

    assert quotes(parsed) == [("provocation", ("BLAME",)), ("🔥", ("FIRE",))]
    assert [(span.start, span.end) for span in parsed.spans] == [PROVOCATION, (0, 1)]
    assert [problem.message for problem in parsed.problems] == [
        "span 3: 1–4 in UTF-16 units splits a character or leaves the text"
    ]


def test_told_the_file_counts_code_points_nothing_is_asked():
    line = {"text": EMOJI_TEXT, "label": [[*PROVOCATION, "BLAME"]]}

    parsed = doccano.parse({"x.jsonl": json.dumps(line).encode()}, offsets="code_points")

    assert parsed.problems == []
    assert quotes(parsed) == [("provocation", ("BLAME",))]


def test_a_span_whose_utf16_reading_would_split_the_emoji_is_not_ambiguous():
    line = {"text": EMOJI_TEXT, "label": [[0, 1, "FIRE"], [1, 6, "SOURCE"]]}

    parsed = doccano.parse({"x.jsonl": json.dumps(line).encode()})

    assert parsed.problems == []
    assert quotes(parsed) == [("🔥", ("FIRE",)), (" Baku", ("SOURCE",))]


def test_the_relations_form_numbers_spans_that_have_no_id_and_skips_spans_without_a_label():
    document = Exported(
        key="9",
        text="Baku blamed Yerevan",
        title="",
        spans=(
            ExportedSpan(0, 4, ("SOURCE", "STATE"), "Baku", span_id="1"),
            ExportedSpan(12, 19, ("TARGET",), "Yerevan"),
            ExportedSpan(5, 11, (), "blamed"),
        ),
        relations=(ExportedRelation("1", "1", "self", relation_id="r5"),),
    )

    written = doccano.render([document], form=doccano.RELATIONS)

    assert json.loads(written["all.jsonl"]) == {
        "text": "Baku blamed Yerevan",
        "entities": [
            {"id": 1, "start_offset": 0, "end_offset": 4, "label": "SOURCE"},
            {"id": 0, "start_offset": 0, "end_offset": 4, "label": "STATE"},
            {"id": 2, "start_offset": 12, "end_offset": 19, "label": "TARGET"},
        ],
        "relations": [{"id": "r5", "from_id": 1, "to_id": 1, "type": "self"}],
    }


def test_an_unknown_form_or_count_is_refused():
    with pytest.raises(ValueError, match="form"):
        doccano.render([], form="conll")
    with pytest.raises(ValueError, match="offsets"):
        doccano.parse({}, offsets="graphemes")
