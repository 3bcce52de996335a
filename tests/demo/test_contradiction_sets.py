"""Checks every labelled contradiction set must pass: each claim's phrase once in its report's
text, every label naming claims the set has, a couple in at most one list, and a relayed or
quoted speaker known to the set."""

import itertools

import pytest

from demo.set_modules import set_module

SETS = ["multilingual", "holdout", "holdout2", "holdout3", "holdout4", "holdout5"]


def _claims(module):
    for report in module.REPORTS:
        for key, speaker, phrase, _stated_on, relays in report["claims"]:
            yield report, key, speaker, phrase, relays


@pytest.mark.parametrize("name", SETS)
def test_each_phrase_stands_once_in_its_report(name):
    module = set_module(name, "demo.contradiction_sets")
    for report, key, speaker, phrase, relays in _claims(module):
        assert report["text"].count(phrase) == 1, key
        assert speaker in module.SPEAKERS and set(relays) <= set(module.SPEAKERS), key
        assert report["publisher"] in module.SPEAKERS, report["key"]
        assert report["incident"] is None or report["incident"] in module.INCIDENTS


@pytest.mark.parametrize("name", SETS)
def test_labels_name_the_set_s_claims_each_couple_in_one_list(name):
    module = set_module(name, "demo.contradiction_sets")
    keys = [key for _, key, *_ in _claims(module)]
    assert len(keys) == len(set(keys))
    lists = [
        getattr(module, label, [])
        for label in ("CONTRADICTIONS", "CORROBORATIONS", "DUPLICATES", "HARD_NEGATIVES")
    ]
    couples = [frozenset(couple) for found in lists for couple in found]
    assert all(len(couple) == 2 and couple <= set(keys) for couple in couples)
    for first, second in itertools.combinations(lists, 2):
        assert not {frozenset(c) for c in first} & {frozenset(c) for c in second}
    assert len(couples) == len(set(couples))


def test_the_held_out_set_covers_six_incidents_in_the_four_languages():
    module = set_module("holdout", "demo.contradiction_sets")
    languages = {report["language"] for report in module.REPORTS}
    assert languages == {"en", "ru", "az", "hy"}
    stories = {report["key"].split("-")[0] for report in module.REPORTS}
    assert len(stories) >= 6


@pytest.mark.parametrize("name", ["holdout2", "holdout3", "holdout4", "holdout5"])
def test_the_later_held_out_sets_are_crowded(name):
    """At least eight stories in the four languages, each sharing its week with another story
    whose opposing claims stand as hard negatives, and claims given with an incident, with only
    a date and with neither."""
    module = set_module(name, "demo.contradiction_sets")
    assert {report["language"] for report in module.REPORTS} == {"en", "ru", "az", "hy"}
    story_of = {}
    published = {}
    for report in module.REPORTS:
        story = report["key"].split("-")[0]
        published.setdefault(story, []).append(report["published"])
        for key, *_ in report["claims"]:
            story_of[key] = story
    assert len(published) >= 8
    for story, days in published.items():
        assert any(
            abs((day - other).days) <= 7
            for neighbour, others in published.items()
            if neighbour != story
            for day in days
            for other in others
        ), story
    crowded = {story_of[key] for couple in module.HARD_NEGATIVES for key in couple}
    assert all(story_of[a] != story_of[b] for a, b in module.HARD_NEGATIVES)
    assert len(crowded) >= 8
    kinds = {
        (report["incident"] is not None, stated_on is not None)
        for report in module.REPORTS
        for _key, _speaker, _phrase, stated_on, _relays in report["claims"]
    }
    assert {(True, True), (False, True), (False, False)} <= kinds
