"""The endings a stem may take, remembered per distinct rest of a word. No database."""

import random

from annotations.lexicon import Term, build, scan
from annotations.lexicon_files import language_endings


def test_a_rest_too_long_to_be_endings_is_turned_away_and_not_remembered():
    """Text whose spaces were lost (a PDF's extraction) makes words of any length after a
    stem; none can fit, and keeping them would let the memo grow with the text."""
    endings, chain = language_endings("ru")
    longest = chain * max(map(len, endings))
    letters = "абвгдежзиклмнопрстуфхцчшщыэюя"
    rng = random.Random(7)
    runs = ["".join(rng.choices(letters, k=longest + 1 + index)) for index in range(20)]
    text = " ".join(
        [f"оккупированных{run}" for run in runs] + ["оккупированных", "оккупированными"]
    )
    automata = build("ru", [Term(1, 1, "оккупированн", inflects=True)])

    found = scan(automata, text, "ru")

    assert [text[start:end] for start, end, *_ in found] == [
        "оккупированных",
        "оккупированными",
    ]
    for memo in (automata.endings, automata.symbol_endings):
        assert all(len(rest) <= longest for rest in memo.known)
