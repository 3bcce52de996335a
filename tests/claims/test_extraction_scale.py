"""Claim extraction on long texts: the steps that once compared everything with everything give
what their plain definitions give, with a number of comparisons that grows with the text, not
with its square. (How long a two-million-character document takes is measured in the bench.)"""

import math
import random
import re

import pytest

from claims.extraction.finder import find_statements
from claims.extraction.rules import rules_for
from claims.extraction.sentences import ends_here
from sources.names import longest_first


def longest_first_by_definition(found):
    """Longest first, each name kept unless it overlaps one kept before: against all of them."""
    chosen = []
    for start, end, source_id in sorted(found, key=lambda item: item[0] - item[1]):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, source_id))
    return sorted(chosen)


def random_names(rng: random.Random, count: int, width: int) -> list[tuple[int, int, int]]:
    names = []
    for _ in range(count):
        start = rng.randrange(width)
        names.append((start, start + rng.randint(1, 12), rng.randrange(-1, 5)))
    # As the automaton reports them: by where they end.
    return sorted(names, key=lambda name: name[1])


@pytest.mark.parametrize("seed", range(200))
def test_overlapping_names_resolve_as_by_definition(seed):
    rng = random.Random(seed)
    found = random_names(rng, rng.randint(0, 60), rng.choice([20, 80, 300]))
    assert longest_first(found) == longest_first_by_definition(found)


class Position(int):
    """A text position that counts how often it is compared."""

    comparisons = 0

    def _count(self, other, compare):
        Position.comparisons += 1
        return compare(int(self), int(other))

    def __lt__(self, other):
        return self._count(other, int.__lt__)

    def __le__(self, other):
        return self._count(other, int.__le__)

    def __gt__(self, other):
        return self._count(other, int.__gt__)

    def __ge__(self, other):
        return self._count(other, int.__ge__)

    def __eq__(self, other):
        return self._count(other, int.__eq__)

    __hash__ = int.__hash__


def test_resolving_names_compares_positions_n_log_n_times_not_n_squared():
    # A long document is mostly names standing apart: each kept, none overlapping.
    count = 5_000
    found = [(Position(10 * i), Position(10 * i + 6), i % 7) for i in range(count)]
    Position.comparisons = 0

    chosen = longest_first(found)

    assert len(chosen) == count
    assert Position.comparisons < 10 * count * math.log2(count)  # n² would be 25,000,000


def ends_here_by_definition(text: str, i: int, rules, *, quote: bool) -> bool:
    """Whether a sentence ends at ``i``, reading copies of the text before and after it."""
    if quote:
        before = text[:i].rstrip()
        if not before or before[-1] not in ".!?":
            return False
    after = text[i + 1 : i + 3]
    if after and not after[0].isspace():
        return False
    following = text[i + 1 :].lstrip(" \t")
    if following and not (
        following[0].isupper() or following[0].isdigit() or following[0] in '“"«„‘(\n'
    ):
        return False
    if not quote and text[i] == ".":
        word = re.search(r"([\w.]+)$", text[:i])
        if word:
            token = word.group(1)
            if token in rules.abbreviations or (len(token) == 1 and token.isupper()):
                return False
    return True


PIECES = ["Gen", "Mr", "U.S", "A", "b", "ə", "7", "_", ".", "!", "?", " ", "  ", "\t", "\n"]
PIECES += ["”", "“", '"', "«", "»", "(", "Baku", "said", "Հ"]


@pytest.mark.parametrize("seed", range(100))
def test_sentence_ends_are_judged_as_by_definition(seed):
    rules = rules_for("en")
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 80)))
    for i, char in enumerate(text):
        if char in '.!?”»"':
            for quote in (False, True):
                expected = ends_here_by_definition(text, i, rules, quote=quote)
                assert ends_here(text, i, rules, quote=quote) == expected, (text, i, quote)


def test_each_statement_names_only_the_known_names_inside_its_speaker():
    rules = rules_for("en")
    sentence = "Baku said the shelling stopped. "
    text = sentence * 3_000
    names = [(i * len(sentence), i * len(sentence) + 4) for i in range(3_000)]

    statements = find_statements(text, rules, names)

    assert len(statements) == 3_000
    assert [s.speaker.names for s in statements] == [(name,) for name in names]
