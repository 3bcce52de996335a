"""The fourth held-out framing sets (one per language) load, are registered as held out, keep
the marking rules of the third sets (every marked phrase is in its text, no two marks of an
article share characters, every label is a slug of the framing taxonomy), and cover articles of
their own rather than the earlier held-out sets' ones. No database."""

import unicodedata

import pytest

from demo.framing_evaluation import DEVELOPMENT, HELD_OUT, load_set
from tests.demo.test_framing_holdouts import mark_problems

SETS = {"holdout4_en": "en", "holdout4_ru": "ru", "holdout4_az": "az", "holdout4_hy": "hy"}


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_registered_as_held_out(name):
    assert name in HELD_OUT and name not in DEVELOPMENT


@pytest.mark.parametrize("name", SETS)
def test_every_marked_phrase_is_in_its_text_once_per_mark(name):
    for article in load_set(name):
        assert mark_problems(article) == []


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_large_varied_and_in_its_language(name):
    articles = load_set(name)
    assert len(articles) >= 8
    assert len({article["key"] for article in articles}) == len(articles)
    assert len({article["outlet_style"] for article in articles}) >= 5
    for article in articles:
        assert article["language"] == SETS[name], article["key"]
        assert unicodedata.is_normalized("NFC", article["text"]), article["key"]
    assert any(not article["marked"] for article in articles), "no neutral article"
    assert sum(len(article["marked"]) for article in articles) >= 40


@pytest.mark.parametrize("name", SETS)
def test_the_set_shares_no_article_with_earlier_held_out_sets(name):
    earlier = [other for other in HELD_OUT if not other.startswith("holdout4_")]
    earlier_texts = {article["text"] for other in earlier for article in load_set(other)}
    earlier_keys = {article["key"] for other in earlier for article in load_set(other)}
    for article in load_set(name):
        assert article["text"] not in earlier_texts, article["key"]
        assert article["key"] not in earlier_keys, article["key"]
