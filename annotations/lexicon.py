"""Finding the active lexicon's terms in a text, for framing suggestions.

One pair of Aho-Corasick automata (pyahocorasick) per language, one for case-sensitive terms
and one for the rest, built from the active lexicon and rebuilt only when the lexicon changes.
The key is a fingerprint, computed by the database in one query, of every field the automata
are built from (id, term, label, language, whole word, case) over the active entries of
active labels: so an edit made with QuerySet.update(), which leaves ``updated_at`` alone, or
a label switched off, is seen too. Case-insensitive terms are matched in a lower-cased copy of
the text that keeps every offset, folded by the language's rules (Azerbaijani and Turkish
pair İ with i and I with ı). A whole-word term matches only where neither
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

import threading
from dataclasses import dataclass

import ahocorasick
from django.db.models import Aggregate, TextField

from sources.text import fold, primary_language, space_non_word

from .models import LexiconEntry

# A term found: (start, end, entry_id, label_id). A plain tuple: building a named tuple for
# each of a million matches took a quarter of the scan's time.
Match = tuple[int, int, int, int]


def find_terms(text: str, language: str) -> list[Match]:
    """Every place a term of ``language``'s active lexicon occurs in ``text``."""
    automata = _automata(primary_language(language))
    found = []
    append = found.append
    # The loop runs once per occurrence of a term, so it stays lean: no calls it can avoid.
    folded = fold(text, language=language)
    for automaton, target in ((automata.exact, text), (automata.folded, folded)):
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


_cache: dict[str, tuple[str | None, _Automata]] = {}
_cache_lock = threading.Lock()


class _Fingerprint(Aggregate):
    """What the rows' fields say, ordered by the first (the id): the md5 of them all on
    PostgreSQL; elsewhere (SQLite, in development) the joined text itself, in the order SQLite
    reads the rows (another order there only costs a needless rebuild)."""

    name = "Fingerprint"
    output_field = TextField()

    def as_sql(self, compiler, connection, **extra_context):
        compiled = [compiler.compile(field) for field in self.get_source_expressions()[:-1]]
        columns = [sql for sql, _ in compiled]
        params = tuple(param for _, field_params in compiled for param in field_params)
        if connection.vendor == "postgresql":
            row = f"CONCAT_WS(CHR(31), {', '.join(columns)})"
            order, order_params = compiled[0]
            return f"MD5(STRING_AGG({row}, CHR(30) ORDER BY {order}))", (*params, *order_params)
        return f"GROUP_CONCAT({' || CHAR(31) || '.join(columns)}, CHAR(30))", params


# Every field _build reads, id first: a change to any of them changes the fingerprint.
_BUILT_FROM = ("id", "term", "label_id", "language", "whole_word", "case_sensitive")


def _version(entries) -> str | None:
    """The active lexicon's fingerprint, in one query (None when it is empty)."""
    return entries.aggregate(version=_Fingerprint(*_BUILT_FROM))["version"]


def _automata(language: str) -> _Automata:
    entries = LexiconEntry.objects.filter(is_active=True, label__is_active=True)
    version = _version(entries)
    cached = _cache.get(language)
    if cached is not None and cached[0] == version:
        return cached[1]
    built = _build(
        entry
        for entry in entries.only(*_BUILT_FROM)
        if primary_language(entry.language) == language
    )
    with _cache_lock:
        _cache[language] = (version, built)
    return built


def _build(entries) -> _Automata:
    exact, folded = ahocorasick.Automaton(), ahocorasick.Automaton()
    for entry in entries:
        automaton, term = (
            (exact, entry.term)
            if entry.case_sensitive
            else (folded, fold(entry.term, language=entry.language))
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
