"""The second to sixth held-out framing sets (one per language each, English and Russian only
in the sixth round) load, are registered in one group (the group their round stands in from
the fourth on), cover articles of their own rather than any other set's, and keep the marking
rules: every marked phrase is in its text, no two marks of an article share characters, every
label is a slug of the framing taxonomy. No database."""

import importlib
import itertools
import unicodedata

import pytest

from demo.framing_evaluation import DEVELOPMENT, HELD_OUT, load_set, marked_spans
from demo.framing_evaluation import SETS as ALL_SETS

SETS = {
    f"holdout{round_}_{language}": language
    for round_ in (2, 3, 4, 5, 6)
    for language in ("en", "ru", "az", "hy")
    if round_ < 6 or language in ("en", "ru")
}

# From the fourth round on, where each set stands: studied to fix the lexicons' causes of misses
# and false alarms (development sets now), or never studied (held out).
STUDIED = [f"holdout4_{language}" for language in ("en", "ru", "az", "hy")] + [
    "holdout5_en",
    "holdout5_ru",
]
NEVER_STUDIED = ["holdout5_az", "holdout5_hy", "holdout6_en", "holdout6_ru"]

_reference = importlib.import_module("annotations.migrations.0002_reference_data")
LABEL_SLUGS = {row[3] for row in _reference.SEMEVAL_TECHNIQUES} | {
    row[2] for row in _reference.CONFLICT_FRAMES
}


def mark_problems(article: dict) -> list[str]:
    """What breaks the marking rules in one article, a line each; empty when nothing does."""
    try:
        spans = marked_spans(article)
    except ValueError as missing:
        return [str(missing)]
    found = []
    text = article["text"]
    for start, end, label in spans:
        quote = text[start:end]
        if label not in LABEL_SLUGS:
            found.append(f"{article['key']}: unknown label {label!r}")
        if quote != quote.strip() or "\n" in quote:
            found.append(f"{article['key']}: untrimmed or multi-paragraph {quote!r}")
    for (_, end, _), (start, _, _) in itertools.pairwise(sorted(spans)):
        if start < end:
            found.append(f"{article['key']}: two marks overlap at {start}")
    return found


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_registered_once(name):
    """Held out until studied against the lexicons, then development: in one group, not both."""
    assert (name in HELD_OUT) != (name in DEVELOPMENT)


@pytest.mark.parametrize("name", STUDIED)
def test_a_studied_set_is_registered_as_a_development_set(name):
    assert name in DEVELOPMENT and name not in HELD_OUT


@pytest.mark.parametrize("name", NEVER_STUDIED)
def test_a_set_never_studied_is_registered_as_held_out(name):
    assert name in HELD_OUT and name not in DEVELOPMENT


@pytest.mark.parametrize("name", [*STUDIED, *NEVER_STUDIED])
def test_the_set_shares_no_article_with_any_other_set(name):
    others = [other for other in ALL_SETS if other != name]
    other_texts = {article["text"] for other in others for article in load_set(other)}
    other_keys = {article["key"] for other in others for article in load_set(other)}
    for article in load_set(name):
        assert article["text"] not in other_texts, article["key"]
        assert article["key"] not in other_keys, article["key"]


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


def test_a_phrase_missing_from_its_text_is_reported():
    article = dict(load_set("holdout2_en")[0])
    article["marked"] = [*article["marked"], ("not in this text at all", "doubt")]
    assert any("not in the text" in line for line in mark_problems(article))


def test_an_unknown_label_and_overlapping_marks_are_reported():
    article = {
        "key": "made-up",
        "text": "The enemy shelled our liberated lands.",
        "marked": [("The enemy", "enemy-othering"), ("enemy shelled", "no-such-label")],
    }
    problems = mark_problems(article)
    assert "made-up: unknown label 'no-such-label'" in problems
    assert any("overlap" in line for line in problems)
