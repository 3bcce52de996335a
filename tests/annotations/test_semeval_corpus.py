"""The SemEval-2020 Task 11 corpus as published (../shared/interop/semeval2020-task11): its
articles and span files imported, exported back, and compared with the published files."""

from pathlib import Path

import pytest

from annotations.exporting import exported_documents
from annotations.formats import semeval
from annotations.importing import Options, preview
from annotations.importing_services import annotations_import
from annotations.models import Annotation, FramingLabel
from sources.models import Document, Source
from sources.text import normalise_text
from tests.factories import make_annotation, make_editor, make_reviewer
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


def test_the_fourteen_2020_names_all_map_onto_the_taxonomy(corpus, editor):
    names = (corpus / "tools-data/propaganda-techniques-names-semeval2020task11.txt").read_text()
    names = names.split()
    assert len(names) == 14 and set(names) == set(semeval.SEMEVAL_2020)
    # One span of each technique on one article, read as the corpus writes them.
    article = "Title\n\n" + "word " * 40
    lines = "".join(f"1\t{name}\t{7 + 5 * n}\t{11 + 5 * n}\n" for n, name in enumerate(names))
    files = {"article1.txt": article.encode(), "article1.task2-TC.labels": lines.encode()}

    plan = preview(parsed=semeval.parse(files), format="semeval", options=Options(), actor=editor)

    assert plan.refused == []
    mapped = {choice.file_label: choice for choice in plan.labels}
    assert set(mapped) == set(names)
    taxonomy = dict(FramingLabel.objects.values_list("semeval_code", "slug"))
    for name, codes in semeval.SEMEVAL_2020.items():
        assert mapped[name].slugs == tuple(taxonomy[code] for code in codes), name
    # Merged classes become one span per technique they merged.
    assert mapped["Whataboutism,Straw_Men,Red_Herring"].slugs == (
        "whataboutism",
        "straw-man",
        "red-herring",
    )
    assert mapped["Bandwagon,Reductio_ad_hitlerum"].slugs == (
        "appeal-to-popularity",
        "guilt-by-association",
    )
    assert len(plan.spans) == 14 + 2 + 1


def test_a_merged_class_is_one_span_per_technique_and_one_line_again(corpus, editor):
    import_folder(folder_files(corpus / "tools-data"), editor)
    document = Document.objects.get(external_id="736757214")
    merged = Annotation.objects.filter(document=document, start=171, end=181)

    assert sorted(merged.values_list("label__slug", flat=True)) == [
        "red-herring",
        "straw-man",
        "whataboutism",
    ]
    assert {a.quote for a in merged} == {"Democratic"}
    assert {a.note for a in merged} == {
        "SemEval-2020 class Whataboutism,Straw_Men,Red_Herring: one of its techniques, not "
        "necessarily this one."
    }
    assert all(
        a.imported_from
        == [["article736757214.labels-task-TC", 2], ["article736757214.task-SI.labels", 2]]
        for a in merged
    )
    documents = Document.objects.filter(pk=document.pk)
    as_2020 = semeval.render(exported_documents(documents, format="semeval"))
    as_2023 = semeval.render(exported_documents(documents, format="semeval"), edition="2023")

    tc_2020 = as_2020["article736757214.labels-task-TC"].decode().splitlines()
    assert tc_2020.count("736757214\tWhataboutism,Straw_Men,Red_Herring\t171\t181") == 1
    tc_2023 = as_2023["article736757214-labels-subtask-3.txt"].decode().splitlines()
    assert [line for line in tc_2023 if "\t171\t" in line] == [
        "736757214\tWhataboutism\t171\t181",
        "736757214\tStraw_Man\t171\t181",
        "736757214\tRed_Herring\t171\t181",
    ]
    assert "article736757214.task-SI.labels" not in as_2023


def test_the_desks_own_spans_follow_the_imported_ones_in_an_export(files, corpus, editor):
    import_folder(files, editor)
    document = Document.objects.get(external_id="758472954")
    make_annotation(
        document, "sonic weapon", label=FramingLabel.objects.get(slug="loaded-language")
    )
    start = document.text.index("sonic weapon")

    exported = semeval.render(
        exported_documents(Document.objects.filter(pk=document.pk), format="semeval")
    )

    published_tc = corpus / "train-labels-task2-technique-classification"
    published_si = corpus / "train-labels-task1-span-identification"
    tc = published_tc.joinpath("article758472954.task2-TC.labels").read_bytes()
    si = published_si.joinpath("article758472954.task1-SI.labels").read_bytes()
    added = f"758472954\tLoaded_Language\t{start}\t{start + 12}\n".encode()
    assert exported["article758472954.task2-TC.labels"] == tc + added
    assert exported["article758472954.task1-SI.labels"] == (
        si + f"758472954\t{start}\t{start + 12}\n".encode()
    )
