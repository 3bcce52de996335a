"""`make bench`: every benchmark against PostgreSQL, one table, and bench/results.json.

Each timed figure is a ratio to a baseline measured in the same run (bench/harness.py), and
passes or fails on that ratio alone; the run exits with 1 when any figure misses its goal.

The benchmark database (BENCH_DATABASE_URL, default parallax_bench on 127.0.0.1) is created,
migrated and filled with `seed_synthetic` up to --claims on first use, then reused.
"""

import argparse
import importlib
import logging
import os
import platform
import sys
import time
from pathlib import Path

MODULES = [
    "bench.admin_changelist",
    "bench.workflow",
    "bench.contradictions",
    "bench.framing",
    "bench.api",
    "bench.extraction",
    "bench.ingest",
]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/parallax_bench"
DEFAULT_BROKER = "redis://127.0.0.1:6379/14"


def configure_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "parallax-benchmarks-only-not-secret")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    os.environ.pop("DJANGO_DEBUG", None)  # production settings: no query logging
    # Notifications are queued on a broker, as in production, rather than run in-process.
    os.environ["CELERY_BROKER_URL"] = os.environ.get("BENCH_BROKER_URL", DEFAULT_BROKER)
    os.environ["DJANGO_EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    # The benchmarks measure pages, not the rate limits.
    os.environ["PARALLAX_API_ANONYMOUS_RATE"] = "1000000/min"
    os.environ["PARALLAX_API_TOKEN_RATE"] = "1000000/min"
    import django

    django.setup()
    # Every benchmark login is a forced one; django-axes would log each.
    logging.getLogger("axes").setLevel(logging.WARNING)


def ensure_database(database_url: str) -> None:
    import psycopg

    name = database_url.rsplit("/", 1)[1].split("?")[0]
    server = database_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}", file=sys.stderr)


# Seeding generates each row in Python and writes it by binary COPY, then checks the foreign
# keys and builds the indexes (the two trigram indexes the most, several at once); the baseline
# stores the same rows, read back in COPY's binary format, in copies of the tables without
# indexes or keys. The goal: a seeding rate at least half the bare COPY's, i.e. at most
# twice its time. `python -m bench.seed_ceiling` measures the best rate the indexes allow on
# this machine (a fifth to a third at 100,000 claims on PostgreSQL 15, where the two trigram
# indexes alone take 1.6 to 3.1 times the bare COPY; see the README).
SEED_GOAL = 2


def ensure_data(claims: int) -> list:
    """Migrate and seed the benchmark database; when it seeded, a figure of the seeding against
    a bare COPY of the same rows, right after it."""
    from django.core.management import call_command

    from bench.common import BARE_COPY, bare_copy_same_rows_ms, largest_ids
    from bench.harness import against
    from claims.models import Claim
    from demo.synthetic import loaded_models, seed_synthetic

    call_command("migrate", verbosity=0)
    # Production settings serve hashed static files, as after a deployment.
    call_command("collectstatic", interactive=False, verbosity=0)

    figures = []
    present = Claim.objects.count()
    if present < claims:
        print(f"seeding {claims - present:,} claims (once)…", file=sys.stderr)
        before = largest_ids(loaded_models())
        started = time.perf_counter()
        rows = sum(seed_synthetic(claims=claims - present, seed=present or 42).values())
        seeded = (time.perf_counter() - started) * 1000
        copied = bare_copy_same_rows_ms(before)
        figures.append(
            against(
                f"seed_synthetic, {rows:,} rows (all tables, indexes included)",
                [seeded],
                BARE_COPY,
                [copied],
                SEED_GOAL,
                note="once, when the database is seeded; baseline: the same rows copied into "
                "tables without indexes or keys, right after; rate against the bare COPY's: "
                f"{copied / seeded:.2f} (goal ≥ {1 / SEED_GOAL:g})",
                extra={
                    "rows": rows,
                    "rows_per_second": rows / seeded * 1000,
                    "bare_copy_rows_per_second": rows / copied * 1000,
                    "rate_against_bare_copy": copied / seeded,
                },
            )
        )
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--claims", type=int, default=int(os.environ.get("BENCH_CLAIMS", 1_000_000))
    )
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--only", action="append", help="run only modules whose name contains this")
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("results.json"))
    parser.add_argument(
        "--seed-only", action="store_true", help="create, migrate and seed the database, no more"
    )
    parser.add_argument(
        "--no-setup",
        action="store_true",
        help="measure the database as it is: no migrate, collectstatic, seeding or VACUUM "
        "(bench.scaling prepares each database once, then measures it round after round)",
    )
    args = parser.parse_args(argv)

    ensure_database(args.database_url)
    configure_django(args.database_url)
    figures = [] if args.no_setup else ensure_data(args.claims)
    if args.seed_only:
        args.only = ["(no module: --seed-only)"]

    from bench.harness import print_table, write_results

    for module_name in MODULES:
        if args.only and not any(part in module_name for part in args.only):
            continue
        module = importlib.import_module(module_name)
        print(f"running {module_name}…", file=sys.stderr)
        figures.extend(module.run())

    from claims.models import Claim
    from config.celery import app

    app.control.purge()  # the notifications the benchmarks queued; no worker runs them
    from bench.harness import cpu_calibration

    context = {
        "cpu": cpu_calibration(),
        "claims": Claim.objects.count(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "python": platform.python_version(),
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    cpu = context["cpu"]
    print(
        f"\n{context['claims']:,} claims; {context['machine']}; {context['when']}; "
        f"CPU workload {cpu['workload_ms_median']} ms "
        f"({cpu['workload_ms_min']}–{cpu['workload_ms_max']}), information only: timed figures "
        "pass or fail on their ratio to a baseline of the same run\n"
    )
    if figures or not args.seed_only:
        print_table(figures)
    write_results(figures, args.output, context)
    failed = [f.name for f in figures if f.passed is False]
    if failed:
        print(f"\n{len(failed)} figure(s) missed their goal: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
