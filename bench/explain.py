"""`python -m bench.explain`: the plans of the desk's hot queries on a benchmark database, with
`EXPLAIN (ANALYZE, BUFFERS)`, and the sizes of the tables and indexes they read.

Each request is run once through Django to capture its SQL, as `make bench` runs it: the claims
changelist's cases, "My queue" and "Take next task" for a reviewer, a transition, contradiction
candidates for one claim, and the verdict list. Every statement that reads one of the large
tables is then explained (a write inside a transaction rolled back), and its plan printed with
the rows and pages it touched. This is what the README's "Ten million claims" section reads.
"""

import argparse
import os
import re
import sys

LARGE_TABLES = re.compile(r'"(claims_\w+|annotations_annotation|sources_document)"')
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/parallax_bench"


def requests() -> list[tuple[str, object]]:
    """(what, a function that makes the request once and returns its SQL) for each hot path;
    the writes happen in transactions rolled back."""
    from django.db import transaction

    from bench.admin_changelist import cases
    from bench.common import admin_url, captured_sql, desk_user, get, logged_in_client
    from bench.workflow import free_new_claims
    from claims.candidates import contradiction_candidates
    from claims.models import Claim
    from desk.roles import REVIEWERS
    from verification.models import Team, VerificationTask
    from verification.services import claim_transition, task_assign

    editor = desk_user("bench-editor")
    client = logged_in_client(editor)
    reviewer = desk_user("bench-reviewer-explain", REVIEWERS)
    team, _ = Team.objects.get_or_create(name="Bench desk")
    team.members.add(reviewer)
    reviewer_client = logged_in_client(reviewer)
    claim = Claim.objects.filter(incident__isnull=False).order_by("id")[1000]
    queued, started = free_new_claims()[:2]

    def take_next():
        with transaction.atomic():
            task_assign(claims=[queued], actor=editor, team=team)
            take = admin_url(VerificationTask, "take_next")
            statements = captured_sql(lambda: reviewer_client.post(take, secure=True))
            transaction.set_rollback(True)
        return statements

    def transition():
        with transaction.atomic():
            fresh = Claim.objects.get(pk=started.pk)  # the status as stored, not as last set
            statements = captured_sql(
                lambda: claim_transition(claim=fresh, name="start_review", actor=editor)
            )
            transaction.set_rollback(True)
        return statements

    def request(function):
        return lambda: captured_sql(function)

    found = [
        (f"claims changelist, {case.label}", request(lambda case=case: get(client, case.url())))
        for case in cases(client)
    ]
    queue = admin_url(VerificationTask, "my_queue")
    found += [
        ('"My queue"', request(lambda: get(reviewer_client, queue))),
        ('"Take next task"', take_next),
        ("transition start_review", transition),
        (
            "contradiction candidates for one claim",
            request(lambda: contradiction_candidates(claim)),
        ),
        (
            "GET /api/v1/verdicts/?page_size=100",
            request(lambda: get(client, "/api/v1/verdicts/?page_size=100")),
        ),
    ]
    return found


def explain(raw, sql: str) -> list[str]:
    """The plan of ``sql`` run for real (a write rolled back), as text lines."""
    with raw.transaction(force_rollback=True):
        rows = raw.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}").fetchall()
    return [row[0] for row in rows]


def sizes(raw) -> list[tuple[str, str, int, int]]:
    """(table, relation, bytes, rows estimate) of the large tables and their indexes."""
    return raw.execute(
        "SELECT t.relname, c.relname, pg_relation_size(c.oid), t.reltuples::bigint "
        "FROM pg_class t JOIN pg_index i ON i.indrelid = t.oid "
        "JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE t.relname ~ '^(claims_claim|claims_attribution|claims_verdict|verification_"
        "verificationtask|verification_claimstatuschange|annotations_annotation|"
        "sources_document)$' "
        "UNION ALL SELECT relname, relname, pg_relation_size(oid), reltuples::bigint "
        "FROM pg_class WHERE relname ~ '^(claims_claim|claims_attribution|claims_verdict|"
        "verification_verificationtask|verification_claimstatuschange|"
        "annotations_annotation|sources_document)$' ORDER BY 3 DESC"
    ).fetchall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.explain", description=__doc__)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    args = parser.parse_args(argv)

    from bench.__main__ import configure_django

    configure_django(args.database_url)
    from bench.common import raw_connection

    with raw_connection() as raw:
        raw.autocommit = False
        for what, request in requests():
            request()  # warm: the plans of a running desk, not of a cold cache
            print(f"\n===== {what}")
            for sql in request():
                if not LARGE_TABLES.search(sql) or sql.lstrip().upper().startswith(
                    ("SAVEPOINT", "RELEASE", "ROLLBACK", "EXPLAIN")
                ):
                    continue
                print(f"\n--- {sql[:300]}{'…' if len(sql) > 300 else ''}")
                print("\n".join(explain(raw, sql)))
        print("\n===== sizes (bytes; rows as the planner estimates them)")
        for table, relation, size, rows in sizes(raw):
            print(f"{table:32} {relation:48} {size / 2**20:10,.1f} MB {rows:>12,}")
    from config.celery import app

    app.control.purge()
    return 0


if __name__ == "__main__":
    sys.exit(main())
