"""The least work reading statements by patterns can do, timed against the bare sentence split.

Extraction's throughput goal is a fifth of a bare sentence split's (at most five times its
time). Whatever else a reading of attributed statements by patterns does, it finds the known
names in the text (so that "Минобороны Армении" is one speaker in any case) and matches, for
every statement, the pattern that gives it. This module times those two parts alone, on the
same articles as ``extraction_evaluation.throughput``:

- **names**: every document's known names found once (the registry's automaton over the
  words' stems), as extraction finds them;
- **matches**: only the pattern matches that succeeded when the documents were read, each run
  again on the string it matched, as if the reader had known in advance which pattern would
  take which sentence and tried no other (an oracle no reader has).

Their sum with the split is a floor under any such design: no reading by these patterns can
take less. When the floor alone is above the goal, the goal cannot be met by tuning the
reader; it would take patterns of another kind.
"""

import dataclasses
import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction

from claims.extraction.finder import find_statements
from claims.extraction.rules import Rules, rules_for
from claims.extraction.sentences import split_sentences
from sources.names import source_index

from .extraction_evaluation import labelled_set, load_sources


@dataclass(frozen=True)
class Floor:
    documents: int
    chars: int
    split_ms: list[float]  # each round: every document split into sentences, bare
    names_ms: list[float]  # each round: every document's known names found
    matches_ms: list[float]  # each round: the successful pattern matches, run again
    matches: int  # how many successful matches a round runs


class _Recording:
    """A pattern's regex that keeps the strings it matched."""

    def __init__(self, regex, taken: list):
        self.regex, self.taken = regex, taken

    def match(self, string: str):
        found = self.regex.match(string)
        if found is not None:
            self.taken.append((self.regex, string))
        return found


def _recording(rules: Rules, taken: list) -> Rules:
    return dataclasses.replace(
        rules,
        patterns=tuple(
            dataclasses.replace(pattern, regex=_Recording(pattern.regex, taken))
            for pattern in rules.patterns
        ),
    )


def floor(sets: Iterable[str], rounds: int = 5) -> Floor:
    """The split, the name search and the successful matches of every article of ``sets``,
    each timed over all of them, round after round, in a rolled-back transaction (the sets'
    sources are written so that their names are known)."""
    with transaction.atomic():
        articles = []
        for name in sets:
            labelled = labelled_set(name)
            load_sources(labelled.sources)
            articles.extend(a for a in labelled.articles if rules_for(a.language) is not None)
        documents = []
        taken: list = []
        for article in articles:
            rules = rules_for(article.language)
            index = source_index(rules.morphology)
            names = [(start, end) for start, end, _ in index.names_in(article.text)]
            find_statements(article.text, _recording(rules, taken), names)
            documents.append((article.text, rules, index))
        split, found, matched = [], [], []
        for _ in range(rounds):
            started = time.perf_counter()
            for text, rules, _ in documents:
                split_sentences(text, rules)
            split.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            for text, _, index in documents:
                index.names_in(text)
            found.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            for regex, string in taken:
                regex.match(string)
            matched.append((time.perf_counter() - started) * 1000)
        transaction.set_rollback(True)
    chars = sum(len(text) for text, _, _ in documents)
    return Floor(len(documents), chars, split, found, matched, len(taken))
