"""Claim extraction: precision and recall of (statement, speaker) and relay-chain accuracy per
language, on the sets the rules were written against and on the held-out sets written apart
from them (demo/extraction_sets); throughput over every labelled article against a bare sentence
split of the same texts, and the floor under it (demo/extraction_floor); and one document of
2,000,000 characters (the longest the desk accepts) against a bare scan of the same text."""

from collections import defaultdict

from django.conf import settings

from bench.common import BARE_SCAN, bare_scan
from bench.harness import Figure, against, elapsed_ms, median
from demo import extraction_evaluation, extraction_floor
from demo.extraction_evaluation import DEVELOPMENT, HELD_OUT, Scores, labelled_set, written

# The targets on reporting the rules have not seen, per language: (statement, speaker)
# precision and recall, and relay-chain accuracy (of the statements found with the right
# speaker, the share whose chain is right).
TARGETS = {
    "en": (0.85, 0.8, 0.85),
    "ru": (0.85, 0.8, 0.85),
    "az": (0.8, 0.7, None),
    "hy": (0.8, 0.7, None),
}
# Extraction may take at most five times a bare sentence split of the same texts.
THROUGHPUT_GOAL = 5.0
BARE_SPLIT = "bare sentence split"
# The goal, in bare scans of the same text (every word matched once by a regular expression).
LONG_DOCUMENT_GOAL = 150
LONG_DOCUMENT_ROUNDS = 3


def run() -> list[Figure]:
    figures = []
    for group, sets in (("held out", written(HELD_OUT)), ("development", written(DEVELOPMENT))):
        for language, scores in sorted(_by_language(sets).items()):
            figures.extend(_scores(language, group, scores, targeted=group == "held out"))
    figures.extend(_throughput())
    figures.extend(_floor())
    figures.append(_long_document())
    return figures


def _by_language(sets: tuple[str, ...]) -> dict[str, Scores]:
    by_set = extraction_evaluation.evaluate_sets(sets)
    totals: dict[str, Scores] = defaultdict(lambda: Scores(0, 0, 0, 0))
    for name, scores in by_set.items():
        language = labelled_set(name).articles[0].language
        totals[language] = totals[language] + scores
    return totals


def _scores(language: str, group: str, scores: Scores, *, targeted: bool) -> list[Figure]:
    precision, recall, chains = TARGETS.get(language, (None, None, None))
    note = (
        f"{scores.statements_right} right of {scores.proposed} proposed, {scores.expected} labelled"
    )
    rows = (
        ("(statement, speaker) precision", scores.precision, precision),
        ("(statement, speaker) recall", scores.recall, recall),
        ("relay-chain accuracy", scores.chain_accuracy, chains),
        # (statement, speaker, chain) all right, of those proposed and of those labelled.
        ("(statement, speaker, relay chain) precision", scores.chain_precision, None),
        ("(statement, speaker, relay chain) recall", scores.chain_recall, None),
    )
    return [
        Figure(
            name=f"claim extraction, {language}, {group}: {what}",
            value=round(value, 3),
            unit="",
            target=f"≥ {target}" if targeted and target is not None else "",
            passed=value >= target if targeted and target is not None else None,
            note=note if "chain" not in what else f"{scores.chains_right} chains right",
        )
        for what, value, target in rows
    ]


def _throughput() -> list[Figure]:
    run = extraction_evaluation.throughput(written((*DEVELOPMENT, *HELD_OUT)))
    megabytes = run.bytes / 1e6
    seconds = median(run.extraction_ms) / 1000
    reading = median(run.reading_ms) / 1000
    what = f"every labelled article ({run.documents} documents, {megabytes:.2f} MB)"
    extra = {"documents": run.documents, "bytes": run.bytes, "chars": run.chars}
    return [
        against(
            f"claim extraction: {what}, statements found and attributed",
            run.reading_ms,
            BARE_SPLIT,
            run.split_ms,
            THROUGHPUT_GOAL,
            note=f"{run.documents / reading:.0f} documents/s, {megabytes / reading:.2f} MB/s",
            extra=extra,
        ),
        Figure(
            name=f"claim extraction: {what}, suggestions written (median)",
            value=median(run.extraction_ms),
            note=f"{run.documents / seconds:.0f} documents/s, {megabytes / seconds:.2f} MB/s",
            extra=extra,
        ),
    ]


def _floor() -> list[Figure]:
    """The least any reading by these patterns does: names found, and each statement's own
    pattern matched once (no other pattern tried), each part and their sum against the split."""
    run = extraction_floor.floor(written((*DEVELOPMENT, *HELD_OUT)))
    both = [n + m for n, m in zip(run.names_ms, run.matches_ms, strict=True)]
    what = f"{run.documents} documents"
    return [
        against(
            f"claim extraction floor: {what}, only the {run.matches:,} successful pattern matches",
            run.matches_ms,
            BARE_SPLIT,
            run.split_ms,
            THROUGHPUT_GOAL,
            note="as if the reader knew which pattern takes which sentence",
        ),
        against(
            f"claim extraction floor: {what}, known names found",
            run.names_ms,
            BARE_SPLIT,
            run.split_ms,
            THROUGHPUT_GOAL,
        ),
        against(
            f"claim extraction floor: {what}, names and successful matches",
            both,
            BARE_SPLIT,
            run.split_ms,
            THROUGHPUT_GOAL,
            note="a floor under the reading above: it cannot take less (demo/extraction_floor.py)",
        ),
    ]


def _long_document() -> Figure:
    """The longest document the desk accepts, extracted, then the same text scanned bare."""
    chars = settings.PARALLAX_MAX_DOCUMENT_CHARS
    text = extraction_evaluation.long_document_text(chars)
    samples, scans = [], []
    for _ in range(LONG_DOCUMENT_ROUNDS):
        run = extraction_evaluation.extract_long_document(chars)  # times the extraction alone
        samples.append(run.seconds * 1000)
        scans.append(elapsed_ms(lambda: bare_scan(text)))
    assert run.chars == len(text)
    return against(
        f"claim extraction: one document of {run.chars:,} characters (the set repeated)",
        samples,
        BARE_SCAN,
        scans,
        LONG_DOCUMENT_GOAL,
        note=f"{run.statements:,} statements found, {run.created:,} suggested claims written",
        extra={"chars": run.chars, "statements": run.statements, "created": run.created},
    )
