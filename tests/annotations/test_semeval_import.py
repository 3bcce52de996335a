"""SemEval imports from small files written for these tests: SemEval-2023 Task 3 span files
(no real one is available), spans without a technique, bad lines, skipping them, mappings,
texts whose offsets would move, and the preview's queries."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotations.exporting import exported_documents
from annotations.formats import semeval
from annotations.formats.base import Parsed, ParsedSpan, ParsedText, Where
from annotations.import_runs import options_from
from annotations.importing import Options, preview
from annotations.importing_services import ImportRefused, annotations_import, parsed_import
from annotations.models import Annotation, FramingLabel
from sources.models import Document, Source
from tests.factories import make_document, make_editor, make_reviewer, make_source

pytestmark = pytest.mark.django_db

# An article in the corpus's shape: its title, an empty line, then a sentence a line.
ARTICLE = (
    "Ministry says border villages came under fire overnight\n"
    "\n"
    "The ministry said the enemy shelled the villages again, a shameless provocation.\n"
    "It promised an adequate response and called the shelling a crime.\n"
)


def at(phrase: str, text: str = ARTICLE) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def tsv(*rows) -> bytes:
    return "".join("\t".join(map(str, row)) + "\n" for row in rows).encode()


def rows() -> dict[str, int]:
    return {
        "documents": Document.objects.count(),
        "annotations": Annotation.objects.count(),
        "labels": FramingLabel.objects.count(),
        "sources": Source.objects.count(),
    }


def run(files, actor=None, **options):
    return annotations_import(
        files=files, format="semeval", options=options_from(options), actor=actor
    )


@pytest.fixture
def corpus_2023() -> dict[str, bytes]:
    shelled = at("the enemy shelled the villages again")
    provocation = at("a shameless provocation")
    crime = at("a crime")
    return {
        "train-articles-subtask-3/article9001.txt": ARTICLE.encode(),
        "train-labels-subtask-3-spans/article9001-labels-subtask-3.txt": tsv(
            (9001, "Questioning_the_Reputation", *provocation),
            (9001, "Loaded_Language", *shelled),
            (9001, "Name_Calling-Labeling", *provocation),
            (9001, "Appeal_to_Fear-Prejudice", *crime),
        ),
    }


def test_a_2023_corpus_imports_and_exports_byte_for_byte(corpus_2023):
    result = run(corpus_2023)

    document = Document.objects.get(external_id="9001")
    assert document.external_collection == "semeval2023-task3"
    assert document.publisher.name == "SemEval-2023 Task 3 corpus"
    assert document.title == "Ministry says border villages came under fire overnight"
    assert result.spans_created == 4
    assert set(Annotation.objects.values_list("label__slug", flat=True)) == {
        "questioning-the-reputation",
        "loaded-language",
        "name-calling-labeling",
        "appeal-to-fear-prejudice",
    }

    exported = semeval.render(
        exported_documents(Document.objects.filter(pk=document.pk), format="semeval")
    )

    assert exported == {
        "article9001.txt": ARTICLE.encode(),
        "article9001-labels-subtask-3.txt": corpus_2023[
            "train-labels-subtask-3-spans/article9001-labels-subtask-3.txt"
        ],
    }


def test_a_2023_technique_with_no_2020_class_is_left_out_of_a_2020_export(corpus_2023):
    run(corpus_2023)
    documents = Document.objects.filter(external_id="9001")

    exported = semeval.render(exported_documents(documents, format="semeval"), edition="2020")

    provocation, shelled, crime = (
        at("a shameless provocation"),
        at("the enemy shelled the villages again"),
        at("a crime"),
    )
    assert exported["article9001.task2-TC.labels"] == tsv(
        (9001, "Loaded_Language", *shelled),
        (9001, "Name_Calling,Labeling", *provocation),
        (9001, "Appeal_to_fear-prejudice", *crime),
    )
    assert exported["article9001.task1-SI.labels"] == tsv(
        (9001, *provocation), (9001, *shelled), (9001, *crime)
    )


@pytest.fixture
def corpus_2020_with_identified_spans() -> dict[str, bytes]:
    shelled, provocation, response = (
        at("the enemy shelled the villages again"),
        at("shameless provocation"),
        at("an adequate response"),
    )
    return {
        "article42.txt": ARTICLE.encode(),
        "article42.task2-TC.labels": tsv(
            (42, "Loaded_Language", *shelled), (42, "Name_Calling,Labeling", *provocation)
        ),
        # The identified spans: the two techniques' and one the file gives no technique.
        "article42.task1-SI.labels": tsv((42, *response), (42, *provocation), (42, *shelled)),
    }


def test_an_identified_span_without_technique_is_an_unlabelled_propaganda_span(
    corpus_2020_with_identified_spans,
):
    editor = make_editor()

    result = run(corpus_2020_with_identified_spans, editor)

    assert result.labels_created == ["propaganda"]
    label = FramingLabel.objects.get(slug="propaganda")
    assert (label.category, label.semeval_code) == ("other", "")
    unlabelled = Annotation.objects.get(label=label)
    assert unlabelled.quote == "an adequate response"
    assert Annotation.objects.count() == 3  # the technique spans are not given twice
    exported = semeval.render(exported_documents(Document.objects.all(), format="semeval"))
    for name in ("article42.task2-TC.labels", "article42.task1-SI.labels"):
        assert exported[name] == corpus_2020_with_identified_spans[name], name


def test_a_span_file_imported_after_its_technique_file_adds_only_the_unidentified_spans(
    corpus_2020_with_identified_spans,
):
    editor = make_editor()
    files = corpus_2020_with_identified_spans
    run({name: files[name] for name in ("article42.txt", "article42.task2-TC.labels")}, editor)

    result = run({"article42.task1-SI.labels": files["article42.task1-SI.labels"]}, editor)

    # The two spans the technique file gave are those of the span file: not made again.
    assert (result.spans_created, result.spans_already_there) == (1, 2)
    assert sorted(Annotation.objects.values_list("quote", "label__slug")) == sorted(
        [
            ("an adequate response", "propaganda"),
            *Annotation.objects.exclude(label__slug="propaganda").values_list(
                "quote", "label__slug"
            ),
        ]
    )
    assert Annotation.objects.count() == 3


def test_only_an_editor_creates_the_label_and_skip_bad_writes_the_rest(
    corpus_2020_with_identified_spans,
):
    reviewer, before = make_reviewer(), rows()

    with pytest.raises(ImportRefused) as refused:
        run(corpus_2020_with_identified_spans, reviewer)

    assert refused.value.messages == [
        "article42.task1-SI.labels, line 1: creating the label “Propaganda, technique not "
        "given” needs an editor."
    ]
    assert rows() == before
    result = run(corpus_2020_with_identified_spans, reviewer, skip_bad=True)
    assert result.spans_created == 2 and len(result.skipped) == 1
    assert not FramingLabel.objects.filter(slug="propaganda").exists()


def test_bad_lines_are_named_by_file_and_line_and_nothing_is_written():
    shelled = at("the enemy shelled")
    files = {
        "article7.txt": ARTICLE.encode(),
        "article7.task2-TC.labels": tsv(
            (7, "Loaded_Language", *shelled),  # good
            (7, "Loaded_Language", len(ARTICLE) + 3, len(ARTICLE) + 9),  # starts past the text
            (7, "Doubt", "twelve", 20),  # not a number
            (7, "Doubt", 10, 20, "extra"),  # 5 columns
            (7, "Mind_Reading", 10, 20),  # no such technique
            (7, "Doubt", 10, len(ARTICLE) + 1),  # ends past the text
        ),
    }
    before = rows()

    with pytest.raises(ImportRefused) as refused:
        run(files, make_editor())

    name = "article7.task2-TC.labels"
    assert refused.value.messages == [
        f"{name}, line 3: article id, start and end must be whole numbers (ASCII digits, 19 at "
        "most).",
        f"{name}, line 4: expected 4 tab-separated fields (article id, technique, start, end), "
        "found 5.",
        f"{name}, line 2: the span starts at {len(ARTICLE) + 3}, past the end of the text "
        f"({len(ARTICLE)} characters).",
        f"{name}, line 5: unknown technique “Mind_Reading”: map it onto a label of the taxonomy.",
        f"{name}, line 6: the span ends at {len(ARTICLE) + 1}, after the text's {len(ARTICLE)} "
        "characters.",
    ]
    assert [(p.where.file, p.where.line) for p in refused.value.problems] == [
        (name, 3),
        (name, 4),
        (name, 2),
        (name, 5),
        (name, 6),
    ]
    assert rows() == before

    skipped = run(files, make_editor(), skip_bad=True)

    assert skipped.spans_created == 1 and len(skipped.skipped) == 5
    assert Annotation.objects.get().quote == "the enemy shelled"
    assert skipped.as_dict()["skipped_items"][0] == {
        "file": name,
        "line": 3,
        "message": "article id, start and end must be whole numbers (ASCII digits, 19 at most).",
    }


def test_a_technique_the_taxonomy_lacks_imports_once_mapped_or_created():
    files = {
        "article8.txt": ARTICLE.encode(),
        "article8.task2-TC.labels": tsv((8, "Mind_Reading", *at("the enemy shelled"))),
    }
    editor = make_editor()

    mapped = run(files, editor, label_map={"Mind_Reading": "doubt"})
    assert mapped.spans_created == 1
    assert Annotation.objects.get().label.slug == "doubt"

    created = run(files, editor, label_map={"Mind_Reading": "create"})
    assert created.labels_created == ["mind_reading"]
    label = FramingLabel.objects.get(slug="mind_reading")
    assert (label.name, label.category) == ("Mind_Reading", "other")

    with pytest.raises(ValidationError, match="No label of the taxonomy has the slug “nope”"):
        run(files, editor, label_map={"Mind_Reading": "nope"})


def test_a_retired_label_refuses_its_spans():
    FramingLabel.objects.filter(slug="conversation-killer").update(is_active=False)
    files = {
        "article5.txt": ARTICLE.encode(),
        "article5.task2-TC.labels": tsv(
            (5, "Thought-terminating_Cliches", *at("a crime")), (5, "Doubt", *at("enemy"))
        ),
    }

    with pytest.raises(ImportRefused, match="line 1: the label “Conversation killer” is retired"):
        run(files, make_editor())


@pytest.mark.parametrize(
    "text, where",
    [
        (ARTICLE.replace("\n", "\r\n"), ARTICLE.index("\n")),  # Windows line ends
        (ARTICLE.replace("shameless", "shame\u0301less"), None),  # a decomposed character
    ],
    ids=["crlf", "nfd"],
)
def test_a_text_that_normalising_would_change_is_refused_with_its_spans(text, where):
    start = text.index("the enemy")
    files = {
        "article3.txt": text.encode(),
        "article3.task2-TC.labels": tsv((3, "Loaded_Language", start, start + 9)),
    }

    with pytest.raises(ImportRefused) as refused:
        run(files, make_editor())

    first, second = refused.value.messages
    assert first.startswith(
        "article3.txt, line 1: the desk stores texts in Unicode NFC with \\n line ends, and "
        "this text changes when normalised"
    )
    if where is not None:
        assert f"from character {where}:" in first
    assert second == "article3.task2-TC.labels, line 1: its text (3) is refused."
    assert not Document.objects.exists()


def test_an_article_imported_before_with_another_text_is_refused():
    files = {"article4.txt": ARTICLE.encode()}
    run(files, make_editor())

    files = {
        "article4.txt": ARTICLE.replace("again", "twice").encode(),
        "article4.task2-TC.labels": tsv((4, "Doubt", *at("enemy"))),
    }
    with pytest.raises(ImportRefused, match=r"4 was imported before .* with another text"):
        run(files, make_editor())


def test_a_document_the_desk_has_with_the_same_text_and_publisher_is_found_and_linked():
    publisher = make_source("Wire service")
    document = make_document(ARTICLE, publisher=publisher, title="Border villages")
    files = {
        "article11.txt": ARTICLE.encode(),
        "article11.task2-TC.labels": tsv((11, "Doubt", *at("enemy"))),
    }

    result = run(files, make_editor(), publisher="wire service")

    assert result.documents_found == [document.pk] and result.documents_created == []
    document.refresh_from_db()
    assert (document.external_collection, document.external_id) == ("semeval2020-ptc", "11")
    assert Annotation.objects.get().document == document


def test_an_unknown_publisher_or_language_is_refused_before_anything():
    with pytest.raises(ValidationError, match="No source is named “Nobody”"):
        run({"article1.txt": ARTICLE.encode()}, make_editor(), publisher="Nobody")
    with pytest.raises(ValidationError) as refused:
        options_from({"language": "not a tag"})
    assert "language" in refused.value.message_dict


def test_mixed_editions_are_refused():
    files = {
        "article1.txt": ARTICLE.encode(),
        "article1.task2-TC.labels": tsv((1, "Doubt", *at("enemy"))),
        "article1-labels-subtask-3.txt": tsv((1, "Doubt", *at("enemy"))),
    }

    with pytest.raises(ImportRefused, match="mix SemEval-2020 and SemEval-2023"):
        run(files, make_editor())


def test_an_annotator_and_a_prediction_are_kept_as_the_file_gave_them():
    """What other formats bring (a span's annotator, a prediction, a quote), through the same
    write: an annotator is a name kept as text, a prediction a suggestion."""
    where = Where("tasks.json", 1)
    start, end = at("shameless provocation")
    parsed = Parsed(
        texts=[ParsedText("t1", ARTICLE, where, title="Villages")],
        spans=[
            ParsedSpan("t1", start, end, ("Loaded_Language",), where, annotator="alice"),
            ParsedSpan("t1", start, end, ("Doubt",), Where("tasks.json", 2), suggested=True),
            ParsedSpan(
                "t1", start, end, ("Slogans",), Where("tasks.json", 3), quoted="provocation"
            ),
        ],
    )
    options = Options(skip_bad=True)

    result = parsed_import(parsed=parsed, format="semeval", options=options, actor=make_editor())

    prediction, person = Annotation.objects.order_by("label__slug").filter(
        label__slug__in=["loaded-language", "doubt"]
    )
    assert (prediction.state, prediction.imported_annotator) == ("suggested", "")
    assert (person.state, person.imported_annotator, person.annotator) == (
        "accepted",
        "alice",
        None,
    )
    assert [str(problem) for problem in result.skipped] == [
        "tasks.json, line 3: the file says the span reads 'provocation', but the text at "
        f"{start}–{end} reads 'shameless provocation'."
    ]


def test_the_preview_asks_the_same_queries_for_one_article_or_many():
    editor = make_editor()

    def files(count: int) -> dict[str, bytes]:
        out = {}
        for n in range(1, count + 1):  # the first two the desk has, the others new
            out[f"article{n}.txt"] = ARTICLE.replace("again", f"again ({n})").encode()
            out[f"article{n}.task2-TC.labels"] = tsv(
                (n, "Loaded_Language", *at("the enemy shelled")),
                (n, "Whataboutism,Straw_Men,Red_Herring", *at("a crime")),
            )
        return out

    run(files(2), editor)  # some found, some new, some spans already there

    def queries(count: int) -> int:
        parsed = semeval.parse(files(count))
        with CaptureQueriesContext(connection) as captured:
            plan = preview(parsed=parsed, format="semeval", options=Options(), actor=editor)
        assert len(plan.documents) == count
        return len(captured)

    # The labels, the publisher, the documents by their corpus ids, the desk's documents with
    # the new texts, the imported spans of the documents found.
    assert queries(3) == queries(40) == 5


def test_what_the_reader_refuses_or_leaves_in_a_folder():
    parsed = semeval.parse(
        {
            "train/article007.txt": ARTICLE.encode(),
            "dev/article7.txt": ARTICLE.encode(),
            "article8.txt": b"Caf\xe9 shelled\n",
            "labels/article7.task2-TC.labels": tsv((7, "Doubt", *at("enemy"))),
            "README.md": b"# The corpus\n",
        }
    )

    assert [text.key for text in parsed.texts] == ["7"]  # "article007" is article 7
    assert [str(problem) for problem in parsed.problems] == [
        "article8.txt, line 1: not UTF-8 text (byte 4 of the file).",
        "train/article007.txt, line 1: article 7 is given twice.",
    ]
    assert parsed.ignored == ["README.md"]
    assert [span.text_key for span in parsed.spans] == ["7"]
