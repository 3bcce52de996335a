"""Claim extraction: precision and recall of (statement, speaker) and of relay chains on the
project's labelled set (demo/extraction_set.py), and how long one article takes."""

from bench.harness import Figure, median, timed
from demo import extraction_evaluation

TARGET = 0.8


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
    return figures
