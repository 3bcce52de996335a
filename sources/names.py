"""Linking the phrases that name speakers to sources, through their names and aliases.

Every source is known by its name, its short name, its aliases, and the forms English builds
from a name with "of": "Security Council of Armenia" is also "Armenia's Security Council", and
"Ministry of Defence of Azerbaijan" is also "Azerbaijan's Defence Ministry". Names are compared
case-insensitively, with punctuation as white space, and the longest name found wins. A name
two sources share links to neither.

Languages that inflect names are compared through their stems: a language's ``Morphology``
strips its endings from every word of the names and of the text alike, so "Минобороны
Армении" finds "Минобороны Армения" and "Azərbaycan Müdafiə Nazirliyinin" finds "Azərbaycan
Müdafiə Nazirliyi", and the name found covers the inflected words whole.

The index is an Aho-Corasick automaton (pyahocorasick), one per morphology, built from the
sources and rebuilt only when they or their aliases change.
"""

import bisect
import itertools
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

import ahocorasick
from django.db import connection

from .models import Source, SourceAlias
from .text import fold, space_non_word

AMBIGUOUS = -1
_word = re.compile(r"[^ ]+")
MAX_CACHED_STEMS = 500_000
_of = re.compile(r"\s+of\s+", re.IGNORECASE)
_possessive = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<head>.+)$")
_determiner = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def name_forms(name: str) -> set[str]:
    """The forms a source's name may take in running text."""
    name = " ".join(name.split())
    forms = {name}
    parts = _of.split(name)
    if len(parts) >= 2:
        owner, head = parts[-1], " of ".join(parts[:-1])
        forms.add(f"{owner}'s {head}")
        if len(parts) == 3:
            # "Ministry of Defence of Azerbaijan": "Azerbaijan's Defence Ministry", and the
            # "Defence Ministry of Azerbaijan" of wire copy.
            forms.add(f"{owner}'s {parts[1]} {parts[0]}")
            forms.add(f"{parts[1]} {parts[0]} of {owner}")
        if len(parts) == 2 and len(head.split()) == 1:
            # "Ministry of Defence": "Defence Ministry".
            forms.add(f"{owner} {head}")
    return forms


def initialled_forms(name: str) -> set[str]:
    """A person's name with initials before the surname, as agencies write it in every script:
    "Hikmət Hacıyev" is also "H. Hacıyev" ("H.Hacıyev"), "Сергей Кужугетович Шойгу" also
    "С. Шойгу" and "С. К. Шойгу"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return set()
    *given, surname = words
    return {f"{given[0][0]}. {surname}", " ".join(f"{w[0]}." for w in given) + f" {surname}"}


def key(name: str) -> str:
    return " ".join(space_non_word(fold(name)).split())


@dataclass(frozen=True)
class Morphology:
    """How a language inflects the words of names: the endings stripped from each word, longest
    first and again until none is left or the stem would be shorter than ``min_stem``.

    The same stripping on both sides is what matters, not a linguist's stem: "Армения" and
    "Армении" both become "армен", "nazirliyi" and "nazirliyinin" both "nazirliy". No endings
    (English) leaves every word as it is.
    """

    endings: tuple[str, ...] = ()
    min_stem: int = 3
    language: str = ""  # its case rules: Azerbaijani folds "I" to "ı"
    _stems: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted({fold(e, language=self.language) for e in self.endings}, key=len))
        object.__setattr__(self, "endings", ordered[::-1])

    def stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = word
            stripped = True
            while stripped:
                stripped = False
                for ending in self.endings:
                    if stem.endswith(ending) and len(stem) - len(ending) >= self.min_stem:
                        stem = stem[: -len(ending)]
                        stripped = True
                        break
            if len(self._stems) > MAX_CACHED_STEMS:
                self._stems.clear()  # a worker's memory stays bounded whatever it reads
            self._stems[word] = stem
        return stem

    def key(self, name: str) -> str:
        words = space_non_word(fold(name, language=self.language)).split()
        return " ".join(self.stem(word) for word in words) if self.endings else " ".join(words)


PLAIN = Morphology()


@dataclass(frozen=True)
class Known:
    id: int
    kind: str
    names: tuple[str, ...]  # name, short name and aliases
    parent: int | None = None  # the body a spokesperson speaks for
    country: str = ""


class SourceIndex:
    """Known sources and an automaton over every form of their names."""

    def __init__(self, sources: Iterable[Known], morphology: Morphology = PLAIN):
        self.morphology = morphology
        self.sources: dict[int, Known] = {}
        self.keys: dict[str, int] = {}
        for known in sources:
            self.sources[known.id] = known
            for name in known.names:
                forms = name_forms(name)
                if known.kind == Source.Kind.OFFICIAL:
                    forms |= initialled_forms(name)
                for form in forms:
                    k = morphology.key(form)
                    if k:
                        shared = self.keys.get(k, known.id) != known.id
                        self.keys[k] = AMBIGUOUS if shared else known.id
        self.automaton = ahocorasick.Automaton()
        for k, source_id in self.keys.items():
            self.automaton.add_word(f" {k} ", (len(k), source_id))
        if self.keys:
            self.automaton.make_automaton()

    def names_in(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, source id) of every known name in the text, longest first where they
        overlap; AMBIGUOUS stands for a name two sources share."""
        if not self.keys:
            return []
        haystack = f" {space_non_word(fold(text, language=self.morphology.language))} "
        found = list(self._names_in_words(haystack))
        return longest_first(self._without_overlapped_people(found))

    def _without_overlapped_people(
        self, found: list[tuple[int, int, int]]
    ) -> list[tuple[int, int, int]]:
        """Without a body's name whose last word opens a person's name that runs past it: in
        "секретарь Совета безопасности Армен Григорян" the given name "Армен" is not the
        genitive "Армении" of "Совет безопасности Армении"."""
        people = sorted(
            (start, end)
            for start, end, source_id in found
            if (known := self.sources.get(source_id)) is not None
            and known.kind == Source.Kind.OFFICIAL
        )
        if not people:
            return found
        firsts = [first for first, _ in people]

        def overlapped(start: int, end: int) -> bool:
            # The people whose names start inside this one, found by bisection.
            at = bisect.bisect_right(firsts, start)
            until = bisect.bisect_left(firsts, end)
            return any(people[i][1] > end for i in range(at, until))

        return [name for name in found if not overlapped(name[0], name[1])]

    def _names_in_words(self, haystack: str) -> Iterable[tuple[int, int, int]]:
        """Names in a copy of the text made of its words' stems, one space apart (runs of white
        space in the text are one space in a key); each found name is mapped back to the words
        it covers, inflected endings included."""
        words = [m.span() for m in _word.finditer(haystack)]
        # The haystack holds word characters and spaces only: its words split as they match.
        stems = haystack.split()
        if self.morphology.endings:
            # Most words were stemmed before: their stems are looked up without a call.
            stem, cached = self.morphology.stem, self.morphology._stems.get
            stems = [cached(word) or stem(word) for word in stems]
        # Where each stem starts in " stem stem … ": one space before each.
        starts = list(itertools.accumulate((len(s) + 1 for s in stems), initial=1))[:-1]
        stemmed = " " + " ".join(stems) + " "
        for last, (length, source_id) in self.automaton.iter(stemmed):
            first = bisect.bisect_left(starts, last - length)
            final = bisect.bisect_right(starts, last - 1) - 1
            # haystack has a leading space the text lacks.
            yield words[first][0] - 1, words[final][1] - 1, source_id

    def lookup(self, phrase: str) -> int | None:
        """The source a phrase names when it is written out whole: "the Georgian Interior
        Ministry", "Armenia's Security Council"; None when no source has that name."""
        text = _determiner.sub("", " ".join(phrase.split()))
        for form in (text, *_possessive_forms(text)):
            source_id = self.keys.get(self.morphology.key(form))
            if source_id is not None:
                return source_id
        return None


def longest_first(found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Of names that overlap, the longest, and of two as long the one found first: the
    ``(start, end, source id)`` of the names kept, in text order.

    Names are taken longest first, each kept unless it overlaps one kept before. Which
    characters are taken is marked in a byte array, so a name is checked in its own length,
    not against every name kept: a document of a hundred thousand names is not a quadratic
    number of comparisons.
    """
    taken = bytearray(max((end for _, end, _ in found), default=0))
    chosen = []
    for start, end, source_id in sorted(found, key=lambda item: item[0] - item[1]):
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, source_id))
    return sorted(chosen)


def _possessive_forms(text: str) -> list[str]:
    match = _possessive.match(text)
    if not match:
        return []
    return [f"{match['head']} of {match['owner']}"]


_cache: dict[Morphology, tuple[tuple, SourceIndex]] = {}
_lock = threading.Lock()


def _version() -> tuple:
    """What changes whenever a source or an alias is added, changed or removed, in one query:
    it is asked for every document extracted. (An alias renamed touches its source.) Each
    table is read once for both of its figures."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT * FROM (SELECT COUNT(*), MAX(updated_at) FROM {Source._meta.db_table}) s,"
            f" (SELECT COUNT(*), MAX(id) FROM {SourceAlias._meta.db_table}) a"
        )
        return cursor.fetchone()


def source_index(morphology: Morphology = PLAIN) -> SourceIndex:
    """The index of every source for a language's morphology, rebuilt when a source or an
    alias was added, changed or removed since it was built."""
    version = _version()
    cached = _cache.get(morphology)
    if cached is not None and cached[0] == version:
        return cached[1]
    aliases: dict[int, list[str]] = {}
    for source_id, alias in SourceAlias.objects.values_list("source_id", "alias"):
        aliases.setdefault(source_id, []).append(alias)
    index = SourceIndex(
        (
            Known(
                pk,
                kind,
                tuple(n for n in (name, short_name, *aliases.get(pk, ())) if n),
                parent,
                country,
            )
            for pk, kind, name, short_name, parent, country in Source.objects.values_list(
                "pk", "kind", "name", "short_name", "parent", "country"
            )
        ),
        morphology,
    )
    with _lock:
        _cache[morphology] = (version, index)
    return index
