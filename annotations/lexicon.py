"""Finding the active lexicon's terms in a text, for framing suggestions.

One pair of Aho-Corasick automata (pyahocorasick) per language, one for case-sensitive terms
and one for the rest, built from the active lexicon and rebuilt only when the lexicon changes
(its size and newest update are the key). Case-insensitive terms are matched in a lower-cased
copy of the text that keeps every offset. A whole-word term matches only where neither
neighbour is a letter, digit or underscore: "occupied" is not found in "preoccupied".
Offsets are code points, as everywhere in Parallax.
"""

import threading
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick
from django.db.models import Count, Max

from .models import LexiconEntry


class Match(NamedTuple):
    start: int
    end: int
    entry_id: int
    label_id: int


def fold(text: str) -> str:
    """Lower case with every offset kept: a character whose lower case is longer stays as is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def primary_language(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


def find_terms(text: str, language: str) -> list[Match]:
    """Every place a term of ``language``'s active lexicon occurs in ``text``."""
    automata = _automata(primary_language(language))
    found = []
    size = len(text)
    # The loop runs once per occurrence of any term, so it stays lean: no calls it can avoid.
    for automaton, haystack in ((automata.exact, text), (automata.folded, fold(text))):
        if len(automaton) == 0:
            continue
        for last, entries in automaton.iter(haystack):
            end = last + 1
            for entry_id, label_id, whole_word, length in entries:
                start = end - length
                if whole_word and (
                    (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"))
                    or (end < size and (text[end].isalnum() or text[end] == "_"))
                ):
                    continue
                found.append(Match(start, end, entry_id, label_id))
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
        automaton, key = (exact, entry.term) if entry.case_sensitive else (folded, fold(entry.term))
        same_key = automaton.get(key, [])
        automaton.add_word(key, [*same_key, (entry.pk, entry.label_id, entry.whole_word, len(key))])
    for automaton in (exact, folded):
        if len(automaton):
            automaton.make_automaton()
    return _Automata(exact, folded)
