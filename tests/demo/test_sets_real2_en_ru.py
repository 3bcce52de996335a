"""The second development sets of real copy's formulas (``real2_en``, ``real2_ru``) keep the
labelling conventions: every span once in its text, within one paragraph and trimmed, every key
a registry entry or one of the set's own sources, NFC text; each article after another outlet.
No database."""

import pytest

from demo.extraction_evaluation import DEVELOPMENT, HELD_OUT, SETS
from demo.extraction_sets import real2_en, real2_ru
from tests.demo.test_holdout2_a import problems, registry_keys  # noqa: F401

MODULES = {"en": real2_en, "ru": real2_ru}


@pytest.mark.parametrize("language", sorted(MODULES))
def test_the_set_keeps_the_conventions(language, registry_keys):  # noqa: F811
    module = MODULES[language]
    assert problems(module.SOURCES, module.ARTICLES, registry_keys) == []
    assert {article.language for article in module.ARTICLES} == {language}


@pytest.mark.parametrize("language", sorted(MODULES))
def test_each_article_after_another_outlet(language):
    articles = MODULES[language].ARTICLES
    assert len({article.modelled_on for article in articles}) == len(articles)
    for article in articles:
        assert 5 <= len(article.statements) <= 12, article.key


@pytest.mark.parametrize("language", sorted(MODULES))
def test_the_set_is_for_development(language):
    name = f"real2_{language}"
    assert SETS[name] == f"demo.extraction_sets.{name}"
    assert name in DEVELOPMENT and name not in HELD_OUT
