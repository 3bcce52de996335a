"""The fourth held-out English and Russian sets (``holdout4_en``, ``holdout4_ru``) keep the
labelling conventions: every span once in its text, within one paragraph and trimmed, every key
a registry entry or one of the set's own sources, NFC text; six articles or more, each after
another outlet. No database."""

import pytest

from demo.extraction_evaluation import DEVELOPMENT, HELD_OUT, SETS
from demo.extraction_sets import holdout4_en, holdout4_ru
from tests.demo.test_holdout2_a import problems, registry_keys  # noqa: F401

MODULES = {"en": holdout4_en, "ru": holdout4_ru}


@pytest.mark.parametrize("language", sorted(MODULES))
def test_the_set_keeps_the_conventions(language, registry_keys):  # noqa: F811
    module = MODULES[language]
    assert problems(module.SOURCES, module.ARTICLES, registry_keys) == []
    assert {article.language for article in module.ARTICLES} == {language}


@pytest.mark.parametrize("language", sorted(MODULES))
def test_six_articles_each_after_another_outlet(language):
    articles = MODULES[language].ARTICLES
    assert len(articles) >= 6
    assert len({article.modelled_on for article in articles}) == len(articles)
    assert len({article.key for article in articles}) == len(articles)
    for article in articles:
        assert 5 <= len(article.statements) <= 12, article.key
    assert any(not spec.known for spec in MODULES[language].SOURCES)


@pytest.mark.parametrize("language", sorted(MODULES))
def test_the_set_is_held_out(language):
    name = f"holdout4_{language}"
    assert SETS[name] == f"demo.extraction_sets.{name}"
    assert name in HELD_OUT and name not in DEVELOPMENT
