"""The extraction benchmark's figures per language: (statement, speaker) precision and recall
against the targets, and relay chains as accuracy and as precision and recall."""

from bench.extraction import _scores
from demo.extraction_evaluation import Scores


def test_each_language_reports_statements_and_relay_chains_as_precision_and_recall():
    # 10 labelled, 8 proposed, 6 of them right, 3 of those with the right chain.
    figures = {
        f.name.split(": ", 1)[1]: f
        for f in _scores("ru", "held out", Scores(10, 8, 6, 3), targeted=True)
    }
    assert figures["(statement, speaker) precision"].value == 0.75
    assert figures["(statement, speaker) recall"].value == 0.6
    assert figures["relay-chain accuracy"].value == 0.5
    assert figures["(statement, speaker, relay chain) precision"].value == 0.375
    assert figures["(statement, speaker, relay chain) recall"].value == 0.3
    # Held-out figures are judged against the targets; the chains' precision and recall are told.
    assert figures["(statement, speaker) precision"].passed is False
    assert figures["(statement, speaker, relay chain) recall"].passed is None


def test_development_figures_are_reported_without_a_verdict():
    figures = _scores("az", "development", Scores(10, 10, 10, 10), targeted=False)
    assert {f.passed for f in figures} == {None}
