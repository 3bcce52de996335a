"""manage.py import_annotations and export_annotations on the published SemEval-2020 corpus."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from annotations.models import Annotation
from sources.models import Document, Source
from tests.interop import interop_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    return interop_path("semeval2020-task11")


def command(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_a_corpus_folder_goes_in_and_comes_out_as_published(corpus, tmp_path):
    said = command("import_annotations", str(corpus), "--format", "semeval")

    # 50 technique lines: two of a class of three techniques, two of a class of two.
    assert said.splitlines()[0] == (
        "6 documents created (a new source: SemEval-2020 Task 11 PTC corpus), 0 found; "
        "56 spans created, 0 already there; 0 items skipped."
    )
    assert command("import_annotations", str(corpus), "--format", "semeval").startswith(
        "0 documents created, 6 found; 0 spans created, 56 already there"
    )

    out = tmp_path / "export"
    said = command("export_annotations", "--format", "semeval", "--output", str(out))

    assert said.strip() == f"18 files written to {out} for 6 documents."
    published = {p.name: p.read_bytes() for p in corpus.rglob("article*") if p.is_file()}
    written = {p.name: p.read_bytes() for p in out.iterdir()}
    assert written == published


def test_the_2023_edition_and_a_choice_of_documents(corpus, tmp_path):
    command("import_annotations", str(corpus / "tools-data"), "--format", "semeval")
    document = Document.objects.get(external_id="736757214")

    out = tmp_path / "2023"
    command(
        "export_annotations",
        str(document.pk),
        "--format",
        "semeval",
        "--edition",
        "2023",
        "--output",
        str(out),
    )

    assert sorted(p.name for p in out.iterdir()) == [
        "article736757214-labels-subtask-3.txt",
        "article736757214.txt",
    ]
    lines = (out / "article736757214-labels-subtask-3.txt").read_text().splitlines()
    assert lines[:4] == [
        "736757214\tExaggeration-Minimisation\t0\t59",
        "736757214\tWhataboutism\t171\t181",
        "736757214\tStraw_Man\t171\t181",
        "736757214\tRed_Herring\t171\t181",
    ]


def test_a_dry_run_prints_the_preview_and_writes_nothing(corpus):
    said = command(
        "import_annotations", str(corpus / "train-articles"), "--format", "semeval", "--dry-run"
    )

    assert "Documents: 5 to create, 0 found in the desk." in said
    assert "publisher SemEval-2020 Task 11 PTC corpus (a new source)" in said
    assert not Document.objects.exists() and not Source.objects.exists()


def test_options_a_label_map_a_publisher_a_language_and_skipping(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "article5.txt").write_text("Title\n\nThe enemy shelled Lachin.\n")
    (folder / "article5.task2-TC.labels").write_text(
        "5\tMind_Reading\t7\t16\n5\tDoubt\t999\t1000\n"
    )
    label_map = tmp_path / "map.json"
    label_map.write_text(json.dumps({"Mind_Reading": "enemy-othering"}))
    command("import_annotations", str(folder), "--format", "semeval", "--dry-run")

    with pytest.raises(CommandError) as refused:
        command("import_annotations", str(folder), "--format", "semeval")
    assert "article5.task2-TC.labels, line 1: unknown technique “Mind_Reading”" in str(
        refused.value
    )
    assert "article5.task2-TC.labels, line 2: the span starts at 999" in str(refused.value)
    with pytest.raises(CommandError, match="No source is named “Nobody”"):
        command("import_annotations", str(folder), "--format", "semeval", "--publisher", "Nobody")
    Source.objects.create(name="Desk wire")

    said = command(
        "import_annotations",
        str(folder),
        "--format",
        "semeval",
        "--skip-bad",
        "--label-map",
        str(label_map),
        "--publisher",
        "Desk wire",
        "--language",
        "ru",
    )

    assert "1 spans created" in said
    assert "Skipped: article5.task2-TC.labels, line 2: the span starts at 999" in said
    annotation = Annotation.objects.get()
    assert (annotation.label.slug, annotation.quote) == ("enemy-othering", "The enemy")
    assert annotation.document.publisher.name == "Desk wire"
    assert annotation.document.language_given == "ru"


def test_an_unreadable_label_map_is_named(tmp_path):
    bad = tmp_path / "map.json"
    bad.write_text("{not json")
    (tmp_path / "spans.tsv").write_text("1\tDoubt\t0\t3\n")

    with pytest.raises(CommandError, match="Cannot read the label map"):
        command(
            "import_annotations",
            str(tmp_path / "spans.tsv"),
            "--format",
            "semeval",
            "--label-map",
            str(bad),
        )
