"""Lexicon pre-annotation at scale: a 5,000-term lexicon over 100 MB of text against a bare
pyahocorasick scan of the same text, and suggestions written per second.

Everything runs in a transaction that is rolled back: the benchmark database keeps its rows.
"""

import os
import random
import time

import ahocorasick
from django.db import transaction

from annotations.lexicon import find_terms
from annotations.models import Annotation, FramingLabel, LexiconEntry
from annotations.services import lexicon_suggest
from bench.harness import Figure
from sources.services import document_create, source_create

TEXT_MB = int(os.environ.get("BENCH_LEXICON_MB", 100))
TERMS = 5_000
SYLLABLES = ["ka", "ra", "mo", "ni", "ta", "le", "su", "vo", "ze", "pi", "do", "gu", "ha", "ye"]
FILLER = [
    "The",
    "ministry",
    "said",
    "units",
    "near",
    "the",
    "border",
    "exchanged",
    "fire",
    "overnight",
    "and",
    "that",
    "the",
    "situation",
    "remained",
    "tense,",
    "while",
    "observers",
    "asked",
    "both",
    "sides",
    "to",
    "respect",
    "the",
    "ceasefire",
]


def _terms(rng) -> list[str]:
    terms = set()
    while len(terms) < TERMS:
        terms.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(terms)


def _text(rng, terms, size: int) -> str:
    """Plain words with a lexicon term about every fourteen words."""
    words, length = [], 0
    while length < size:
        word = rng.choice(terms) if rng.random() < 0.07 else rng.choice(FILLER)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def run() -> list[Figure]:
    rng = random.Random(5)
    terms = _terms(rng)
    text = _text(rng, terms, TEXT_MB * 1_000_000)
    figures = []
    with transaction.atomic():
        LexiconEntry.objects.update(is_active=False)
        label = FramingLabel.objects.filter(is_active=True).order_by("pk").first()
        LexiconEntry.objects.bulk_create(
            LexiconEntry(term=term, label=label, language="en") for term in terms
        )
        find_terms("warm the automaton", "en")
        started = time.perf_counter()
        found = find_terms(text, "en")
        ours = time.perf_counter() - started

        bare = ahocorasick.Automaton()
        for index, term in enumerate(terms):
            bare.add_word(term, index)
        bare.make_automaton()
        started = time.perf_counter()
        occurrences = sum(1 for _ in bare.iter(text))
        baseline = time.perf_counter() - started

        megabytes = len(text.encode()) / 1_000_000
        figures.append(
            Figure(
                name=f"lexicon scan, {TERMS:,} terms over {megabytes:,.0f} MB (throughput)",
                value=megabytes / ours,
                unit="MB/s",
                baseline=megabytes / baseline,
                ratio=baseline / ours,
                target="≥ 0.5 of bare",
                passed=baseline / ours >= 0.5,
                note="baseline: the same text through a bare pyahocorasick automaton",
                extra={"matches": len(found), "bare_occurrences": occurrences},
            )
        )

        # Writing: documents of 100,000 characters, each with some 900 suggestions.
        publisher = source_create(name="Bench lexicon publisher")
        documents = [
            document_create(
                title=f"bench {i}", publisher=publisher, text=_text(rng, terms, 100_000)
            )
            for i in range(40)
        ]
        started = time.perf_counter()
        created = sum(lexicon_suggest(document=document) for document in documents)
        elapsed = time.perf_counter() - started
        assert Annotation.objects.filter(document__in=documents).count() == created
        figures.append(
            Figure(
                name="lexicon suggestions written per second",
                value=created / elapsed,
                unit="rows/s",
                target="≥ 20,000 rows/s",
                passed=created / elapsed >= 20_000,
                extra={"suggestions": created, "documents": len(documents)},
            )
        )
        transaction.set_rollback(True)
    return figures
