"""The claims changelist at scale: page, filter, search; query counts; Django against raw SQL."""

import os
import time

from bench.common import captured_sql, desk_user, get, logged_in_client, raw_replay_ms
from bench.harness import Figure, median, under

URL = "/admin/claims/claim/"
# The lightest list in the admin (six ratings): what any admin page costs on this machine.
FLOOR_URL = "/admin/claims/rating/"
SEARCH_TERM = os.environ.get("BENCH_SEARCH_TERM", "drone")
CASES = [
    ("default page", "", 50),
    ("filter status=in_review", "?status__exact=in_review", 50),
    (f"search {SEARCH_TERM!r}", f"?q={SEARCH_TERM}", 250),
    # A speaker's short name: few claims, found through the speaker and text indexes together.
    ("search a speaker 'S77'", "?q=S77", 250),
]
ROUNDS = 60


def run() -> list[Figure]:
    client = logged_in_client(desk_user("bench-editor"))
    urls = [URL + query for _, query, _ in CASES]
    for url in [*urls, FLOOR_URL]:
        for _ in range(3):
            get(client, url)
    # Round-robin, so that every case sees the same moments of a machine whose speed varies.
    samples: list[list[float]] = [[] for _ in CASES]
    floor: list[float] = []
    for _ in range(ROUNDS):
        for index, url in enumerate([*urls, FLOOR_URL]):
            started = time.perf_counter()
            get(client, url)
            (samples[index] if index < len(urls) else floor).append(
                (time.perf_counter() - started) * 1000
            )

    figures = []
    for (label, _, limit), url, case_samples in zip(CASES, urls, samples, strict=True):
        value = median(case_samples)
        statements = captured_sql(lambda url=url: get(client, url))
        later_page = captured_sql(
            lambda url=url: get(client, url + ("&" if "?" in url else "?") + "p=50")
        )
        baseline = median(raw_replay_ms(statements, repeat=ROUNDS))
        target, passed = under(value, limit)
        figures.append(
            Figure(
                name=f"claims changelist, {label} (median)",
                value=value,
                unit="ms",
                target=target,
                passed=passed,
                baseline=baseline,
                ratio=value / baseline if baseline else None,
                note="baseline: the same SQL replayed through psycopg",
            )
        )
        figures.append(
            Figure(
                name=f"claims changelist, {label}: queries (page 1 / page 50)",
                value=len(statements),
                unit="",
                target="equal",
                passed=len(statements) == len(later_page),
                extra={"page_50": len(later_page)},
            )
        )
    figures.append(
        Figure(
            name="reference: the lightest admin list, six ratings (median)",
            value=median(floor),
            unit="ms",
            note="what any admin page costs on this machine; no target",
        )
    )
    return figures
