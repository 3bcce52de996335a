"""The verdicts feed at scale: GET /api/v1/verdicts/?page_size=100 against the same rows
fetched by raw psycopg and encoded to JSON."""

import json
import time

from bench.common import captured_sql, get, raw_connection
from bench.harness import Figure, median
from claims.models import Verdict

URL = "/api/v1/verdicts/?page_size=100"
ROUNDS = 60


def raw_fetch_and_encode_ms(statements: list[str], *, repeat: int) -> list[float]:
    """The view's SQL on a plain psycopg connection, every row encoded to JSON: the floor."""
    with raw_connection() as raw:
        samples = []
        for attempt in range(repeat + 3):
            started = time.perf_counter()
            rows = []
            for sql in statements:
                cursor = raw.execute(sql)
                if cursor.description:
                    names = [column.name for column in cursor.description]
                    rows.extend(dict(zip(names, row, strict=True)) for row in cursor.fetchall())
            json.dumps(rows, default=str)
            if attempt >= 3:
                samples.append((time.perf_counter() - started) * 1000)
        return samples


def run() -> list[Figure]:
    from django.test import Client

    client = Client()
    published = Verdict.objects.filter(published_at__isnull=False).count()
    for _ in range(3):
        get(client, URL)
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        response = get(client, URL)
        samples.append((time.perf_counter() - started) * 1000)
    rows = len(json.loads(response.content)["results"])
    statements = captured_sql(lambda: get(client, URL))
    baseline = median(raw_fetch_and_encode_ms(statements, repeat=ROUNDS))
    value = median(samples)
    return [
        Figure(
            name="GET /api/v1/verdicts/?page_size=100, anonymous (median)",
            value=value,
            unit="ms",
            baseline=baseline,
            ratio=value / baseline,
            target="≤ 2 × raw",
            passed=value / baseline <= 2,
            note="baseline: the same SQL through psycopg, rows encoded with json.dumps",
            extra={"rows": rows, "published_verdicts": published, "queries": len(statements)},
        )
    ]
