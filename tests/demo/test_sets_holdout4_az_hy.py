"""The fourth held-out Azerbaijani and Armenian sets keep the labelling conventions of
``demo.extraction_set`` and are registered as held out: no database, no Django."""

import pytest

from demo.extraction_evaluation import DEVELOPMENT, HELD_OUT, SETS
from demo.extraction_sets import holdout4_az, holdout4_hy
from tests.demo.test_holdout2_b import problems

MODULES = {"holdout4_az": (holdout4_az, "az"), "holdout4_hy": (holdout4_hy, "hy")}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_the_set_keeps_the_conventions(name):
    module, language = MODULES[name]
    found = problems(module.SOURCES, module.ARTICLES, language)
    assert [line for line in found if not line.endswith("articles, not 3")] == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_the_set_follows_six_outlets_or_more(name):
    module, _ = MODULES[name]
    assert len({article.modelled_on for article in module.ARTICLES}) >= 6


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_speaker_the_desk_does_not_know_speaks(name):
    module, _ = MODULES[name]
    unknown = {spec.key for spec in module.SOURCES if not spec.known}
    speakers = {s.speaker for article in module.ARTICLES for s in article.statements}
    assert unknown and unknown <= speakers


@pytest.mark.parametrize("name", sorted(MODULES))
def test_the_set_is_held_out(name):
    assert SETS[name] == f"demo.extraction_sets.{name}"
    assert name in HELD_OUT and name not in DEVELOPMENT
