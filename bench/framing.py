"""Lexicon pre-annotation at scale: a 5,000-term lexicon in each of the four languages, half of
each inflecting (a stem and the language's endings), over 100 MB of text in the four, against
a bare pyahocorasick scan of the same text; and suggestions written against a bare COPY of the
same rows.

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
# Goals. The scan folds the text, blanks its punctuation, scans that copy and checks each match
# against the text (and a stem's endings): it must keep at least 0.7 of the throughput of the
# bare automaton's single pass over the raw text, i.e. take at most 1/0.7 of its time.
SCAN_GOAL = round(1 / 0.7, 2)
# Suggesting scans the document, takes each match's context and inserts the rows past a unique
# index; the bare COPY only stores them. The goal is nearly twice the most measured.
SUGGEST_GOAL = 10
# The columns a suggestion writes, copied as they are by the baseline.
COLUMNS = (
    'document_id, start, "end", quote, prefix, suffix, label_id, lexicon_entry_id, origin, '
    "state, note, created_at, updated_at"
)
# Per language: syllables for made-up terms, endings an inflecting term takes in the text (each
# in the language's morphology file), and filler words.
LANGUAGES = {
    "en": (
        ["ka", "ra", "mo", "ni", "ta", "le", "su", "vo", "ze", "pi", "do", "gu", "ha", "ye"],
        [""],
        "The ministry said units near the border exchanged fire overnight and that the "
        "situation remained tense, while observers asked both sides to respect the ceasefire",
    ),
    "ru": (
        ["ка", "ра", "мо", "ни", "та", "ле", "су", "во", "зе", "пи", "до", "гу", "ха", "бе"],
        ["ых", "ые", "ого", "ами", ""],
        "Министерство сообщило, что подразделения у границы ночью обменялись огнем, а "
        "обстановка остается напряженной; наблюдатели призвали стороны соблюдать перемирие",
    ),
    "az": (
        ["ka", "ra", "mo", "ni", "ta", "lə", "su", "vo", "zə", "pi", "do", "gü", "ha", "yə"],
        ["lar", "ların", "da", "çı", ""],
        "Nazirlik bildirib ki, sərhəd yaxınlığında bölmələr gecə atəş açıb, vəziyyət gərgin "
        "olaraq qalır, müşahidəçilər tərəfləri atəşkəsə əməl etməyə çağırıb",
    ),
    "hy": (
        ["կա", "րա", "մո", "նի", "տա", "լե", "սու", "վո", "զե", "պի", "դո", "գու", "հա", "բե"],
        ["ներ", "ների", "ը", "ում", ""],
        "Նախարարությունը հայտնել է, որ սահմանի մոտ ստորաբաժանումները գիշերը փոխհրաձգություն "
        "են ունեցել, իրավիճակը մնում է լարված, դիտորդները կոչ են արել պահպանել հրադադարը",
    ),
}


def _terms(rng, syllables) -> list[str]:
    terms = set()
    while len(terms) < TERMS:
        terms.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(terms)


def _text(rng, terms, size: int, language: str = "en") -> str:
    """Filler words with a lexicon term, inflected where the language inflects, about every
    fourteen words."""
    _, endings, filler = LANGUAGES[language]
    filler_words = filler.split()
    words, length = [], 0
    while length < size:
        if rng.random() < 0.07:
            word = rng.choice(terms) + rng.choice(endings)
        else:
            word = rng.choice(filler_words)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def _scan(texts: dict[str, str], terms: dict[str, list[str]]) -> list[Figure]:
    """One figure per language: its slices scanned by find_terms and by a bare automaton of the
    same terms, in turn."""
    figures = []
    for language, text in texts.items():
        bare = ahocorasick.Automaton()
        for index, term in enumerate(terms[language]):
            bare.add_word(term, index)
        bare.make_automaton()
        find_terms("warm the automaton", language)
        size = -(-len(text) // SLICES)
        ours, baseline, matches, occurrences = [], [], 0, 0
        for at in range(0, len(text), size):
            piece = text[at : at + size]
            found, ms = clocked(lambda piece=piece, language=language: find_terms(piece, language))
            ours.append(ms)
            counted, ms = clocked(lambda piece=piece, bare=bare: sum(1 for _ in bare.iter(piece)))
            baseline.append(ms)
            matches += len(found)
            occurrences += counted
        megabytes = len(text.encode()) / 1_000_000
        inflecting = ", half inflecting" if language != "en" else ""
        slices = f"median of {len(ours)} slices of {megabytes:,.0f} MB"
        figures.append(
            against(
                f"lexicon scan, {language}, {TERMS:,} terms{inflecting}, "
                f"{megabytes / len(ours):,.1f} MB ({slices})",
                ours,
                "bare pyahocorasick",
                baseline,
                SCAN_GOAL,
                extra={"matches": matches, "bare_occurrences": occurrences},
            )
        )
    return figures


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
    terms = {language: _terms(rng, syllables) for language, (syllables, _, _) in LANGUAGES.items()}
    # TEXT_MB of UTF-8 in all, a quarter in each language (Cyrillic and Armenian letters take
    # two bytes, so fewer characters).
    share = TEXT_MB * 1_000_000 // len(LANGUAGES)
    texts = {
        language: _text(rng, terms[language], share * len(filler) // len(filler.encode()), language)
        for language, (_, _, filler) in LANGUAGES.items()
    }
    with transaction.atomic():
        LexiconEntry.objects.update(is_active=False)
        label = FramingLabel.objects.filter(is_active=True).order_by("pk").first()
        LexiconEntry.objects.bulk_create(
            LexiconEntry(
                term=term,
                label=label,
                language=language,
                # Every other term inflects where the language has endings.
                inflects=language != "en" and index % 2 == 0,
            )
            for language, language_terms in terms.items()
            for index, term in enumerate(language_terms)
        )
        figures = [*_scan(texts, terms), _suggestions(rng, terms["en"])]
        transaction.set_rollback(True)
    return figures
