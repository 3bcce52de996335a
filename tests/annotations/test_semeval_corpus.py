"""The SemEval-2020 Task 11 corpus as published (../shared/interop/semeval2020-task11): its
articles and span files imported, exported back, and compared with the published files."""

from pathlib import Path

import pytest

from annotations.exporting import exported_documents
from annotations.formats import semeval
from annotations.importing import Options
from annotations.importing_services import annotations_import
from annotations.models import Annotation, FramingLabel
from sources.models import Document, Source
from sources.text import normalise_text
from tests.factories import make_editor, make_reviewer
from tests.interop import folder_files, interop_path

pytestmark = pytest.mark.django_db

TRAIN = ("111111111", "765029945", "781847297", "771254016", "758472954")


@pytest.fixture
def corpus() -> Path:
    return interop_path("semeval2020-task11")


@pytest.fixture
def files(corpus) -> dict[str, bytes]:
    return folder_files(corpus)


@pytest.fixture
def editor():
    return make_editor()


def import_folder(files, actor, **options):
    return annotations_import(
        files=files, format="semeval", options=Options(**options), actor=actor
    )


def published(corpus: Path) -> dict[str, bytes]:
    """The published label files and articles, by file name."""
    return {path.name: path.read_bytes() for path in corpus.rglob("article*") if path.is_file()}


def test_the_articles_offsets_hold_once_the_desk_normalises_them(corpus):
    articles = sorted(corpus.rglob("article*.txt"))
    assert len(articles) == 6
    for article in articles:
        text = article.read_text(encoding="utf-8")
        assert normalise_text(text) == text, article.name


def test_the_corpus_imports_as_documents_with_their_corpus_ids_and_spans(files, corpus, editor):
    result = import_folder(files, editor)

    assert len(result.documents_created) == 6 and result.publisher_created
    assert result.skipped == []
    publisher = Source.objects.get(name="SemEval-2020 Task 11 PTC corpus")
    documents = Document.objects.filter(external_collection="semeval2020-ptc")
    assert sorted(documents.values_list("external_id", flat=True)) == sorted([*TRAIN, "736757214"])
    assert set(documents.values_list("publisher", flat=True)) == {publisher.pk}
    article = documents.get(external_id="781847297")
    assert article.title.startswith("Trump expresses sympathy for Reality Winner")
    text = (corpus / "train-articles/article781847297.txt").read_text(encoding="utf-8")
    assert article.text == text
    # Every published technique line is a span on the text at its offsets.
    for path in corpus.rglob("article*-TC*"):
        for line in path.read_text(encoding="utf-8").splitlines():
            key, technique, start, end = line.split("\t")
            spans = Annotation.objects.filter(
                document__external_id=key, start=int(start), end=int(end), origin="import"
            )
            codes = set(spans.values_list("label__semeval_code", flat=True))
            assert codes == set(semeval.SEMEVAL_2020[technique]), line
            assert {s.quote for s in spans} == {
                documents.get(external_id=key).text[int(start) : int(end)]
            }
    assert Annotation.objects.filter(state="accepted", origin="import").count() == (
        result.spans_created
    )


def test_the_corpus_exports_as_published_byte_for_byte(files, corpus, editor):
    import_folder(files, editor)
    documents = Document.objects.filter(external_collection="semeval2020-ptc")

    exported = semeval.render(exported_documents(documents, format="semeval"))

    expected = published(corpus)
    assert set(exported) == set(expected)
    for name, content in expected.items():
        assert exported[name] == content, name


def test_importing_the_corpus_again_creates_nothing(files, editor):
    first = import_folder(files, editor)
    counts = (Document.objects.count(), Annotation.objects.count(), FramingLabel.objects.count())

    again = import_folder(files, make_reviewer())

    assert (Document.objects.count(), Annotation.objects.count(), FramingLabel.objects.count()) == (
        counts
    )
    assert again.documents_created == [] and len(again.documents_found) == 6
    assert again.spans_created == 0
    assert again.spans_already_there == first.spans_created + first.spans_already_there
