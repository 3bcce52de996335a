"""SemEval imports of the same file at the same moment, on PostgreSQL with real threads."""

import pytest

from annotations.interchange import semeval_spans
from annotations.models import Annotation, FramingLabel
from annotations.services import SemEvalImport, semeval_import
from sources.models import Document
from tests.concurrency import run_at_once
from tests.factories import make_document

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

TEXT = "Officials called the villages occupied and the strike a provocation, again and again."


def test_six_imports_of_one_file_at_once_write_each_span_once(reference_data):
    documents = [make_document(f"{TEXT} ({n})") for n in range(3)]
    codes = ["Loaded_Language", "Name_Calling-Labeling", "Doubt", "Repetition"]
    lines = [
        f"{document.pk}\t{code}\t{start}\t{start + 8}"
        for document in documents
        for code in codes
        for start in range(0, 60, 6)
    ]
    file = "\n".join(lines) + "\n"
    assert FramingLabel.objects.filter(semeval_code__in=codes).count() == len(codes)

    outcomes = run_at_once([lambda: semeval_import(text=file)] * 6)

    assert all(isinstance(o, SemEvalImport) for o in outcomes), outcomes
    assert sum(o.imported for o in outcomes) == len(lines)
    assert all(o.imported + o.already_there == len(lines) for o in outcomes)
    assert Annotation.objects.filter(origin="import").count() == len(lines)
    exported = semeval_spans(Document.objects.all())
    assert sorted(span.line() for span in exported) == sorted(lines)
