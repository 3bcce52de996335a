"""Lexicon pre-annotation at scale: a 5,000-term lexicon over 100 MB of text against a bare
pyahocorasick scan of the same text, and suggestions written against a bare COPY of the same
rows.

Everything runs in a transaction that is rolled back: the benchmark database keeps its rows.
"""

import os
import random

import ahocorasick
from django.db import connection, transaction

from annotations.lexicon import find_terms
from annotations.models import Annotation, FramingLabel, LexiconEntry
from annotations.services import lexicon_suggest
from bench.common import BARE_COPY, COPY_TABLE, bare_copy
from bench.harness import Figure, against, clocked, elapsed_ms
from sources.services import document_create, source_create

TEXT_MB = int(os.environ.get("BENCH_LEXICON_MB", 100))
SLICES = 10  # the text is scanned in slices, each by both automata in turn
TERMS = 5_000
DOCUMENTS = 40
# Goals. Seven runs on 2 CPUs, four as the machine came and three beside two busy loops: the
# scan 1.05–1.27 bare automata, suggestions 3.1–5.7 bare COPYs of the same rows.
# The scan goes over a copy of the text with punctuation blanked and checks each match against
# the text: at most twice the bare automaton's single pass.
SCAN_GOAL = 2
# Suggesting scans the document, takes each match's context and inserts the rows past a unique
# index; the bare COPY only stores them. The goal is nearly twice the most measured.
SUGGEST_GOAL = 10
# The columns a suggestion writes, copied as they are by the baseline.
COLUMNS = (
    'document_id, start, "end", quote, prefix, suffix, label_id, lexicon_entry_id, origin, '
    "state, note, created_at, updated_at"
)
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


def _scan(text: str, terms: list[str]) -> Figure:
    bare = ahocorasick.Automaton()
    for index, term in enumerate(terms):
        bare.add_word(term, index)
    bare.make_automaton()
    find_terms("warm the automaton", "en")
    size = -(-len(text) // SLICES)
    ours, baseline, matches, occurrences = [], [], 0, 0
    for at in range(0, len(text), size):
        piece = text[at : at + size]
        found, ms = clocked(lambda piece=piece: find_terms(piece, "en"))
        ours.append(ms)
        counted, ms = clocked(lambda piece=piece: sum(1 for _ in bare.iter(piece)))
        baseline.append(ms)
        matches += len(found)
        occurrences += counted
    megabytes = len(text.encode()) / 1_000_000
    return against(
        f"lexicon scan, {TERMS:,} terms, {megabytes / len(ours):,.0f} MB (median of "
        f"{len(ours)} slices of {megabytes:,.0f} MB)",
        ours,
        "bare pyahocorasick",
        baseline,
        SCAN_GOAL,
        extra={"matches": matches, "bare_occurrences": occurrences},
    )


def _suggestions(rng, terms) -> Figure:
    """Each document's suggestions, then the same rows copied into a bare table, in turn."""
    publisher = source_create(name="Bench lexicon publisher")
    documents = [
        document_create(title=f"bench {i}", publisher=publisher, text=_text(rng, terms, 100_000))
        for i in range(DOCUMENTS)
    ]
    with connection.cursor() as cursor:
        table = Annotation._meta.db_table
        # The same columns, with neither indexes nor constraints.
        cursor.execute(f"CREATE TABLE {COPY_TABLE} AS SELECT {COLUMNS} FROM {table} WITH NO DATA")
        rows_of = f"SELECT {COLUMNS} FROM {table} WHERE document_id = %s"
        ours, baseline, created = [], [], 0
        for document in documents:
            count, ms = clocked(lambda document=document: lexicon_suggest(document=document))
            ours.append(ms)
            created += count
            cursor.execute(rows_of, [document.pk])
            rows = cursor.fetchall()
            baseline.append(elapsed_ms(lambda rows=rows: bare_copy(COPY_TABLE, COLUMNS, rows)))
    assert Annotation.objects.filter(document__in=documents).count() == created
    return against(
        f"lexicon suggestions, one document of 100,000 characters (median of {DOCUMENTS})",
        ours,
        BARE_COPY,
        baseline,
        SUGGEST_GOAL,
        note="baseline: the same rows copied into a table without indexes",
        extra={"suggestions": created, "rows_per_second": created / sum(ours) * 1000},
    )


def run() -> list[Figure]:
    rng = random.Random(5)
    terms = _terms(rng)
    text = _text(rng, terms, TEXT_MB * 1_000_000)
    with transaction.atomic():
        LexiconEntry.objects.update(is_active=False)
        label = FramingLabel.objects.filter(is_active=True).order_by("pk").first()
        LexiconEntry.objects.bulk_create(
            LexiconEntry(term=term, label=label, language="en") for term in terms
        )
        figures = [_scan(text, terms), _suggestions(rng, terms)]
        transaction.set_rollback(True)
    return figures
