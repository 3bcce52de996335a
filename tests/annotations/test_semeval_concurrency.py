"""Imports of the same files at the same moment, on PostgreSQL with real threads: each
document, label and span is created once."""

import pytest

from annotations.importing import Options
from annotations.importing_services import ImportResult, annotations_import
from annotations.models import Annotation, FramingLabel
from sources.models import Document, Source
from tests.concurrency import run_at_once
from tests.factories import make_document

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

TEXT = "Officials called the villages occupied and the strike a provocation, again and again."


def imported(files):
    return annotations_import(files=files, format="semeval", options=Options(), actor=None)


def test_six_imports_of_one_file_at_once_write_each_span_once(reference_data):
    documents = [make_document(f"{TEXT} ({n})") for n in range(3)]
    codes = ["Loaded_Language", "Name_Calling-Labeling", "Doubt", "Repetition"]
    lines = [
        f"{document.pk}\t{code}\t{start}\t{start + 8}"
        for document in documents
        for code in codes
        for start in range(0, 60, 6)
    ]
    files = {"spans.tsv": ("\n".join(lines) + "\n").encode()}
    assert FramingLabel.objects.filter(semeval_code__in=codes).count() == len(codes)

    outcomes = run_at_once([lambda: imported(files)] * 6)

    assert all(isinstance(o, ImportResult) for o in outcomes), outcomes
    assert sum(o.spans_created for o in outcomes) == len(lines)
    assert all(o.spans_created + o.spans_already_there == len(lines) for o in outcomes)
    assert Annotation.objects.filter(origin="import").count() == len(lines)


def test_four_imports_of_one_corpus_folder_at_once_create_each_thing_once(reference_data):
    files = {}
    for n in range(1, 6):
        files[f"article{n}.txt"] = f"Headline {n}\n\n{TEXT}\n".encode()
        files[f"article{n}.task2-TC.labels"] = (
            f"{n}\tLoaded_Language\t14\t22\n{n}\tWhataboutism,Straw_Men,Red_Herring\t23\t31\n"
        ).encode()
        files[f"article{n}.task1-SI.labels"] = f"{n}\t14\t22\n{n}\t40\t48\n".encode()

    outcomes = run_at_once([lambda: imported(files)] * 4)

    assert all(isinstance(o, ImportResult) for o in outcomes), outcomes
    assert Document.objects.filter(external_collection="semeval2020-ptc").count() == 5
    assert Source.objects.filter(name="SemEval-2020 Task 11 PTC corpus").count() == 1
    assert FramingLabel.objects.filter(slug="propaganda").count() == 1
    assert sum(len(o.documents_created) for o in outcomes) == 5
    # Per article: loaded language, the three techniques of the merged class, one unlabelled.
    assert Annotation.objects.filter(origin="import").count() == 5 * 5
    assert sum(o.spans_created for o in outcomes) == 5 * 5
