"""Finding the active lexicon's terms in a text, for framing suggestions.

One pair of Aho-Corasick automata (pyahocorasick) per language, one for case-sensitive terms
and one for the rest, built from the active lexicon and rebuilt only when the lexicon changes
(its size and newest update are the key). Case-insensitive terms are matched in a lower-cased
copy of the text that keeps every offset. A whole-word term matches only where neither
neighbour is a letter, digit or underscore: "occupied" is not found in "preoccupied".
Offsets are code points, as everywhere in Parallax.

Word boundaries are left to the automaton: it scans a copy of the text in which every
character that is not a letter, digit or underscore is a space, padded with a space at either
end, and a whole-word term is the key " term " (its own non-word characters spaced too). A
term inside a longer word then never matches at all, so Python handles only real matches; each
is checked against the text itself, so that "armenian occupied" does not pass for
"Armenian-occupied". Checking boundaries in Python for every raw match took three times as
long as the scan.
"""

import re
import threading
from dataclasses import dataclass

import ahocorasick
from django.db.models import Count, Max

from .models import LexiconEntry

# A term found: (start, end, entry_id, label_id). A plain tuple: building a named tuple for
# each of a million matches took a quarter of the scan's time.
Match = tuple[int, int, int, int]


def fold(text: str) -> str:
    """Lower case with every offset kept: a character whose lower case is longer stays as is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def primary_language(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


class _SpaceNonWord(dict):
    """A str.translate table: word characters stay, every other character becomes a space."""

    def __missing__(self, code: int) -> int:
        character = chr(code)
        self[code] = value = code if character.isalnum() or character == "_" else 32
        return value


_space_table = _SpaceNonWord()
# The same rule as a pattern: re's \w is str.isalnum() plus the underscore.
_non_word = re.compile(r"[^\w ]")


def space_non_word(text: str) -> str:
    """``text`` with every character but letters, digits and underscores made a space."""
    if text.isascii():
        # str.translate has a fast path for ASCII; on other text a regex is several times faster.
        return text.translate(_space_table)
    return _non_word.sub(" ", text)


def find_terms(text: str, language: str) -> list[Match]:
    """Every place a term of ``language``'s active lexicon occurs in ``text``."""
    automata = _automata(primary_language(language))
    found = []
    append = found.append
    # The loop runs once per occurrence of a term, so it stays lean: no calls it can avoid.
    for automaton, target in ((automata.exact, text), (automata.folded, fold(text))):
        if len(automaton) == 0:
            continue
        haystack = f" {space_non_word(target)} "
        for last, entries in automaton.iter(haystack):
            for entry_id, label_id, term, padding in entries:
                # The haystack's leading space shifts offsets by one; a padded key's trailing
                # space by one more.
                end = last - padding
                start = end - len(term)
                if target[start:end] == term:
                    append((start, end, entry_id, label_id))
    found.sort()
    return found


@dataclass
class _Automata:
    exact: ahocorasick.Automaton
    folded: ahocorasick.Automaton


_cache: dict[str, tuple[tuple, _Automata]] = {}
_cache_lock = threading.Lock()


def _automata(language: str) -> _Automata:
    entries = LexiconEntry.objects.filter(is_active=True, label__is_active=True)
    version = tuple(entries.aggregate(count=Count("id"), newest=Max("updated_at")).values())
    cached = _cache.get(language)
    if cached is not None and cached[0] == version:
        return cached[1]
    built = _build(
        entry
        for entry in entries.only(
            "id", "term", "label_id", "language", "whole_word", "case_sensitive"
        )
        if primary_language(entry.language) == language
    )
    with _cache_lock:
        _cache[language] = (version, built)
    return built


def _build(entries) -> _Automata:
    exact, folded = ahocorasick.Automaton(), ahocorasick.Automaton()
    for entry in entries:
        automaton, term = (
            (exact, entry.term) if entry.case_sensitive else (folded, fold(entry.term))
        )
        key = f" {space_non_word(term)} " if entry.whole_word else space_non_word(term)
        same_key = automaton.get(key, [])
        automaton.add_word(
            key, [*same_key, (entry.pk, entry.label_id, term, int(entry.whole_word))]
        )
    for automaton in (exact, folded):
        if len(automaton):
            automaton.make_automaton()
    return _Automata(exact, folded)
