"""The Armenian sets after real copy (``real_hy``, development, and ``holdout3_hy``, held out)
keep the labelling conventions of ``demo.extraction_set`` and are registered in their groups:
no database, no Django."""

import unicodedata

import pytest

from demo.extraction_evaluation import DEVELOPMENT, HELD_OUT, SETS
from demo.extraction_sets import holdout3_hy, real_hy
from tests.demo.test_holdout2_b import KINDS, STYLES, _registry_keys, _statement_problems

MODULES = {"real_hy": real_hy, "holdout3_hy": holdout3_hy}


def problems(module) -> list[str]:
    found: list[str] = []
    registry = _registry_keys()
    own = {spec.key: spec for spec in module.SOURCES}
    for spec in module.SOURCES:
        if spec.key in registry:
            found.append(f"SOURCES: {spec.key} is already a registry key")
        if spec.kind not in KINDS:
            found.append(f"SOURCES: {spec.key} has no valid kind")
    keys = registry | set(own)
    if len({article.modelled_on for article in module.ARTICLES}) != len(module.ARTICLES):
        found.append("two articles follow the same outlet")
    for article in module.ARTICLES:
        if article.language != "hy" or article.style not in STYLES or not article.modelled_on:
            found.append(f"{article.key}: language, style or modelled_on")
        publisher = own.get(article.publisher)
        if article.publisher not in keys or (publisher is not None and not publisher.known):
            found.append(f"{article.key}: the publisher must be a known key")
        if unicodedata.normalize("NFC", article.text) != article.text:
            found.append(f"{article.key}: text is not NFC")
        for statement in article.statements:
            found.extend(_statement_problems(statement, article, keys))
    return found


@pytest.mark.parametrize("name", sorted(MODULES))
def test_the_set_keeps_the_conventions(name):
    assert problems(MODULES[name]) == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_speaker_the_desk_does_not_know_speaks(name):
    module = MODULES[name]
    unknown = {spec.key for spec in module.SOURCES if not spec.known}
    speakers = {s.speaker for article in module.ARTICLES for s in article.statements}
    assert unknown and unknown <= speakers


def test_a_broken_label_is_reported():
    article = real_hy.ARTICLES[0]
    first = article.statements[0]
    broken = first.__class__(first.span + "։", first.speaker, first.relays)
    assert _statement_problems(broken, article, _registry_keys())


def test_the_sets_are_registered_in_their_groups():
    assert SETS["real_hy"] == "demo.extraction_sets.real_hy"
    assert SETS["holdout3_hy"] == "demo.extraction_sets.holdout3_hy"
    assert "real_hy" in DEVELOPMENT and "real_hy" not in HELD_OUT
    assert "holdout3_hy" in HELD_OUT and "holdout3_hy" not in DEVELOPMENT
