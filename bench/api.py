"""The verdicts feed at scale: GET /api/v1/verdicts/?page_size=100 against the same rows
fetched by raw psycopg and encoded to JSON.

The two are timed in alternation, one request then one raw replay, round after round: a
virtual machine's speed drifts by as much as twofold within a minute, and timed one after the
other, the two halves of the ratio could be measured at different speeds."""

import json
import time

import psycopg

from bench.common import captured_sql, get, raw_connection
from bench.harness import Figure, median
from verification.models import Verdict

URL = "/api/v1/verdicts/?page_size=100"
WARMUP = 10
ROUNDS = 100


def raw_fetch_and_encode(raw: psycopg.Connection, statements: list[str]) -> None:
    """The view's SQL on a plain psycopg connection, every row encoded to JSON: the floor."""
    rows = []
    for sql in statements:
        cursor = raw.execute(sql)
        if cursor.description:
            names = [column.name for column in cursor.description]
            rows.extend(dict(zip(names, row, strict=True)) for row in cursor.fetchall())
    json.dumps(rows, default=str)


def elapsed_ms(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def run() -> list[Figure]:
    from django.test import Client

    client = Client()
    published = Verdict.objects.filter(published_at__isnull=False).count()
    response = get(client, URL)
    rows = len(json.loads(response.content)["results"])
    statements = captured_sql(lambda: get(client, URL))
    with raw_connection() as raw:
        for _ in range(WARMUP):
            get(client, URL)
            raw_fetch_and_encode(raw, statements)
        requests, replays = [], []
        for _ in range(ROUNDS):
            requests.append(elapsed_ms(lambda: get(client, URL)))
            replays.append(elapsed_ms(lambda: raw_fetch_and_encode(raw, statements)))
    ratios = [request / replay for request, replay in zip(requests, replays, strict=True)]
    ratio = median(ratios)
    return [
        Figure(
            name="GET /api/v1/verdicts/?page_size=100, anonymous (median)",
            value=median(requests),
            unit="ms",
            baseline=median(replays),
            ratio=ratio,
            target="≤ 2 × raw",
            passed=ratio <= 2,
            note="baseline: the same SQL through psycopg, rows encoded with json.dumps; "
            "ratio: the median of each round's request over its replay",
            extra={
                "rows": rows,
                "published_verdicts": published,
                "queries": len(statements),
                "rounds": ROUNDS,
                "ratio_p10_p90": [
                    round(sorted(ratios)[ROUNDS // 10], 2),
                    round(sorted(ratios)[ROUNDS * 9 // 10], 2),
                ],
            },
        )
    ]
