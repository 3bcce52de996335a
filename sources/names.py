"""Linking the phrases that name speakers to sources, through their names and aliases.

Every source is known by its name, its short name, its aliases, and the forms English builds
from a name with "of": "Security Council of Armenia" is also "Armenia's Security Council", and
"Ministry of Defence of Azerbaijan" is also "Azerbaijan's Defence Ministry". Names are compared
case-insensitively, with punctuation as white space, and the longest name found wins. A name
two sources share links to neither.

The index is an Aho-Corasick automaton (pyahocorasick), built from the sources and rebuilt
only when they or their aliases change.
"""

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick
from django.db.models import Count, Max

from .models import Source, SourceAlias
from .text import fold, space_non_word

AMBIGUOUS = -1
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
            # "Ministry of Defence of Azerbaijan": "Azerbaijan's Defence Ministry".
            forms.add(f"{owner}'s {parts[1]} {parts[0]}")
        if len(parts) == 2 and len(head.split()) == 1:
            # "Ministry of Defence": "Defence Ministry".
            forms.add(f"{owner} {head}")
    return forms


def key(name: str) -> str:
    return " ".join(space_non_word(fold(name)).split())


@dataclass(frozen=True)
class Known:
    id: int
    kind: str
    names: tuple[str, ...]  # name, short name and aliases


class SourceIndex:
    """Known sources and an automaton over every form of their names."""

    def __init__(self, sources: Iterable[Known]):
        self.sources: dict[int, Known] = {}
        self.keys: dict[str, int] = {}
        for known in sources:
            self.sources[known.id] = known
            for name in known.names:
                for form in name_forms(name):
                    k = key(form)
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
        haystack = f" {space_non_word(fold(text))} "
        # Runs of white space in the text are one space in a key: match on a copy with single
        # spaces, and map its offsets back to the text's.
        squeezed, offsets = _squeeze(haystack)
        found = []
        for last, (length, source_id) in self.automaton.iter(squeezed):
            end = last  # the key's trailing space
            start = end - length
            found.append((offsets[start] - 1, offsets[end - 1], source_id))
        return longest_first(found)

    def lookup(self, phrase: str) -> int | None:
        """The source a phrase names when it is written out whole: "the Georgian Interior
        Ministry", "Armenia's Security Council"; None when no source has that name."""
        text = _determiner.sub("", " ".join(phrase.split()))
        for form in (text, *_possessive_forms(text)):
            source_id = self.keys.get(key(form))
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


def _squeeze(haystack: str) -> tuple[str, list[int]]:
    """``haystack`` with runs of spaces collapsed, and where each of its characters was."""
    out = []
    offsets = []
    previous_space = False
    for index, char in enumerate(haystack):
        if char == " ":
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
        out.append(char)
        offsets.append(index)
    # One past the end, for ends of matches.
    offsets.append(len(haystack))
    return "".join(out), offsets


_cache: dict[str, tuple[tuple, SourceIndex]] = {}
_lock = threading.Lock()


def source_index() -> SourceIndex:
    """The index of every source, rebuilt when a source or an alias was added, changed or
    removed since it was built."""
    version = (
        *Source.objects.aggregate(count=Count("id"), newest=Max("updated_at")).values(),
        *SourceAlias.objects.aggregate(count=Count("id"), newest=Max("id")).values(),
    )
    cached = _cache.get("sources")
    if cached is not None and cached[0] == version:
        return cached[1]
    aliases: dict[int, list[str]] = {}
    for source_id, alias in SourceAlias.objects.values_list("source_id", "alias"):
        aliases.setdefault(source_id, []).append(alias)
    index = SourceIndex(
        Known(pk, kind, tuple(n for n in (name, short_name, *aliases.get(pk, ())) if n))
        for pk, kind, name, short_name in Source.objects.values_list(
            "pk", "kind", "name", "short_name"
        )
    )
    with _lock:
        _cache["sources"] = (version, index)
    return index
