"""The third held-out Azerbaijani set and the Azerbaijani set of real copy's formulas keep the
labelling conventions of ``demo.extraction_set`` (the checks of the second held-out sets, for
sets of more than three articles): no database, no Django."""

import pytest

from demo.extraction_sets import holdout3_az, real_az
from tests.demo.test_holdout2_b import problems

MODULES = {"holdout3_az": holdout3_az, "real_az": real_az}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_the_set_keeps_the_conventions(name):
    module = MODULES[name]
    found = problems(module.SOURCES, module.ARTICLES, "az")
    assert [line for line in found if not line.endswith("articles, not 3")] == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_speakers_not_known_to_the_desk_are_declared_and_speak(name):
    module = MODULES[name]
    unknown = {spec.key for spec in module.SOURCES if not spec.known}
    speakers = {s.speaker for article in module.ARTICLES for s in article.statements}
    assert unknown, "the set should have a speaker the desk does not know"
    assert unknown <= speakers, "an unknown source that never speaks"
