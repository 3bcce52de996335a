"""doccano's and Label Studio's published files through the import and export commands: in as
published, out again reading the same, each text once whatever its file or line, offsets
checked, relations between claims made into pairs and every other relation named."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from annotations.formats import doccano, label_studio
from annotations.models import Annotation
from claims.models import ClaimPair
from publishing.models import ExternalReview
from sources.models import Document
from tests.annotations.interop import read
from tests.factories import framing_label, make_annotation, make_claim, make_document
from tests.interop import interop_path

pytestmark = pytest.mark.django_db

DOCCANO = ("doccano", "backend")
DOCCANO_FILES = {
    "export": (*DOCCANO, "data_export/pipeline/examples/sequence_labeling/example.jsonl"),
    "import": (*DOCCANO, "data_import/tests/data/sequence_labeling/example.jsonl"),
    "overlapping": (*DOCCANO, "data_import/tests/data/sequence_labeling/example_overlapping.jsonl"),
    "relations": (*DOCCANO, "data_import/pipeline/examples/relation_extraction/example.jsonl"),
}
COMPLETIONS = ("label-studio", "label-studio-converter/test/fixtures/completions/348.json")
PREDICTIONS = ("label-studio", "docs-predictions-ner-example.json")


def command(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def label_map(tmp_path, mapping: dict) -> str:
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(mapping))
    return str(path)


def create_all(tmp_path, *labels: str) -> str:
    """A label map creating a label of each file label's name, as a desk new to a tool's
    labels would confirm it."""
    return label_map(tmp_path, dict.fromkeys(labels, "create"))


def spans_read(parsed):
    """Texts and their spans as a reader sees them: the text, then each span's quote, labels,
    annotator and whether it is a suggestion, in order."""
    texts = {text.key: text.text for text in parsed.texts}
    return sorted(texts.values()), sorted(
        (texts[s.text_key], s.start, s.end, s.labels, s.suggested) for s in parsed.spans
    )


def export(tmp_path, format: str, *documents: int, form: str | None = None) -> dict[str, bytes]:
    out = tmp_path / f"out-{format}-{form}"
    args = ["export_annotations", *map(str, documents), "--format", format, "--output", str(out)]
    command(*args, *(["--form", form] if form else []))
    return {path.name: path.read_bytes() for path in out.iterdir()}


@pytest.mark.parametrize("name", ["export", "import", "overlapping", "relations"])
def test_each_published_doccano_file_goes_in_and_comes_out_reading_the_same(tmp_path, name):
    path = interop_path(*DOCCANO_FILES[name])
    published = doccano.parse({path.name: path.read_bytes()})
    labels = create_all(tmp_path, *published.labels())

    said = command(
        "import_annotations", str(path), "--format", "doccano", "--label-map", labels, "--skip-bad"
    )

    documents = Document.objects.filter(external_collection="doccano").order_by("pk")
    assert [document.text for document in documents] == [text.text for text in published.texts]
    assert command(
        "import_annotations", str(path), "--format", "doccano", "--label-map", labels, "--skip-bad"
    ).startswith(f"0 documents created, {len(published.texts)} found; 0 spans created")
    form = doccano.RELATIONS if published.relations else doccano.SEQUENCE
    written = export(tmp_path, "doccano", *documents.values_list("pk", flat=True), form=form)
    again = doccano.parse(written)
    # The same span twice (the overlapping example) is one span of the desk: counted once.
    assert spans_read(again)[0] == spans_read(published)[0]
    assert sorted(set(spans_read(again)[1])) == sorted(set(spans_read(published)[1]))
    # Each line's own keys (meta, id) are written back as they were.
    assert [text.meta for text in again.texts] == [text.meta for text in published.texts]
    if name == "import":
        assert "1 items skipped" in said  # the line without text, named by its number
        assert "example.jsonl, line 3: no text" in said


def test_the_relation_examples_relations_are_named_as_skipped_not_dropped_unseen(tmp_path):
    path = interop_path(*DOCCANO_FILES["relations"])
    labels = create_all(tmp_path, "ORG", "DATE", "PERSON")

    said = command(
        "import_annotations", str(path), "--format", "doccano", "--label-map", labels, "--dry-run"
    )

    skipped = [line for line in said.splitlines() if "is not imported" in line]
    assert skipped == [
        f"Not imported: example.jsonl, line 1: the relation {kind} from span 0 to span {to} is "
        f"not imported: its type “{kind}” is neither a contradiction nor a corroboration."
        for kind, to in (("foundedAt", 1), ("foundedBy", 2), ("foundedBy", 3))
    ]


def test_two_files_whose_lines_have_no_id_are_two_sets_of_documents(tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text('{"text": "Baku reported shelling", "label": [[0, 4, "LOC"]]}\n')
    second.write_text('{"text": "Yerevan denied it", "label": [[0, 7, "LOC"]]}\n')
    labels = create_all(tmp_path, "LOC")

    command("import_annotations", str(first), "--format", "doccano", "--label-map", labels)
    said = command("import_annotations", str(second), "--format", "doccano", "--label-map", labels)

    assert said.startswith("1 documents created, 0 found; 1 spans created")
    assert sorted(Document.objects.values_list("text", flat=True)) == [
        "Baku reported shelling",
        "Yerevan denied it",
    ]


def test_a_bad_line_writes_nothing_and_is_named_unless_bad_lines_are_skipped(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"text": "Baku reported shelling", "label": [[0, 4, "LOC"]]}\n'
        '{"text": "short", "label": [[2, 9, "LOC"]]}\n'
    )
    labels = create_all(tmp_path, "LOC")

    with pytest.raises(CommandError) as refused:
        command("import_annotations", str(path), "--format", "doccano", "--label-map", labels)

    assert "mixed.jsonl, line 2: span 1: 2–9 runs past the end of the text" in str(refused.value)
    assert not Document.objects.exists() and not Annotation.objects.exists()
    said = command(
        "import_annotations", str(path), "--format", "doccano", "--label-map", labels, "--skip-bad"
    )
    assert said.startswith("2 documents created (a new source: doccano import), 0 found; 1 spans")


def test_doccano_offsets_after_an_emoji_are_refused_until_the_file_says_how_it_counts(tmp_path):
    path = tmp_path / "emoji.jsonl"
    path.write_text(
        json.dumps({"text": "🔥 Baku called it a provocation", "label": [[20, 31, "B"]]})
    )
    labels = create_all(tmp_path, "B")

    with pytest.raises(CommandError) as refused:
        command("import_annotations", str(path), "--format", "doccano", "--label-map", labels)
    assert (
        "emoji.jsonl, line 1: span 1: 20–31 runs past the end of the text (30 characters); "
        "counting UTF-16 units, as doccano's annotation screen may have, it reads «provocation»"
    ) in str(refused.value)

    command(
        "import_annotations",
        *(str(path), "--format", "doccano", "--label-map", labels, "--offsets", "utf16"),
    )
    assert list(Annotation.objects.values_list("quote", flat=True)) == ["provocation"]


def test_offsets_are_refused_for_a_format_whose_files_say_how_they_count(tmp_path):
    path = interop_path(*PREDICTIONS)

    with pytest.raises(CommandError, match="label-studio format's offsets are none"):
        command("import_annotations", str(path), "--format", "label-studio", "--offsets", "utf16")


def test_label_studio_annotations_are_accepted_spans_and_predictions_suggestions(tmp_path):
    completions, predictions = interop_path(*COMPLETIONS), interop_path(*PREDICTIONS)
    labels = create_all(
        tmp_path,
        *label_studio.parse({"c": completions.read_bytes()}).labels(),
        *label_studio.parse({"p": predictions.read_bytes()}).labels(),
    )

    command(
        "import_annotations", str(completions), "--format", "label-studio", "--label-map", labels
    )
    command(
        "import_annotations", str(predictions), "--format", "label-studio", "--label-map", labels
    )

    states = set(Annotation.objects.values_list("state", "imported_annotator"))
    assert sorted(states) == [("accepted", ""), ("suggested", "one"), ("suggested", "two")]
    assert Annotation.objects.filter(state="accepted").count() == 38
    assert Annotation.objects.filter(state="suggested").count() == 20


@pytest.mark.parametrize("fixture", [COMPLETIONS, PREDICTIONS])
def test_label_studio_tasks_come_out_reading_as_they_went_in(tmp_path, fixture):
    path = interop_path(*fixture)
    published = label_studio.parse({path.name: path.read_bytes()})
    labels = create_all(tmp_path, *published.labels())
    command("import_annotations", str(path), "--format", "label-studio", "--label-map", labels)

    written = export(tmp_path, "label-studio")
    again = label_studio.parse(written)

    texts, spans, _ = read(again)
    assert texts == read(published)[0]
    # Every span as published: offsets, labels, quote, who made it (annotator or model
    # version), suggestion or not, and the result's own id.
    assert sorted(spans) == sorted(read(published)[1])


def test_label_studio_quotes_that_disagree_with_their_offsets_write_nothing(tmp_path):
    path = tmp_path / "tasks.json"
    result = {"type": "labels", "value": {"start": 0, "end": 4, "text": "Yerevan", "labels": ["P"]}}
    path.write_text(
        json.dumps(
            [{"data": {"text": "Baku blamed Yerevan"}, "annotations": [{"result": [result]}]}]
        )
    )
    labels = create_all(tmp_path, "P")

    with pytest.raises(CommandError) as refused:
        command("import_annotations", str(path), "--format", "label-studio", "--label-map", labels)

    assert (
        "tasks.json, line 1: annotation 1, result 1: 0–4 reads «Baku» but the file quotes «Yerevan»"
        in str(refused.value)
    )
    assert not Document.objects.exists()


RELATED = "Baku said Armenian units opened fire. Yerevan said Azerbaijani units advanced."


def relation_line(document, first, second, kind):
    return {
        "text": document.text,
        "entities": [
            {"id": 1, "start_offset": first.start, "end_offset": first.end, "label": "CLAIM"},
            {"id": 2, "start_offset": second.start, "end_offset": second.end, "label": "CLAIM"},
            {"id": 3, "start_offset": 0, "end_offset": 4, "label": "PLACE"},
        ],
        "relations": [
            {"id": 10, "from_id": 1, "to_id": 2, "type": kind},
            {"id": 11, "from_id": 3, "to_id": 2, "type": kind},
        ],
    }


def test_a_relation_between_two_claims_of_the_desk_becomes_a_claim_pair(tmp_path):
    document = make_document(RELATED)
    baku = make_claim(document, "Baku said Armenian units opened fire.")
    yerevan = make_claim(document, "Yerevan said Azerbaijani units advanced.")
    path = tmp_path / "related.jsonl"
    path.write_text(json.dumps(relation_line(document, baku, yerevan, "CONTRADICTS")))
    labels = label_map(tmp_path, {"CLAIM": "skip", "PLACE": "create"})

    said = command("import_annotations", str(path), "--format", "doccano", "--label-map", labels)

    pair = ClaimPair.objects.get()
    assert (pair.claim_a, pair.claim_b, pair.relation) == (baku, yerevan, "contradicts")
    assert "Claim pairs: 1 created, 0 already there." in said
    # The CLAIM spans are the claims themselves: left out; the PLACE span is imported.
    assert list(Annotation.objects.values_list("quote", flat=True)) == ["Baku"]
    again = command("import_annotations", str(path), "--format", "doccano", "--label-map", labels)
    assert "Claim pairs: 0 created, 1 already there." in again
    assert ClaimPair.objects.count() == 1


def test_relations_that_cannot_be_pairs_are_named_with_why(tmp_path):
    document = make_document(RELATED)
    baku = make_claim(document, "Baku said Armenian units opened fire.")
    yerevan = make_claim(document, "Yerevan said Azerbaijani units advanced.")
    path = tmp_path / "related.jsonl"
    path.write_text(json.dumps(relation_line(document, baku, yerevan, "mentions")))
    labels = label_map(tmp_path, {"CLAIM": "skip", "PLACE": "create"})

    said = command(
        "import_annotations", str(path), "--format", "doccano", "--label-map", labels, "--dry-run"
    )

    assert "its type “mentions” is neither a contradiction nor a corroboration" in said
    path.write_text(json.dumps(relation_line(document, baku, yerevan, "supports")))
    said = command(
        "import_annotations", str(path), "--format", "doccano", "--label-map", labels, "--dry-run"
    )
    assert f"claims {baku.pk} and {yerevan.pk}: corroborates" in said
    assert f"document {document.pk} has no claim at 0–4" in said
    assert not ClaimPair.objects.exists()


def test_export_options_belong_to_their_format(tmp_path):
    with pytest.raises(CommandError, match="--form is not an option of the semeval format"):
        export(tmp_path, "semeval", form="relations")


def test_claimreview_goes_through_the_same_commands_and_a_dry_run_writes_nothing(tmp_path):
    path = interop_path("claimreview", "schemaorg", "eg-0324.jsonld")
    claim = make_claim()

    said = command("import_annotations", str(path), "--format", "claimreview", "--dry-run")

    assert said.splitlines()[-1] == (
        "1 reviews to import, 0 already there, 0 refused. Nothing was written."
    )
    assert not ExternalReview.objects.exists()
    command("import_annotations", str(path), "--format", "claimreview", "--claim", str(claim.pk))
    assert list(ExternalReview.objects.get().claims.all()) == [claim]
    out = tmp_path / "reviews.json"
    command("export_annotations", "--format", "claimreview", "--output", str(out))
    assert json.loads(out.read_text()) == [json.loads(path.read_bytes())]


def test_options_of_one_format_are_refused_for_another(tmp_path):
    review = interop_path("claimreview", "schemaorg", "eg-0324.jsonld")
    spans = interop_path(*DOCCANO_FILES["export"])

    with pytest.raises(CommandError, match="--offsets: not options of the claimreview format"):
        command("import_annotations", str(review), "--format", "claimreview", "--offsets", "utf16")
    with pytest.raises(
        CommandError, match="--claim and --user are options of the claimreview format only"
    ):
        command("import_annotations", str(spans), "--format", "doccano", "--claim", "1")
    assert not ExternalReview.objects.exists() and not Document.objects.exists()


def test_an_export_of_several_files_asks_for_a_folder(tmp_path):
    for member in ("alice", "bob"):
        path = tmp_path / f"{member}.jsonl"
        path.write_text('{"text": "Baku said", "label": [[0, 4, "LOC"]]}\n')
        command("import_annotations", str(path), "--format", "doccano",
                "--label-map", create_all(tmp_path, "LOC"))  # fmt: skip

    with pytest.raises(CommandError, match=r"2 files \(alice.jsonl, bob.jsonl\): give a folder"):
        command("export_annotations", "--format", "doccano", "--output", str(tmp_path / "x.jsonl"))
    written = export(tmp_path, "doccano")
    assert sorted(written) == ["alice.jsonl", "bob.jsonl"]


def test_each_relation_joins_the_spans_of_its_own_line(tmp_path):
    text = "Baku blamed Yerevan. Yerevan blamed Baku. Moscow urged calm."
    document = make_document(text)
    baku, yerevan, moscow = (
        make_claim(document, phrase)
        for phrase in ("Baku blamed Yerevan.", "Yerevan blamed Baku.", "Moscow urged calm.")
    )

    def line(first, second, kind):
        entities = [
            {"id": 1, "start_offset": first.start, "end_offset": first.end, "label": "CLAIM"},
            {"id": 2, "start_offset": second.start, "end_offset": second.end, "label": "CLAIM"},
        ]
        relations = [{"from_id": 1, "to_id": 2, "type": kind}]
        return json.dumps({"text": text, "entities": entities, "relations": relations}) + "\n"

    folder = tmp_path / "members"
    folder.mkdir()
    (folder / "alice.jsonl").write_text(line(baku, yerevan, "contradicts"))
    (folder / "bob.jsonl").write_text(line(moscow, baku, "supports"))
    labels = label_map(tmp_path, {"CLAIM": "skip"})

    command("import_annotations", str(folder), "--format", "doccano", "--label-map", labels)

    pairs = {(p.claim_a_id, p.claim_b_id, p.relation) for p in ClaimPair.objects.all()}
    assert pairs == {
        (baku.pk, yerevan.pk, "contradicts"),
        (baku.pk, moscow.pk, "corroborates"),
    }


def test_one_file_label_mapped_onto_two_labels_exports_entities_with_distinct_ids(tmp_path):
    path = tmp_path / "e.jsonl"
    entity = {"id": 7, "start_offset": 0, "end_offset": 4, "label": "PLACE"}
    path.write_text(json.dumps({"text": "Baku said", "entities": [entity], "relations": []}))
    mapping = label_map(tmp_path, {"PLACE": ["doubt", "loaded-language"]})
    command("import_annotations", str(path), "--format", "doccano", "--label-map", mapping)

    written = export(tmp_path, "doccano", form="relations")

    assert doccano.parse(written).problems == []
    ids = [entity["id"] for entity in json.loads(written["e.jsonl"])["entities"]]
    assert len(ids) == len(set(ids)) == 2 and 7 in ids


def test_the_lexicons_suggestions_are_not_exported_as_a_tools_predictions(tmp_path):
    path = interop_path(*COMPLETIONS)
    published = label_studio.parse({path.name: path.read_bytes()})
    command("import_annotations", str(path), "--format", "label-studio",
            "--label-map", create_all(tmp_path, *published.labels()))  # fmt: skip
    document = Document.objects.get()
    make_annotation(
        document,
        "Sodium",
        origin="lexicon",
        annotator=None,
        state="suggested",
        label=framing_label(),
    )

    tasks = json.loads(export(tmp_path, "label-studio")["tasks.json"])

    assert tasks[0]["predictions"] == []
    assert len(tasks[0]["annotations"][0]["result"]) == 38
