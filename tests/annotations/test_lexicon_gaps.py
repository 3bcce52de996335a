"""A term with a gap ("either … or"): its words are found in order within one sentence, a few
words apart at most, each whole (with its endings when the term inflects). No database."""

import pytest

from annotations.lexicon import GAP_MOST, Term, build, scan
from annotations.lexicon_files import read_lexicon


def quotes(term: str, text: str, language: str, inflects: bool = False) -> list[str]:
    automata = build(language, [Term(1, 1, term, inflects=inflects)])
    return [text[start:end] for start, end, *_ in scan(automata, text, language)]


@pytest.mark.parametrize(
    ("language", "term", "text", "expected"),
    [
        ("ru", "либо … либо", "Нам предлагают либо голод, либо жизнь.", ["либо голод, либо"]),
        ("ru", "сегодня … завтра", "Сегодня, завтра — всё одно.", ["Сегодня, завтра"]),
        ("en", "either … or", "Either it signs now or it loses.", ["Either it signs now or"]),
        ("az", "ya … ya da", "Ya sülhü seçəcək, ya da müharibəni.", ["Ya sülhü seçəcək, ya da"]),
        ("hy", "կամ … կամ", "Կամ կհաղթենք, կամ կկորցնենք։", ["Կամ կհաղթենք, կամ"]),
        (
            "hy",
            "այսօր … վաղը",
            "Այսօր Կիրանցն են տալիս, վաղը՝ Սյունիքը։",
            ["Այսօր Կիրանցն են տալիս, վաղը"],
        ),
    ],
)
def test_the_words_of_a_gapped_term_are_found_with_what_lies_between(
    language, term, text, expected
):
    assert quotes(term, text, language) == expected


def test_the_nearest_closing_word_ends_the_match():
    assert quotes("either … or", "Either this or that or both.", "en") == ["Either this or"]


@pytest.mark.parametrize(
    "text",
    [
        "Either side may ask. Or not.",  # the sentence ends between them
        "Either side may ask\nor not.",  # so does the line
        "Either way, the order stands.",  # "or" only inside a word
        "Neither side moved, nor did the other.",  # "either" only inside a word
        "Either " + "word " * (GAP_MOST // 5 + 1) + "or not.",  # too far apart
    ],
)
def test_words_apart_across_a_sentence_or_too_far_or_inside_other_words_are_not_found(text):
    assert quotes("either … or", text, "en") == []


def test_the_armenian_full_stop_ends_a_sentence_too():
    assert quotes("կամ … կամ", "Կամ այո։ Կամ ոչ։", "hy") == []


def test_the_words_of_an_inflecting_gapped_term_take_their_endings():
    text = "Они требуют сдачи всего Карабаха."
    assert quotes("сдач … Карабах", text, "ru", inflects=True) == ["сдачи всего Карабаха"]
    assert quotes("сдач … Карабах", text, "ru") == []


@pytest.mark.parametrize("language", ["en", "ru", "az", "hy"])
def test_each_shipped_lexicon_has_gapped_terms(language):
    assert any("…" in line.term for line in read_lexicon(language))
