"""Contradiction candidates: their latency among a million claims, and their recall on the
project's labelled set (demo/evaluation.py)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.harness import Figure, p95, timed, under
from claims.candidates import contradiction_candidates
from claims.models import Claim
from demo import evaluation

CLAIMS_EACH_WAY = 50


def _claims() -> list[Claim]:
    """Claims spread over the table: half about an incident, half placed by date alone."""
    related = Claim.objects.select_related("speaker", "incident", "document")
    with_incident = related.filter(incident__isnull=False).order_by("?")[:CLAIMS_EACH_WAY]
    by_date = related.filter(incident__isnull=True, stated_on__isnull=False).order_by("?")[
        :CLAIMS_EACH_WAY
    ]
    return [*with_incident, *by_date]


def run() -> list[Figure]:
    claims = _claims()
    samples, query_counts = [], set()
    for claim in claims:
        samples.extend(
            timed(lambda claim=claim: contradiction_candidates(claim), repeat=3, warmup=1)
        )
        with CaptureQueriesContext(connection) as queries:
            contradiction_candidates(claim)
        query_counts.add(len(queries.captured_queries))
    value = p95(samples)
    target, passed = under(value, 100)
    figures = [
        Figure(
            name="contradiction candidates for one claim (p95)",
            value=value,
            unit="ms",
            target=target,
            passed=passed,
            extra={"claims": len(claims), "samples": len(samples)},
        ),
        Figure(
            name="contradiction candidates: queries per claim (fewest / most)",
            value=min(query_counts),
            unit="",
            target="equal",
            passed=len(query_counts) == 1,
            extra={"most": max(query_counts)},
        ),
    ]
    for k in (5, 1):
        recall = evaluation.recall_at(k)
        figures.append(
            Figure(
                name=f"contradiction candidates: recall@{k} on the labelled set",
                value=recall.value,
                unit="",
                note=f"{recall.found} of {recall.expected} true partners; "
                f"{recall.mean_candidates:.1f} candidates per claim",
                extra={"found": recall.found, "expected": recall.expected},
            )
        )
    return figures
