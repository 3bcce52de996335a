"""The published interchange files go into the demo desk as they are published and come out
unchanged: the SemEval-2020 sample articles byte for byte, doccano's and Label Studio's examples
reading the same, schema.org's ClaimReview examples item for item."""

import io
import json

import pytest
from django.core.management import call_command

from annotations.formats import doccano, label_studio
from claims.models import Claim
from publishing.models import ExternalReview
from sources.models import Document
from tests.annotations.interop import read
from tests.interop import interop_path

pytestmark = pytest.mark.django_db

DOCCANO = {
    "sequence": "doccano/backend/data_export/pipeline/examples/sequence_labeling/example.jsonl",
    "relations": "doccano/backend/data_import/pipeline/examples/relation_extraction/example.jsonl",
}
LABEL_STUDIO = {
    "completions": "label-studio/label-studio-converter/test/fixtures/completions/348.json",
    "predictions": "label-studio/docs-predictions-ner-example.json",
}
CLAIMREVIEWS = ("claimreview/schemaorg/eg-0324.jsonld", "claimreview/schemaorg/eg-0325.jsonld")


def command(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def demo_desk():
    command("load_demo", "--no-users")


def create_labels(tmp_path, parsed) -> str:
    path = tmp_path / f"labels-{len(list(tmp_path.iterdir()))}.json"
    path.write_text(json.dumps(dict.fromkeys(parsed.labels(), "create")))
    return str(path)


def documents_of(collection: str) -> list[str]:
    ids = Document.objects.filter(external_collection=collection).values_list("pk", flat=True)
    return [str(pk) for pk in sorted(ids)]


def documents_with(parsed) -> list[str]:
    """The ids of the desk's documents holding the parsed texts."""
    texts = [text.text for text in parsed.texts]
    return [str(pk) for pk in Document.objects.filter(text__in=texts).values_list("pk", flat=True)]


def test_every_published_format_goes_into_the_demo_desk_and_comes_out_unchanged(
    demo_desk, tmp_path
):
    # SemEval-2020: the sample articles with their span files, out byte for byte.
    corpus = interop_path("semeval2020-task11")
    command("import_annotations", str(corpus), "--format", "semeval")
    out = tmp_path / "semeval"
    command("export_annotations", *documents_of("semeval2020-ptc"), "--format", "semeval",
            "--output", str(out))  # fmt: skip
    published = {p.name: p.read_bytes() for p in corpus.rglob("article*") if p.is_file()}
    assert {p.name: p.read_bytes() for p in out.iterdir()} == published

    # doccano, both forms: the same texts, spans, line keys and (in the relation form) spans'
    # ids; its relations are between named entities, not claims, and are named as skipped.
    for form, name in DOCCANO.items():
        path = interop_path(name)
        parsed = doccano.parse({path.name: path.read_bytes()})
        said = command("import_annotations", str(path), "--format", "doccano",
                       "--label-map", create_labels(tmp_path, parsed))  # fmt: skip
        assert said.startswith(f"{len(parsed.texts)} documents created")
        out = tmp_path / f"doccano-{form}.jsonl"
        command("export_annotations", *documents_with(parsed), "--format", "doccano",
                "--form", form, "--output", str(out))  # fmt: skip
        again = doccano.parse({path.name: out.read_bytes()})
        texts, spans, _ = read(again)
        assert texts == read(parsed)[0]
        assert spans == read(parsed)[1]

    # Label Studio, 0.x completions and 1.x predictions: accepted spans and suggestions, each
    # by its annotator or model version, with their result ids.
    for name in LABEL_STUDIO.values():
        path = interop_path(name)
        parsed = label_studio.parse({path.name: path.read_bytes()})
        command("import_annotations", str(path), "--format", "label-studio",
                "--label-map", create_labels(tmp_path, parsed))  # fmt: skip
        out = tmp_path / f"{path.stem}.json"
        command("export_annotations", *documents_with(parsed), "--format", "label-studio",
                "--output", str(out))  # fmt: skip
        again = label_studio.parse({path.name: out.read_bytes()})
        assert read(again)[0] == read(parsed)[0]
        assert sorted(read(again)[1]) == sorted(read(parsed)[1])

    # schema.org's ClaimReview examples, linked to a demo claim, out as they were published.
    claim = Claim.objects.order_by("pk").first()
    published = []
    for name in CLAIMREVIEWS:
        path = interop_path(name)
        published.append(json.loads(path.read_bytes()))
        command(
            "import_annotations", str(path), "--format", "claimreview", "--claim", str(claim.pk)
        )
    assert ExternalReview.objects.count() == 2
    out = tmp_path / "reviews.json"
    command("export_annotations", str(claim.document_id), "--format", "claimreview",
            "--output", str(out))  # fmt: skip
    written = json.loads(out.read_text())
    others = [item for item in written if item not in published]
    assert [item for item in written if item in published] == published
    # Anything else written is the desk's own fact-check of a demo claim in that document.
    assert all(item["author"]["name"] != published[0]["author"]["name"] for item in others)
