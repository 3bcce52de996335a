"""POST /api/v1/annotation-imports/: a preview with ?dry_run=1, else an import run whose
progress and report GET annotation-imports/{id}/ answers."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from annotations.import_runs import progress_key
from annotations.importing import Options
from annotations.importing_services import import_run_prepare
from annotations.models import Annotation, ImportRun
from sources.models import Document
from tests.api.test_workflow_api import client_for
from tests.factories import make_editor, make_reviewer, make_user
from tests.interop import interop_path

pytestmark = pytest.mark.django_db

URL = "/api/v1/annotation-imports/"
ARTICLE = b"Shelling reported\n\nThe enemy shelled the villages, the ministry said.\n"


def uploads(files: dict[str, bytes]) -> list[SimpleUploadedFile]:
    return [SimpleUploadedFile(name, content) for name, content in files.items()]


def corpus_files() -> dict[str, bytes]:
    corpus = interop_path("semeval2020-task11")
    return {p.name: p.read_bytes() for p in sorted(corpus.rglob("*")) if p.is_file()}


def post(client, files, query="", **fields):
    return client.post(
        URL + query, {"files": uploads(files), "format": "semeval", **fields}, format="multipart"
    )


def test_a_dry_run_answers_the_preview_and_writes_nothing():
    response = post(client_for(make_reviewer()), corpus_files(), "?dry_run=1")

    assert response.status_code == 200, response.content
    preview = response.json()
    assert preview["counts"] == {
        "documents_new": 6,
        "documents_found": 0,
        "spans_new": 56,
        "spans_already_there": 0,
        "labels_new": 0,
        "pairs_new": 0,
        "pairs_already_there": 0,
        "refused": 0,
    }
    assert preview["publisher"] == {"name": "SemEval-2020 Task 11 PTC corpus", "id": None}
    assert preview["writable"] is True
    assert {"file_label": "Whataboutism,Straw_Men,Red_Herring", "spans": 2} | {
        "labels": ["whataboutism", "straw-man", "red-herring"],
        "how": "the format's table",
        "problem": "",
    } in preview["labels"]
    assert sorted(preview["ignored_files"]) == [
        "README.PTC.md",
        "propaganda-techniques-names-semeval2020task11.txt",
    ]
    assert not Document.objects.exists() and not ImportRun.objects.exists()


def test_an_import_runs_and_its_report_is_read_back(django_capture_on_commit_callbacks):
    client = client_for(make_reviewer())

    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, corpus_files())

    assert response.status_code == 202, response.content
    url = response.json()["url"]
    assert response["Location"] == url
    status = client.get(url).json()
    assert (status["state"], status["done"], status["total"], status["percent"]) == (
        "done",
        63,  # a publisher, 6 documents, 56 spans
        63,
        100,
    )
    assert status["report"]["documents_created"] == 6
    assert status["report"]["spans_created"] == 56
    assert Annotation.objects.filter(origin="import").count() == 56
    assert not ImportRun.objects.get().files.exists()  # dropped once written


def test_a_zip_of_the_folder_is_unpacked():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("corpus/article5.txt", ARTICLE)
        packed.writestr("corpus/article5.task2-TC.labels", "5\tLoaded_Language\t23\t40\n")
        packed.writestr("__MACOSX/corpus/._article5.txt", b"\x00\x05")

    response = post(client_for(make_editor()), {"corpus.zip": archive.getvalue()}, "?dry_run=1")

    assert response.status_code == 200, response.content
    assert response.json()["counts"]["spans_new"] == 1
    assert response.json()["documents"][0]["file"] == "corpus/article5.txt"


def test_a_refused_item_is_a_400_naming_its_file_and_line_and_nothing_is_kept():
    files = {"article5.txt": ARTICLE, "article5.task2-TC.labels": b"5\tMind_Reading\t4\t9\n"}

    response = post(client_for(make_editor()), files)

    assert response.status_code == 400
    assert response.json()["problems"] == [
        {
            "file": "article5.task2-TC.labels",
            "line": 1,
            "message": "unknown technique “Mind_Reading”: map it onto a label of the taxonomy.",
        }
    ]
    assert not Document.objects.exists() and not ImportRun.objects.exists()


def test_a_label_map_and_skip_bad_are_taken(django_capture_on_commit_callbacks):
    files = {
        "article5.txt": ARTICLE,
        "article5.task2-TC.labels": b"5\tMind_Reading\t23\t40\n5\tDoubt\t0\t999\n",
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client_for(make_editor()),
            files,
            label_map='{"Mind_Reading": "enemy-othering"}',
            skip_bad="true",
        )

    assert response.status_code == 202, response.content
    report = ImportRun.objects.get().report
    assert (report["spans_created"], report["skipped"]) == (1, 1)
    assert report["skipped_items"][0]["line"] == 2
    assert Annotation.objects.get().label.slug == "enemy-othering"


@pytest.mark.parametrize(
    "fields, named",
    [
        ({"format": "brat"}, "format"),
        ({"label_map": "{oops"}, "label_map"),
        ({"language": "not a tag"}, "language"),
        ({"publisher": "Nobody"}, "publisher"),
    ],
)
def test_bad_options_are_a_400_naming_them(fields, named):
    response = post(client_for(make_editor()), {"article5.txt": ARTICLE}, **fields)

    assert response.status_code == 400
    assert named in response.json()
    assert not Document.objects.exists()


def test_only_the_desk_imports_and_reads_runs():
    run = import_run_prepare(
        files={"a.tsv": b""}, format="semeval", options=Options(), actor=make_editor()
    )
    detail = reverse("annotation-import-detail", args=[run.pk])

    assert post(client_for(), {"article5.txt": ARTICLE}).status_code == 401
    assert post(client_for(make_user()), {"article5.txt": ARTICLE}).status_code == 403
    assert client_for().get(detail).status_code == 401
    assert client_for(make_user()).get(detail).status_code == 403
    assert client_for(make_reviewer()).get(detail).status_code == 200
    assert not Document.objects.exists()


def test_a_running_import_reports_its_progress():
    run = import_run_prepare(
        files={"a.tsv": b""}, format="semeval", options=Options(), actor=make_editor()
    )
    ImportRun.objects.filter(pk=run.pk).update(state="running", total=40)
    cache.set(progress_key(run.pk), 10)

    status = client_for(make_reviewer()).get(reverse("annotation-import-detail", args=[run.pk]))

    assert status.json() | {"created_at": None} == {
        "id": run.pk,
        "format": "semeval",
        "state": "running",
        "state_display": "Running",
        "total": 40,
        "done": 10,
        "percent": 25,
        "finished": False,
        "error": "",
        "report": {},
        "created_at": None,
        "finished_at": None,
    }


def test_uploads_never_confirmed_are_dropped_after_a_week():
    editor = make_editor()
    old = import_run_prepare(
        files={"a.tsv": b"1"}, format="semeval", options=Options(), actor=editor
    )
    recent = import_run_prepare(
        files={"b.tsv": b"1"}, format="semeval", options=Options(), actor=editor
    )
    ImportRun.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=8))
    ImportRun.objects.filter(pk=recent.pk).update(updated_at=timezone.now() - timedelta(days=6))

    import_run_prepare(files={"c.tsv": b"1"}, format="semeval", options=Options(), actor=editor)

    assert not ImportRun.objects.filter(pk=old.pk).exists()
    assert ImportRun.objects.filter(pk=recent.pk).exists()


def test_a_doccano_file_counted_in_utf16_units_is_read_so_when_the_request_says_it():
    line = b'{"text": "\xf0\x9f\x94\xa5 Baku called it a provocation", "label": [[20, 31, "B"]]}'
    client = client_for(make_editor())  # an editor, who may create the label "B"
    fields = {"format": "doccano", "label_map": '{"B": "create"}'}

    told = client.post(
        URL + "?dry_run=1",
        {"files": uploads({"e.jsonl": line}), **fields, "offsets": "utf16"},
        format="multipart",
    )
    untold = client.post(
        URL + "?dry_run=1", {"files": uploads({"e.jsonl": line}), **fields}, format="multipart"
    )
    wrong = client.post(
        URL, {"files": uploads({"e.jsonl": line}), **fields, "offsets": "bytes"}, format="multipart"
    )

    assert told.status_code == 200, told.content
    assert told.json()["counts"]["spans_new"] == 1
    assert untold.json()["counts"]["refused"] == 1
    assert untold.json()["refused"][0]["line"] == 1
    assert wrong.status_code == 400 and "offsets" in wrong.json()
    assert not Document.objects.exists()
