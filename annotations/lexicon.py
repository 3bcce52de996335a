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

An entry that ``inflects`` is a stem: its key is " stem", open at the end, and a match stands
only when the rest of the word is empty or made of the language's endings
(``annotations/lexicons/<language>.toml``), so "оккупирован" finds "оккупированных" and
"işğal" finds "işğalçıların" without listing every form. In a phrase every word is a stem
("незаконн вооруженн формировани" finds "незаконных вооруженных формирований"): the
automaton finds the first, and the phrase's pattern checks the rest. The endings are checked
only where the automaton found a stem, so the scan costs what it did. Russian "ё" is matched
as "е", as most of its press writes it.
"""

import re
import threading
from dataclasses import dataclass

import ahocorasick
from django.db.models import Aggregate, Q, TextField

from sources.text import fold, primary_language, space_non_word

from .lexicon_files import endings_pattern
from .models import LexiconEntry

# A term found: (start, end, entry_id, label_id). A plain tuple: building a named tuple for
# each of a million matches took a quarter of the scan's time.
Match = tuple[int, int, int, int]


def find_terms(text: str, language: str) -> list[Match]:
    """Every place a term of ``language``'s active lexicon occurs in ``text``."""
    return scan(_automata(primary_language(language)), text, language)


def scan(automata: "_Automata", text: str, language: str) -> list[Match]:
    """Every match of ``automata``'s terms in ``text``, in order."""
    found = []
    append = found.append
    inflected = automata.endings.fullmatch
    # The loop runs once per occurrence of a term, so it stays lean: no calls it can avoid.
    for automaton, folds in ((automata.exact, False), (automata.folded, True)):
        if len(automaton) == 0:
            continue
        target = _fold(text, language) if folds else text
        haystack = f" {space_non_word(target)} "
        for last, entries in automaton.iter(haystack):
            for entry_id, label_id, length, shift, check, stem in entries:
                # The haystack's leading space shifts offsets by one; a whole-word key's
                # trailing space by one more.
                end = last - shift
                start = end - length
                if check is not None and target[start:end] != check:
                    continue
                if stem is True:
                    # A stem: the match runs to the end of its word, if the rest is endings.
                    word_end = haystack.find(" ", last + 1) - 1
                    if word_end > end and not inflected(target, end, word_end):
                        continue
                    end = word_end
                elif stem:
                    # A phrase of stems, from its first stem on.
                    matched = stem.match(target, start)
                    if matched is None:
                        continue
                    end = matched.end()
                append((start, end, entry_id, label_id))
    found.sort()
    return found


def _fold(text: str, language: str) -> str:
    folded = fold(text, language=language)
    if primary_language(language) in _YO_LANGUAGES:
        folded = folded.replace("ё", "е")
    return folded


_NON_WORD = re.compile(r"(\W+)")

# Russian and Belarusian print "е" for "ё" more often than not; a term matches either.
_YO_LANGUAGES = frozenset({"ru", "be"})


@dataclass
class _Automata:
    exact: ahocorasick.Automaton
    folded: ahocorasick.Automaton
    # Matches the endings an inflecting term's last word may take (or nothing, by default).
    endings: re.Pattern


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
_BUILT_FROM = (
    "id",
    "term",
    "label_id",
    "language",
    "whole_word",
    "case_sensitive",
    "inflects",
)


def _version(entries) -> str | None:
    """The active lexicon's fingerprint, in one query (None when it is empty)."""
    return entries.aggregate(version=_Fingerprint(*_BUILT_FROM))["version"]


def _automata(language: str) -> _Automata:
    # The language's own entries only: the fingerprint then reads no other language's rows.
    entries = LexiconEntry.objects.filter(
        Q(language=language) | Q(language__startswith=f"{language}-"),
        is_active=True,
        label__is_active=True,
    )
    version = _version(entries)
    cached = _cache.get(language)
    if cached is not None and cached[0] == version:
        return cached[1]
    built = build(
        language,
        (
            Term(
                entry.pk,
                entry.label_id,
                entry.term,
                entry.whole_word,
                entry.case_sensitive,
                entry.inflects,
            )
            for entry in entries.only(*_BUILT_FROM)
            if primary_language(entry.language) == language
        ),
    )
    with _cache_lock:
        _cache[language] = (version, built)
    return built


@dataclass(frozen=True)
class Term:
    """What an automaton needs of a lexicon entry (``label`` is whatever the caller counts by)."""

    id: object
    label: object
    term: str
    whole_word: bool = True
    case_sensitive: bool = False
    inflects: bool = False


def build(language: str, terms) -> _Automata:
    """The automata for ``terms``, all of ``language`` (a primary subtag)."""
    exact, folded = ahocorasick.Automaton(), ahocorasick.Automaton()
    for entry in terms:
        automaton, written = (
            (exact, entry.term) if entry.case_sensitive else (folded, _fold(entry.term, language))
        )
        for term in _spellings(written, language):
            _add(automaton, entry, term, language)
    for automaton in (exact, folded):
        if len(automaton):
            automaton.make_automaton()
    return _Automata(exact, folded, endings_pattern(language))


# Letters a language writes two ways, each as long as the other is not: Armenian "և" is
# also printed "եւ" (two letters), so a term gets a key in either spelling.
_SPELLINGS = {"hy": [("և", "եւ")]}


def _separator(part: str) -> str:
    return r"\s+" if part.isspace() else re.escape(part)


def _spellings(term: str, language: str) -> set[str]:
    spellings = {term}
    for one, other in _SPELLINGS.get(language, ()):
        spellings |= {spelling.replace(one, other) for spelling in spellings}
        spellings |= {spelling.replace(other, one) for spelling in spellings}
    return spellings


def _add(automaton, entry: Term, term: str, language: str) -> None:
    """``term``'s key and what scan() needs to check a match of it."""
    spaced = space_non_word(term)
    parts = _NON_WORD.split(term)
    if entry.inflects and len(parts) > 1 and parts[0]:
        # A phrase of stems: keyed by its first stem, then every word checked with its
        # endings, each separator as it is written.
        endings = endings_pattern(language).pattern
        # A space between words is any run of white space (a line break, two spaces);
        # other separators are written as they are.
        phrase = "".join(
            re.escape(part) + endings if index % 2 == 0 else _separator(part)
            for index, part in enumerate(parts)
        )
        value = (entry.id, entry.label, len(parts[0]), 0, None, re.compile(rf"{phrase}(?!\w)"))
        key = f" {parts[0]}"
    else:
        if entry.inflects:
            # Open at the end: scan() runs the match on to the end of the word.
            key, shift = f" {spaced}", 0
        elif entry.whole_word:
            key, shift = f" {spaced} ", 1
        else:
            key, shift = spaced, 0
        # Only a term with non-word characters (a space too) can differ from the spaced copy.
        check = term if spaced != term or " " in term else None
        value = (entry.id, entry.label, len(term), shift, check, entry.inflects)
    automaton.add_word(key, [*automaton.get(key, []), value])
