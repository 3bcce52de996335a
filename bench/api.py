"""The verdicts feed at scale: GET /api/v1/verdicts/?page_size=100 against the same rows
fetched by raw psycopg and encoded to JSON.

The two are timed in alternation, one request then one raw replay, round after round: a
virtual machine's speed drifts by as much as twofold within a minute, and timed one after the
other, the two halves of the ratio could be measured at different speeds."""

import json

import psycopg

from bench.common import SAME_SQL, captured_sql, get, raw_connection
from bench.harness import Figure, against, interleaved
from verification.models import Verdict

URL = "/api/v1/verdicts/?page_size=100"
WARMUP = 10
ROUNDS = 100
# Seven runs on 2 CPUs, four as the machine came and three beside two busy loops: 0.88–1.24.
# One query, no join, rows encoded by orjson: the view and DRF may add at most as much again
# as fetching the rows bare and encoding them with json (a query per row would add far more).
GOAL = 2


def raw_fetch_and_encode(raw: psycopg.Connection, statements: list[str]) -> None:
    """The view's SQL on a plain psycopg connection, every row encoded to JSON: the floor."""
    rows = []
    for sql in statements:
        cursor = raw.execute(sql)
        if cursor.description:
            names = [column.name for column in cursor.description]
            rows.extend(dict(zip(names, row, strict=True)) for row in cursor.fetchall())
    json.dumps(rows, default=str)


def run() -> list[Figure]:
    from django.test import Client

    client = Client()
    published = Verdict.objects.filter(published_at__isnull=False).count()
    response = get(client, URL)
    rows = len(json.loads(response.content)["results"])
    statements = captured_sql(lambda: get(client, URL))
    with raw_connection() as raw:
        requests, replays = interleaved(
            [lambda: get(client, URL), lambda: raw_fetch_and_encode(raw, statements)],
            rounds=ROUNDS,
            warmup=WARMUP,
        )
    ratios = sorted(request / replay for request, replay in zip(requests, replays, strict=True))
    return [
        against(
            "GET /api/v1/verdicts/?page_size=100, anonymous (median)",
            requests,
            f"{SAME_SQL} + json",
            replays,
            GOAL,
            note="baseline: the same SQL through psycopg, rows encoded with json.dumps",
            extra={
                "rows": rows,
                "published_verdicts": published,
                "queries": len(statements),
                "round_ratio_p10_p90": [
                    round(ratios[ROUNDS // 10], 2),
                    round(ratios[ROUNDS * 9 // 10], 2),
                ],
            },
        )
    ]
