"""The best seeding rate these indexes allow: `python -m bench.seed_ceiling` on a seeded database.

The seeding figure's goal (bench/__main__.py, SEED_GOAL) is a rate at least half a bare COPY's
of the same rows. However a seeder makes its rows, storing them costs at least that bare COPY,
and every index is built on top. On the rows already in the benchmark database, round after
round, this times the bare COPY of every seeded table's rows, each of the claims' two trigram
indexes built alone, the two side by side on two connections, the other indexes that back no
constraint one after the other, and the indexes behind keys and unique constraints. From them,
the best rate any seeder could reach on this machine with these indexes, its rows costing
nothing and every other index built on the second core beside the trigram pair:

    bare COPY / (bare COPY + trigram pair side by side + other indexes / 2)

Each index is built under another name beside the original, on a connection of its own, and
dropped again: the database is left as it was found.
"""

import argparse
import itertools
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

PROBE = "bench_probe_index_"


def best_rate(bare_s: float, trigram_pair_s: float, others_s: float) -> float:
    """The seeding rate against the bare COPY if nothing but storing the rows and building the
    indexes cost anything, and the other indexes shared the second core with the trigram pair."""
    return bare_s / (bare_s + trigram_pair_s + others_s / 2)


def index_definitions(tables: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The definitions of the indexes on ``tables``: the claims' trigram indexes, the other
    indexes that back no constraint, and those behind keys and unique constraints."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_indexdef(indexrelid), indrelid::regclass::text, "
            "EXISTS (SELECT FROM pg_constraint WHERE conindid = indexrelid) "
            "FROM pg_index WHERE indrelid::regclass::text = ANY(%s) ORDER BY indexrelid",
            [tables],
        )
        found = cursor.fetchall()
    trigram = [d for d, table, _ in found if table == "claims_claim" and "gin_trgm_ops" in d]
    others = [d for d, _, backs in found if not backs and d not in trigram]
    constraint_backed = [d for d, _, backs in found if backs]
    return trigram, others, constraint_backed


_probes = itertools.count()


def index_name(definition: str) -> str:
    """The name in ``CREATE [UNIQUE] INDEX name ON …``."""
    return definition.split(" ON ", 1)[0].split()[-1]


def build_beside(definition: str) -> float:
    """Seconds to build the index ``definition`` describes under another name, on a connection
    of its own; the copy is dropped afterwards."""
    from django.db import connection

    from demo.synthetic_writer import index_connection

    name = index_name(definition)
    probe = f"{PROBE}{os.getpid()}_{next(_probes)}"
    with index_connection(connection.get_connection_params()) as other:
        started = time.perf_counter()
        other.execute(definition.replace(f" {name} ON ", f" {probe} ON ", 1))
        elapsed = time.perf_counter() - started
        other.execute(f"DROP INDEX {probe}")
    return elapsed


def measure_round() -> dict[str, float]:
    """One round of every part, in seconds, and the best rate they allow."""
    from bench.common import bare_copy_same_rows_ms
    from demo.synthetic import loaded_models

    tables = [model._meta.db_table for model in loaded_models()]
    trigram, others, constraint_backed = index_definitions(tables)
    bare = bare_copy_same_rows_ms(dict.fromkeys(tables, 0)) / 1000
    parts = {"bare COPY": bare}
    for definition in trigram:
        parts[index_name(definition)] = build_beside(definition)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, len(trigram))) as pool:
        list(pool.map(build_beside, trigram))
    parts["trigram pair side by side"] = pair = time.perf_counter() - started
    parts[f"{len(others)} other indexes"] = rest = sum(map(build_beside, others))
    parts[f"{len(constraint_backed)} key and unique indexes"] = sum(
        map(build_beside, constraint_backed)
    )
    parts["best rate"] = best_rate(bare, pair, rest)
    return parts


def main(argv: list[str] | None = None) -> int:
    from bench.__main__ import DEFAULT_URL, configure_django

    parser = argparse.ArgumentParser(prog="python -m bench.seed_ceiling", description=__doc__)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    configure_django(args.database_url)

    rounds = []
    for _ in range(args.rounds):
        rounds.append(measure_round())
        print(
            " | ".join(
                f"{part} {value:.2f}" + ("" if part == "best rate" else " s")
                for part, value in rounds[-1].items()
            )
            + f" | load average {os.getloadavg()[0]:.1f}",
            flush=True,
        )
    medians = {part: statistics.median(r[part] for r in rounds) for part in rounds[0]}
    print("median: " + " | ".join(f"{part} {value:.2f}" for part, value in medians.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
