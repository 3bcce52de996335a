"""The admin's Import page: upload, preview (refusals line by line, the label mapping to change),
confirm, and the run's progress and report."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations.models import Annotation, ImportRun
from claims.models import ClaimPair
from sources.models import Document
from tests.factories import make_claim, make_document, make_editor, make_reviewer, make_user
from tests.interop import folder_files, interop_path

pytestmark = pytest.mark.django_db

IMPORT = reverse("admin:annotations_annotation_import")
ARTICLE = "Villages shelled\n\nThe enemy shelled the villages at dawn, the ministry said.\n"


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def upload(client, files: dict[str, bytes], **fields):
    data = {"format": "semeval", "language": "en", **fields}
    data["files"] = [SimpleUploadedFile(name, content) for name, content in files.items()]
    return client.post(IMPORT, data)


def small_corpus(count: int) -> dict[str, bytes]:
    files = {}
    for n in range(1, count + 1):
        files[f"article{n}.txt"] = ARTICLE.replace("dawn", f"dawn ({n})").encode()
        files[f"article{n}.task2-TC.labels"] = (
            f"{n}\tLoaded_Language\t18\t35\n{n}\tMind_Reading\t0\t8\n"
        ).encode()
    return files


def test_the_change_list_offers_the_import_page_to_the_desk():
    page = logged_in(make_reviewer()).get(reverse("admin:annotations_annotation_changelist"))

    assert page.status_code == 200
    assert f'href="{IMPORT}"' in page.content.decode()


def test_upload_preview_map_confirm_and_report(django_capture_on_commit_callbacks):
    editor = make_editor()
    client = logged_in(editor)
    assert client.get(IMPORT).status_code == 200

    uploaded = upload(client, small_corpus(2))

    run = ImportRun.objects.get()
    page_url = reverse("admin:annotations_annotation_import_run", args=[run.pk])
    assert uploaded.status_code == 302 and uploaded["Location"] == page_url
    preview = client.get(page_url).content.decode()
    assert "<strong>2</strong> to create" in preview
    assert "Refused (2)" in preview
    assert (
        "<td><code>article1.task2-TC.labels</code></td><td>2</td><td>unknown technique "
        "“Mind_Reading”: map it onto a label of the taxonomy.</td>"
    ) in preview
    assert not Document.objects.exists()

    # Confirming while items are refused writes nothing and says so.
    refused = client.post(page_url, {"label-0": "Mind_Reading", "confirm": "1"}, follow=True)
    assert "Nothing was imported: 2 items are refused" in refused.content.decode()
    assert not Document.objects.exists()

    # The page lists the file's labels in name order, each with its select.
    mapped = client.post(
        page_url,
        {"label-0": "Loaded_Language", "map-0": "", "label-1": "Mind_Reading", "map-1": "doubt"},
    )
    assert mapped.status_code == 302
    run.refresh_from_db()
    assert run.options["label_map"] == {"Mind_Reading": ["doubt"]}
    assert "Refused: <strong>0</strong>" in client.get(page_url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(
            page_url,
            {"label-0": "Loaded_Language", "label-1": "Mind_Reading", "map-1": "doubt"}
            | {"confirm": "1"},
        )

    assert confirmed.status_code == 302
    run.refresh_from_db()
    assert run.state == "done"
    assert Annotation.objects.filter(label__slug="doubt").count() == 2
    report = client.get(page_url).content.decode()
    assert "<strong>4</strong> created, <strong>0</strong> already there" in report
    progress = client.get(
        reverse("admin:annotations_annotation_import_progress", args=[run.pk])
    ).json()
    assert (progress["state"], progress["done"], progress["total"]) == ("done", 7, 7)
    assert progress["finished"] is True


def test_the_published_corpus_uploaded_as_a_folder_previews_cleanly():
    files = folder_files(interop_path("semeval2020-task11"))
    client = logged_in(make_reviewer())

    upload(client, {}, folder=[SimpleUploadedFile(n, c) for n, c in files.items()])

    run = ImportRun.objects.get()
    page = client.get(reverse("admin:annotations_annotation_import_run", args=[run.pk]))
    content = page.content.decode()
    assert "<strong>6</strong> to create" in content
    assert "<strong>56</strong> to create" in content
    assert "Refused: <strong>0</strong>" in content
    assert "Whataboutism + Straw man + Red herring" in content


def test_the_preview_page_asks_the_same_queries_for_few_or_many_articles():
    client = logged_in(make_editor())

    def queries(count: int) -> int:
        upload(client, small_corpus(count))
        run = ImportRun.objects.latest("pk")
        with CaptureQueriesContext(connection) as captured:
            page = client.get(reverse("admin:annotations_annotation_import_run", args=[run.pk]))
        assert page.status_code == 200
        return len(captured)

    assert queries(1) == queries(30)


def test_only_the_desk_imports():
    outsider = make_user(is_staff=True)  # may log in to the admin, holds no desk role
    client = logged_in(outsider)

    assert client.get(IMPORT).status_code == 403
    assert upload(client, small_corpus(1)).status_code == 403
    run = ImportRun.objects.create(format="semeval", created_by=make_editor())
    page = reverse("admin:annotations_annotation_import_run", args=[run.pk])
    assert client.get(page).status_code == 403
    assert client.post(page, {"confirm": "1"}).status_code == 403
    progress = reverse("admin:annotations_annotation_import_progress", args=[run.pk])
    assert client.get(progress).status_code == 403
    changelist = client.get(reverse("admin:annotations_annotation_changelist"))
    assert IMPORT not in changelist.content.decode()


def test_only_the_uploader_confirms():
    client = logged_in(make_editor())
    upload(client, small_corpus(1))
    run = ImportRun.objects.get()

    other = logged_in(make_reviewer())
    page = reverse("admin:annotations_annotation_import_run", args=[run.pk])
    assert "Only the person who uploaded these files" in other.get(page).content.decode()
    assert other.post(page, {"confirm": "1", "skip_bad": "on"}).status_code == 403
    run.refresh_from_db()
    assert run.state == "previewed"


def test_a_doccano_file_with_claim_spans_maps_them_out_and_pairs_its_claims(
    django_capture_on_commit_callbacks,
):
    document = make_document("Baku blamed Yerevan. Yerevan blamed Baku.")
    first = make_claim(document, "Baku blamed Yerevan.")
    second = make_claim(document, "Yerevan blamed Baku.")
    line = {
        "text": document.text,
        "entities": [
            {"id": 1, "start_offset": first.start, "end_offset": first.end, "label": "CLAIM"},
            {"id": 2, "start_offset": second.start, "end_offset": second.end, "label": "CLAIM"},
        ],
        "relations": [{"from_id": 1, "to_id": 2, "type": "contradicts"}],
    }
    client = logged_in(make_reviewer())

    upload(client, {"pair.jsonl": json.dumps(line).encode()}, format="doccano")

    run = ImportRun.objects.get()
    page_url = reverse("admin:annotations_annotation_import_run", args=[run.pk])
    preview = client.get(page_url).content.decode()
    assert "Leave these spans out" in preview
    assert "<strong>1</strong> to create, <strong>0</strong> already there." in preview
    assert f"Claims #{first.pk} and #{second.pk}: contradicts" in preview
    with django_capture_on_commit_callbacks(execute=True):
        client.post(page_url, {"label-0": "CLAIM", "map-0": "skip", "confirm": "1"})

    run.refresh_from_db()
    assert run.state == "done", run.error
    assert ClaimPair.objects.get().relation == "contradicts"
    assert not Annotation.objects.exists()
    assert "Claim pairs: <strong>1</strong> created" in client.get(page_url).content.decode()
