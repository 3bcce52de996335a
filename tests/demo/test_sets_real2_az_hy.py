"""The second Azerbaijani and Armenian development sets of real copy's formulas keep the
labelling conventions of ``demo.extraction_set`` and are registered for development: no
database, no Django."""

import unicodedata

import pytest

from demo.extraction_evaluation import DEVELOPMENT, HELD_OUT, SETS
from demo.extraction_sets import real2_az, real2_hy
from tests.demo.test_holdout2_b import KINDS, STYLES, _registry_keys, _statement_problems

MODULES = {"real2_az": (real2_az, "az"), "real2_hy": (real2_hy, "hy")}


def problems(module, language: str) -> list[str]:
    found: list[str] = []
    registry = _registry_keys()
    own = {spec.key: spec for spec in module.SOURCES}
    for spec in module.SOURCES:
        if spec.key in registry or spec.kind not in KINDS:
            found.append(f"SOURCES: {spec.key}")
    keys = registry | set(own)
    if len({article.modelled_on for article in module.ARTICLES}) != len(module.ARTICLES):
        found.append("two articles follow the same outlet")
    for article in module.ARTICLES:
        if article.language != language or article.style not in STYLES or not article.modelled_on:
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
    module, language = MODULES[name]
    assert problems(module, language) == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_speaker_the_desk_does_not_know_speaks(name):
    module, _ = MODULES[name]
    unknown = {spec.key for spec in module.SOURCES if not spec.known}
    speakers = {s.speaker for article in module.ARTICLES for s in article.statements}
    assert unknown and unknown <= speakers


@pytest.mark.parametrize("name", sorted(MODULES))
def test_the_set_is_for_development(name):
    assert SETS[name] == f"demo.extraction_sets.{name}"
    assert name in DEVELOPMENT and name not in HELD_OUT
