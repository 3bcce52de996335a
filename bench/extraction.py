"""Claim extraction: precision and recall of (statement, speaker) and of relay chains on the
project's labelled set (demo/extraction_set.py), how long the set takes, and how long one
document of 2,000,000 characters (the longest the desk accepts) takes."""

from django.conf import settings

from bench.harness import Figure, median, timed, under
from demo import extraction_evaluation

TARGET = 0.8
LONG_DOCUMENT_TARGET_SECONDS = 30


def run() -> list[Figure]:
    scores = extraction_evaluation.evaluate()
    note = (
        f"{scores.statements_right} right of {scores.proposed} proposed, {scores.expected} labelled"
    )
    figures = [
        Figure(
            name=f"claim extraction: {what} on the labelled set",
            value=value,
            unit="",
            target=f"≥ {TARGET}",
            passed=value >= TARGET,
            note=note if "chain" not in what else f"{scores.chains_right} chains right",
        )
        for what, value in (
            ("(statement, speaker) precision", scores.precision),
            ("(statement, speaker) recall", scores.recall),
            ("relay chain precision", scores.chain_precision),
            ("relay chain recall", scores.chain_recall),
        )
    ]
    samples = timed(extraction_evaluation.evaluate, repeat=3, warmup=1)
    figures.append(
        Figure(
            name="claim extraction: the whole labelled set, load and extract (median)",
            value=median(samples),
            unit="ms",
        )
    )
    figures.append(_long_document())
    return figures


def _long_document() -> Figure:
    run = extraction_evaluation.extract_long_document(settings.PARALLAX_MAX_DOCUMENT_CHARS)
    target, passed = under(run.seconds, LONG_DOCUMENT_TARGET_SECONDS, "s")
    return Figure(
        name=f"claim extraction: one document of {run.chars:,} characters (the set repeated)",
        value=run.seconds,
        unit="s",
        target=target,
        passed=passed,
        note=f"{run.statements:,} statements found, {run.created:,} suggested claims written",
        extra={"chars": run.chars, "statements": run.statements, "created": run.created},
    )
