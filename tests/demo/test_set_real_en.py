"""The English sets of real copy's formulas (``real_en``, development) and the third held-out
English set (``holdout3_en``) keep the labelling conventions: every span once in its text,
within one paragraph and trimmed, every key a registry entry or one of the set's own sources,
NFC text; each article after another outlet. No database."""

import pytest

from demo.extraction_evaluation import DEVELOPMENT, HELD_OUT, SETS
from demo.extraction_sets import holdout3_en, real_en
from tests.demo.test_holdout2_a import problems, registry_keys  # noqa: F401

MODULES = (holdout3_en, real_en)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_the_set_keeps_the_conventions(module, registry_keys):  # noqa: F811
    # Styles beyond the other sets' ("broadcaster website", "regional news site") are free.
    found = problems(module.SOURCES, module.ARTICLES, registry_keys)
    assert [line for line in found if "style or language" not in line] == []
    assert {article.language for article in module.ARTICLES} == {"en"}


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_each_article_after_another_outlet_with_five_to_twelve_statements(module):
    assert len({article.modelled_on for article in module.ARTICLES}) == len(module.ARTICLES)
    for article in module.ARTICLES:
        assert 5 <= len(article.statements) <= 12, article.key
    assert 30 <= sum(len(article.statements) for article in module.ARTICLES) <= 45


def test_the_sets_are_registered_for_their_purpose():
    assert SETS["holdout3_en"] == "demo.extraction_sets.holdout3_en"
    assert SETS["real_en"] == "demo.extraction_sets.real_en"
    assert "holdout3_en" in HELD_OUT and "holdout3_en" not in DEVELOPMENT
    assert "real_en" in DEVELOPMENT and "real_en" not in HELD_OUT
