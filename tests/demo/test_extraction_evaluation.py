"""Claim extraction measured on the project's labelled set: the targets of the issue hold."""

import pytest

from claims.models import Claim
from demo.extraction_evaluation import evaluate, extract_long_document, long_document_text, overlap
from sources.models import Source, SourceProposal

pytestmark = pytest.mark.django_db


def test_precision_and_recall_reach_the_targets():
    scores = evaluate()
    assert scores.expected == 80
    assert scores.precision >= 0.8 and scores.recall >= 0.8
    assert scores.chain_precision >= 0.8 and scores.chain_recall >= 0.8


def test_evaluation_leaves_nothing_behind():
    evaluate()
    assert not Claim.objects.exists()
    assert not SourceProposal.objects.exists()
    assert not Source.objects.exists()


def test_the_long_document_is_the_set_over_and_over_cut_at_a_paragraph():
    text = long_document_text(50_000)
    assert 45_000 < len(text) <= 50_000
    assert text.endswith(".") and "\n\n\n" not in text


def test_the_long_document_is_extracted_and_leaves_nothing_behind():
    run = extract_long_document(30_000)

    assert run.chars <= 30_000
    assert run.statements > run.created > 100
    assert not Claim.objects.exists()
    assert not Source.objects.exists()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [((0, 10), (0, 10), 1.0), ((0, 10), (5, 15), 5 / 15), ((0, 4), (6, 9), 0.0)],
)
def test_overlap(a, b, expected):
    assert overlap(a, b) == pytest.approx(expected)
