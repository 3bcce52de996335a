"""The extraction benchmark's figures per language: (statement, speaker) precision and recall
against the targets, and relay chains as accuracy and as precision and recall."""

import pytest

from bench.extraction import _scores
from claims.extraction.finder import find_statements
from claims.extraction.rules import rules_for
from demo.extraction_evaluation import Scores
from demo.extraction_floor import _recording, floor
from sources.models import Source


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


@pytest.mark.django_db
def test_the_floor_times_its_parts_over_every_article_and_leaves_nothing_behind():
    run = floor(["house"], rounds=2)
    assert run.documents == 10 and run.chars > 10_000
    assert len(run.split_ms) == len(run.names_ms) == len(run.matches_ms) == 2
    assert run.matches >= 10  # every article of the set holds statements
    assert not Source.objects.exists()


def test_the_floor_replays_only_the_matches_that_succeeded():
    rules = rules_for("en")
    text = "Officials met on Monday. The ministry said that the road to the village was closed."
    taken = []
    statements = find_statements(text, _recording(rules, taken), [])
    # The same reading as without the recording, and of the patterns tried on both sentences,
    # the one match that gave the statement, with the string it matched.
    assert [(s.start, s.end) for s in statements] == [
        (s.start, s.end) for s in find_statements(text, rules, [])
    ]
    assert len(statements) == 1
    assert [string for _, string in taken] == [text[text.index("The") :]]
    assert all(regex.match(string) for regex, string in taken)
