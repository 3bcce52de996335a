"""The fifth held-out sets, one per language, keep the labelling conventions of
``demo.extraction_set`` (the checks of the second held-out sets, for sets of more than three
articles) and are scored apart from the development sets: no database, no Django."""

import pytest

from demo.extraction_evaluation import DEVELOPMENT, HELD_OUT, SETS, labelled_set
from demo.extraction_sets import holdout5_az, holdout5_en, holdout5_hy, holdout5_ru
from tests.demo.test_holdout2_b import problems

MODULES = {"en": holdout5_en, "ru": holdout5_ru, "az": holdout5_az, "hy": holdout5_hy}


@pytest.mark.parametrize("language", sorted(MODULES))
def test_the_set_keeps_the_conventions(language):
    module = MODULES[language]
    found = problems(module.SOURCES, module.ARTICLES, language)
    assert [line for line in found if not line.endswith("articles, not 3")] == []


@pytest.mark.parametrize("language", sorted(MODULES))
def test_every_span_occurs_once_within_a_paragraph_and_trimmed(language):
    for article in MODULES[language].ARTICLES:
        paragraphs = article.text.split("\n\n")
        for statement in article.statements:
            span = statement.span
            assert article.text.count(span) == 1, (article.key, span)
            assert sum(paragraph.count(span) for paragraph in paragraphs) == 1, span
            assert span == span.strip(), span


@pytest.mark.parametrize("language", sorted(MODULES))
def test_six_articles_after_six_outlets(language):
    articles = MODULES[language].ARTICLES
    assert len(articles) >= 6
    assert len({article.modelled_on for article in articles}) >= 5


@pytest.mark.parametrize("language", sorted(MODULES))
def test_speakers_not_known_to_the_desk_are_declared_and_speak(language):
    module = MODULES[language]
    unknown = {spec.key for spec in module.SOURCES if not spec.known}
    speakers = {s.speaker for article in module.ARTICLES for s in article.statements}
    assert unknown, "the set should have a speaker the desk does not know"
    assert unknown <= speakers, "an unknown source that never speaks"


@pytest.mark.parametrize("language", sorted(MODULES))
def test_the_set_is_registered_as_held_out(language):
    name = f"holdout5_{language}"
    assert SETS[name] == MODULES[language].__name__
    assert name in HELD_OUT and name not in DEVELOPMENT
    loaded = labelled_set(name)
    assert loaded.articles == MODULES[language].ARTICLES
