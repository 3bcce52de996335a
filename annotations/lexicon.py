"""Finding the active lexicon's terms in a text, for framing suggestions.

One pair of Aho-Corasick automata (pyahocorasick) per language, one for case-sensitive terms
and one for the rest, built from the active lexicon and rebuilt only when the lexicon changes.
The key is the lexicon's version (``LexiconVersion``), a token that database triggers replace
whenever a statement writes lexicon entries or framing labels: so an edit made with
QuerySet.update(), which leaves ``updated_at`` alone, or a label switched off, is seen too, and
a scan costs one primary-key read (a fingerprint of every entry, read at each call, took a
quarter of the time of a scan of 2 MB of Russian). Case-insensitive terms are matched in a
lower-cased copy of the text that keeps every offset, folded by the language's rules
(Azerbaijani and Turkish pair İ with i and I with ı). A whole-word term matches only where
neither neighbour is a letter, digit or underscore: "occupied" is not found in "preoccupied".
Offsets are code points, as everywhere in Parallax. For Cyrillic, Azerbaijani and Armenian text
the folded, spaced copy is made in one table (``annotations.lexicon_haystack``), in which the
keys and the endings are written too.

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
only where the automaton found a stem, and each distinct rest of a word only once
(``Endings``). Russian "ё" is matched as "е", as most of its press writes it.

A gap ("…") between two words of a term stands for up to ``GAP_MOST`` characters of the same
sentence: "либо … либо" finds "либо голод, либо" (a false dilemma's two halves), not two words
in two sentences. Such a term is read as a phrase, from its first word, whether or not it
inflects.
"""

import re
import threading
from dataclasses import dataclass

import ahocorasick
from django.db import connection
from django.db.models import Q

from sources.text import DOTTED_I_LANGUAGES, fold, primary_language, space_non_word

from .lexicon_files import endings_pattern, language_endings
from .lexicon_haystack import Haystack, haystack_for
from .models import LexiconEntry, LexiconVersion

# A term found: (start, end, entry_id, label_id). A plain tuple: building a named tuple for
# each of a million matches took a quarter of the scan's time.
Match = tuple[int, int, int, int]


def find_terms(text: str, language: str) -> list[Match]:
    """Every place a term of ``language``'s active lexicon occurs in ``text``."""
    return scan(_automata(primary_language(language)), text, language)


def scan(automata: "_Automata", text: str, language: str) -> list[Match]:
    """Every match of ``automata``'s terms in ``text``, in order."""
    found: list[Match] = []
    endings = automata.endings
    if len(automata.exact):
        _matches(automata.exact, text, f" {space_non_word(text)} ", endings, found, _same)
    if len(automata.folded):
        if automata.haystack is None:
            target = _fold(text, language)
            haystack = f" {space_non_word(target)} "
            _matches(automata.folded, target, haystack, endings, found, _same)
        else:
            made = automata.haystack
            haystack = f" {made.make(text)} "
            _matches(automata.folded, text, haystack, automata.symbol_endings, found, made.fold)
    found.sort()
    return found


def _matches(automaton, text: str, haystack: str, endings: "Endings", found: list, fold) -> None:
    """Adds to ``found`` the matches of ``automaton`` in ``haystack`` (``text`` spaced, and
    folded or written in the automaton's symbols); ``endings`` are a stem's, in the haystack's
    symbols; ``fold`` folds a piece of ``text`` where a match is checked against its own
    characters (``_same`` when ``text`` is folded already)."""
    append = found.append
    find = haystack.find
    known = endings.known
    longest = endings.longest
    # The loop runs once per occurrence of a term, so it stays lean: the two common kinds of
    # key (``_value``) are handled here, without calls it can avoid; the rest by _check_each.
    for last, (entry_id, label_id, length, kind) in automaton.iter(haystack):
        if kind is _WORD:
            # The haystack's leading space shifts offsets by one, the key's trailing space too.
            append((last - 1 - length, last - 1, entry_id, label_id))
        elif kind is _STEM:
            # The match runs to the end of its word, if the rest is endings.
            word_end = find(" ", last + 1)
            if word_end - last - 1 > longest:  # too long to be endings: neither copied nor kept
                continue
            fits = known.get(haystack[last + 1 : word_end])
            if fits is None:
                fits = endings.learn(haystack[last + 1 : word_end])
            if fits:
                append((last - length, word_end - 1, entry_id, label_id))
        else:
            _check_each(kind, last, text, haystack, endings, found, fold)


def _check_each(entries, last: int, text: str, haystack: str, endings, found: list, fold):
    """Adds to ``found`` the matches, at ``last`` in ``haystack``, of ``entries`` (what _key
    gives for each term under one key), each checked in full."""
    # A phrase's window, folded once for the phrases that share their first stem.
    window_start, window = None, ""
    for entry_id, label_id, length, shift, check, stem in entries:
        end = last - shift
        start = end - length
        if check is not None and fold(text[start:end]) != check:
            continue
        if stem is True:
            word_end = haystack.find(" ", last + 1)
            if word_end - end - 1 > endings.longest or not endings.fits(
                haystack[end + 1 : word_end]
            ):
                continue
            end = word_end - 1
        elif stem:
            # A phrase of stems, from its first stem on, read within a window that ends
            # between two words.
            if start != window_start:
                limit = haystack.find(" ", start + PHRASE_WINDOW + 1) - 1
                window_start = start
                window = fold(text[start : limit if limit >= 0 else len(text)])
            matched = stem.match(window)
            if matched is None:
                continue
            end = start + matched.end()
        found.append((start, end, entry_id, label_id))


# The two kinds of key _matches handles itself: a whole word, and a stem.
_WORD, _STEM = "whole word", "stem"


def _value(values: list[tuple]) -> tuple:
    """What the automaton holds for a key: (entry id, label, length, kind) when the key is a
    single term's, a whole word or a stem without a check; else (None, None, 0, values)."""
    if len(values) == 1:
        entry_id, label_id, length, shift, check, stem = values[0]
        if check is None and shift == 1 and not stem:
            return (entry_id, label_id, length, _WORD)
        if check is None and stem is True:
            return (entry_id, label_id, length, _STEM)
    return (None, None, 0, values)


class Endings:
    """Whether the rest of a word after a stem is made of the language's endings, asked of the
    pattern once per distinct rest and then remembered: the words of a text repeat, and the
    pattern tries every ending at each step (asked at every match, it took a quarter of an
    Azerbaijani scan)."""

    # Rests remembered at most; past it they are forgotten and learnt again. None is longer
    # than ``longest`` (the longest chain of the longest endings), so the memo stays small
    # whatever the text (a PDF's words run together, say): a longer rest cannot fit, and is
    # turned away by its length, without being kept.
    MOST = 50_000

    def __init__(self, pattern: re.Pattern, longest: int):
        self._fullmatch = pattern.fullmatch
        self.longest = longest
        self.known: dict[str, bool] = {"": True}

    def fits(self, rest: str) -> bool:
        fits = self.known.get(rest)
        return self.learn(rest) if fits is None else fits

    def learn(self, rest: str) -> bool:
        if len(rest) > self.longest:
            return False
        fits = self._fullmatch(rest) is not None
        if len(self.known) >= self.MOST:
            self.known.clear()
            self.known[""] = True
        self.known[rest] = fits
        return fits


# The most characters a phrase of stems may run over, its separators included.
PHRASE_WINDOW = 1_000


def _same(text: str) -> str:
    return text


def _piece_folder(language: str):
    """``_fold`` for ``language``, lean: it runs on a piece of text at each match checked."""
    dotted = language in DOTTED_I_LANGUAGES
    yo = language in _YO_LANGUAGES

    def fold_piece(piece: str) -> str:
        if dotted:
            piece = piece.replace("İ", "i").replace("I", "ı")
        lowered = piece.lower()
        if len(lowered) != len(piece):  # a letter whose lower case is longer: kept as it is
            return _fold(piece, language)
        return lowered.replace("ё", "е") if yo else lowered

    return fold_piece


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
    # The endings an inflecting term's last word may take (none, by default).
    endings: Endings
    # What ``folded`` scans, when its language has one (``annotations.lexicon_haystack``), and
    # the endings in its symbols.
    haystack: Haystack | None = None
    symbol_endings: Endings | None = None


_cache: dict[str, tuple[str, _Automata]] = {}
_cache_lock = threading.Lock()

# Every field _build reads.
_BUILT_FROM = (
    "id",
    "term",
    "label_id",
    "language",
    "whole_word",
    "case_sensitive",
    "inflects",
)


def _version() -> str | None:
    """The lexicon's version (``LexiconVersion``), in one primary-key read; None when its row
    is gone (a flushed test database), and then nothing is kept."""
    # A bare cursor: through the ORM the read took three times as long.
    with connection.cursor() as cursor:
        cursor.execute(_VERSION_SQL, [LexiconVersion.ROW])
        row = cursor.fetchone()
    return row[0] if row else None


_VERSION_SQL = f"SELECT token FROM {LexiconVersion._meta.db_table} WHERE id = %s"


def _automata(language: str) -> _Automata:
    version = _version()
    cached = _cache.get(language)
    if cached is not None and version is not None and cached[0] == version:
        return cached[1]
    entries = LexiconEntry.objects.filter(
        Q(language=language) | Q(language__startswith=f"{language}-"),
        is_active=True,
        label__is_active=True,
    )
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
    if version is not None:
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
    keys: tuple[dict, dict] = ({}, {})  # key → what scan() checks of each match, per automaton
    for entry in terms:
        folds = not entry.case_sensitive
        written = _fold(entry.term, language) if folds else entry.term
        for term in _spellings(written, language):
            key, value = _key(entry, term, language)
            keys[folds].setdefault(key, []).append(value)
    endings, chain = language_endings(language)
    haystack = haystack_for(language, list(keys[True]), _piece_folder(language), endings, chain)
    automata = []
    for folds, found in enumerate(keys):
        automaton = ahocorasick.Automaton()
        for key, values in found.items():
            automaton.add_word(haystack.key(key) if folds and haystack else key, _value(values))
        if found:
            automaton.make_automaton()
        automata.append(automaton)
    return _Automata(
        automata[0],
        automata[1],
        Endings(endings_pattern(language), chain * max(map(len, endings), default=0)),
        haystack,
        Endings(haystack.endings, haystack.longest_rest) if haystack else None,
    )


# Letters a language writes two ways, each as long as the other is not: Armenian "և" is
# also printed "եւ" (two letters), so a term gets a key in either spelling.
_SPELLINGS = {"hy": [("և", "եւ")]}


# Written between two words of a term ("either … or"), a gap: up to GAP_MOST characters of the
# same sentence may come between them (none of ``_SENTENCE_END``), the words kept whole.
GAP = "\u2026"
GAP_MOST = 60
_SENTENCE_END = ".!?;\n\u0589"  # the last: the Armenian full stop
_GAP_EDGE = rf"[^\w{re.escape(_SENTENCE_END)}]"  # a non-word character that ends no sentence
_GAP_PATTERN = rf"{_GAP_EDGE}(?:[^{re.escape(_SENTENCE_END)}]{{0,{GAP_MOST}}}?{_GAP_EDGE})??"


def _separator(part: str) -> str:
    if GAP in part:
        return _GAP_PATTERN
    return r"\s+" if part.isspace() else re.escape(part)


def _spellings(term: str, language: str) -> set[str]:
    spellings = {term}
    for one, other in _SPELLINGS.get(language, ()):
        spellings |= {spelling.replace(one, other) for spelling in spellings}
        spellings |= {spelling.replace(other, one) for spelling in spellings}
    return spellings


def _key(entry: Term, term: str, language: str) -> tuple[str, tuple]:
    """``term``'s key and what scan() needs to check a match of it."""
    spaced = space_non_word(term)
    parts = _NON_WORD.split(term)
    if (entry.inflects or GAP in term) and len(parts) > 1 and parts[0]:
        # A phrase of stems: keyed by its first stem, then every word checked with its
        # endings, each separator as it is written. A phrase with a gap is read the same way,
        # its words whole unless it inflects.
        endings = endings_pattern(language).pattern if entry.inflects else ""
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
    return key, value
