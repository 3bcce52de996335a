"""SemEval span files: export, import, round trip, and nothing written from a bad file."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from rest_framework.test import APIClient

from annotations.models import Annotation, FramingLabel
from tests.factories import framing_label, make_annotation, make_document, make_editor

pytestmark = pytest.mark.django_db

TEXT = (
    "🔥 Officials called the villages occupied and the strike a provocation; Ադրբեջանական սադրանք."
)


def technique(code):
    return FramingLabel.objects.get(semeval_code=code)


@pytest.fixture
def spans():
    document = make_document(TEXT)
    make_annotation(document, "occupied", label=technique("Loaded_Language"))
    make_annotation(document, "a provocation", label=technique("Name_Calling-Labeling"))
    make_annotation(document, "Ադրբեջանական սադրանք", label=technique("Loaded_Language"))
    make_annotation(document, "villages", label=framing_label("conflict-only-label"))  # no code
    return document


def export(tmp_path, name="spans.tsv", *ids):
    path = tmp_path / name
    call_command("export_semeval", *map(str, ids), output=str(path))
    return path


def test_a_file_round_trips_unchanged(spans, tmp_path):
    first = export(tmp_path, "first.tsv")
    lines = first.read_text(encoding="utf-8").splitlines()
    start = TEXT.index("occupied")
    assert f"{spans.pk}\tLoaded_Language\t{start}\t{start + 8}" in lines
    assert len(lines) == 3  # the label without a SemEval code is left out

    Annotation.objects.all().delete()
    call_command("import_semeval", str(first))
    second = export(tmp_path, "second.tsv")

    assert second.read_bytes() == first.read_bytes()
    imported = Annotation.objects.get(quote="Ադրբեջանական սադրանք")
    assert (imported.origin, imported.state, imported.annotator) == ("import", "accepted", None)
    assert TEXT[imported.start : imported.end] == imported.quote


def test_importing_the_same_file_again_adds_nothing(spans, tmp_path):
    path = export(tmp_path)
    path.write_text(path.read_text() * 2)  # every line twice
    first, second = io.StringIO(), io.StringIO()
    call_command("import_semeval", str(path), stdout=first)
    count = Annotation.objects.count()

    call_command("import_semeval", str(path), stdout=second)

    assert Annotation.objects.count() == count == 4 + 3
    assert first.getvalue().strip() == "3 spans imported, 3 already there."
    assert second.getvalue().strip() == "0 spans imported, 6 already there."


def test_one_bad_line_and_nothing_is_written_with_every_bad_line_named(spans, tmp_path):
    good = f"{spans.pk}\tDoubt\t2\t11"
    bad = [
        f"{spans.pk}\tDoubt\t2",  # 3 fields
        f"{spans.pk}\tDoubt\ttwo\t11",
        "999999\tDoubt\t2\t11",
        f"{spans.pk}\tNot_A_Technique\t2\t11",
        f"{spans.pk}\tDoubt\t2\t{len(TEXT) + 5}",
        f"{spans.pk}\tDoubt\t11\t2",
    ]
    path = tmp_path / "bad.tsv"
    path.write_text("\n".join([good, *bad]) + "\n", encoding="utf-8")
    before = Annotation.objects.count()

    with pytest.raises(CommandError) as raised:
        call_command("import_semeval", str(path))

    message = str(raised.value)
    for number in range(2, 8):
        assert f"bad.tsv, line {number}:" in message
    assert "line 1:" not in message
    assert "bad.tsv, line 5: unknown technique “Not_A_Technique”" in message
    assert "bad.tsv, line 4: no text 999999 in the files, and no document with this id" in message
    assert Annotation.objects.count() == before


def test_the_api_exports_and_imports(spans):
    editor = APIClient()
    editor.force_authenticate(make_editor())
    # No published verdict refers to the document: only the desk exports it.
    assert APIClient().get(reverse("document-semeval", args=[spans.pk])).status_code == 404
    exported = editor.get(reverse("document-semeval", args=[spans.pk]))
    assert exported.status_code == 200
    assert exported["Content-Type"].startswith("text/tab-separated-values")
    body = exported.content.decode()
    Annotation.objects.all().delete()

    created = editor.post(reverse("semeval-import"), body, content_type="text/plain")
    refused = editor.post(reverse("semeval-import"), "1\tDoubt\t1", content_type="text/plain")
    anonymous = APIClient().post(reverse("semeval-import"), body, content_type="text/plain")

    again = editor.post(reverse("semeval-import"), body, content_type="text/plain")
    assert created.status_code == 201 and created.json() == {"imported": 3, "already_there": 0}
    assert again.json() == {"imported": 0, "already_there": 3}
    assert refused.status_code == 400
    assert "spans.tsv, line 1: expected 4 tab-separated fields" in refused.json()["detail"][0]
    assert anonymous.status_code == 401
    assert Annotation.objects.count() == 3


def test_a_retired_label_is_refused_by_line(spans, tmp_path):
    FramingLabel.objects.filter(semeval_code="Doubt").update(is_active=False)
    path = tmp_path / "retired.tsv"
    path.write_text(f"{spans.pk}\tDoubt\t2\t11\n", encoding="utf-8")

    with pytest.raises(
        CommandError, match=r"retired\.tsv, line 1: the label “Casting doubt” is retired"
    ):
        call_command("import_semeval", str(path))


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_one_copy_of_spans_imported_twice(reference_data):
    document = make_document(TEXT)
    label = technique("Loaded_Language")
    start = TEXT.index("occupied")
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    before = [("annotations", "0004_review_record")]
    try:
        executor.migrate(before)
        Historical = executor.loader.project_state(before).apps.get_model(
            "annotations", "Annotation"
        )
        copies = [
            Historical.objects.create(
                document_id=document.pk,
                start=start,
                end=start + 8,
                quote="occupied",
                label_id=label.pk,
                origin="import",
                state="accepted",
                note=note,
            )
            for note in ("", "Checked against the source.", "")
        ]
        elsewhere = Historical.objects.create(
            document_id=document.pk,
            start=start,
            end=start + 8,
            quote="occupied",
            label_id=technique("Doubt").pk,
            origin="import",
            state="accepted",
        )
    finally:
        MigrationExecutor(connection).migrate(latest)

    kept = Annotation.objects.filter(origin="import").order_by("label__semeval_code")
    assert [a.pk for a in kept] == [elsewhere.pk, copies[1].pk]
    assert kept[1].note == "Checked against the source."
