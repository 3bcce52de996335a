"""Helpers shared by the benchmarks: desk users, admin URLs, and the baselines the figures are
measured against (raw psycopg replays of captured SQL, a minimal write transaction, a bare COPY,
a bare scan of text).

The project's workflow models and services are imported here, once, for every benchmark.
"""

import re
import time

import psycopg
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim
from claims.status import Status
from desk.roles import EDITORS, REVIEWERS
from verification.models import Rating, Team, Verdict, VerificationTask
from verification.services import claim_transition, task_assign

# Scratch tables of the baselines, in the benchmark database beside the desk's own.
WRITE_TABLE = "bench_scratch_write"
COPY_TABLE = "bench_scratch_copy"
WORD = re.compile(r"\w+")


def desk_user(username: str, role: str = EDITORS):
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": True, "email": f"{username}@bench.invalid"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=role))
    return user


def logged_in_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def get(client: Client, url: str, *, expect: int = 200):
    response = client.get(url, secure=True)
    assert response.status_code == expect, (url, response.status_code)
    return response


def admin_url(model, view: str = "changelist") -> str:
    """An admin page of ``model`` by its URL name, wherever the model's app is."""
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}")


# The lightest page of the admin: the six-row ratings list, a changelist like the large ones.
LIGHTEST_ADMIN_PAGE = "lightest admin page"


def lightest_admin_url() -> str:
    return admin_url(Rating)


def captured_sql(function) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        function()
    return [query["sql"] for query in queries.captured_queries]


def raw_connection() -> psycopg.Connection:
    """A plain psycopg connection to the benchmark database, beside Django's."""
    settings = connection.settings_dict
    return psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        autocommit=True,
    )


SAME_SQL = "same SQL via psycopg"


def raw_replay(raw: psycopg.Connection, statements: list[str]) -> None:
    """Run the same SQL on a plain psycopg connection: the floor under the ORM and the view."""
    for sql in statements:
        if sql.lstrip().upper().startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
            continue
        cursor = raw.execute(sql)
        if cursor.description:
            cursor.fetchall()


MINIMAL_WRITE = "UPDATE one row"


def ensure_write_rows(count: int) -> None:
    """A scratch table of ``count`` one-column rows for the minimal write transaction."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {WRITE_TABLE} (id integer PRIMARY KEY, n bigint NOT NULL)"
        )
        cursor.execute(
            f"INSERT INTO {WRITE_TABLE} SELECT i, 0 FROM generate_series(0, %s) AS i "
            "ON CONFLICT DO NOTHING",
            [count - 1],
        )


def minimal_write(row: int = 0) -> None:
    """The least a write transaction costs: one row updated and committed, through Django."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"UPDATE {WRITE_TABLE} SET n = n + 1 WHERE id = %s", [row])


BARE_COPY = "bare COPY"


def bare_copy(table: str, columns: str, rows) -> None:
    """COPY ``rows`` into ``table`` on Django's connection (so in its transaction)."""
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


def largest_ids(models) -> dict[str, int]:
    """Each model's table and the largest id it holds (0 when empty)."""
    quote = connection.ops.quote_name
    found = {}
    with connection.cursor() as cursor:
        for model in models:
            table = model._meta.db_table
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {quote(table)}")
            found[table] = cursor.fetchone()[0]
    return found


def bare_copy_same_rows_ms(after: dict[str, int]) -> float:
    """Milliseconds to COPY the rows each table gained past ``after`` (its largest id before)
    into a copy of the table with neither indexes nor keys, in one committed transaction.

    The rows are first read out in PostgreSQL's binary COPY format (not timed) and written
    back as they came: the least the server can spend storing the same rows. The copies are
    dropped afterwards.
    """
    quote = connection.ops.quote_name
    blocks: dict[str, list[bytes]] = {}
    with connection.cursor() as cursor:
        for table, largest in after.items():
            scratch = quote(f"{COPY_TABLE}_{table}")
            cursor.execute(f"DROP TABLE IF EXISTS {scratch}")
            cursor.execute(f"CREATE TABLE {scratch} (LIKE {quote(table)})")
            source = f"SELECT * FROM {quote(table)} WHERE id > {int(largest)}"
            with cursor.cursor.copy(f"COPY ({source}) TO STDOUT (FORMAT BINARY)") as copy:
                blocks[table] = [bytes(block) for block in copy]
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        for table, table_blocks in blocks.items():
            scratch = quote(f"{COPY_TABLE}_{table}")
            with cursor.cursor.copy(f"COPY {scratch} FROM STDIN (FORMAT BINARY)") as copy:
                for block in table_blocks:
                    copy.write(block)
    elapsed = (time.perf_counter() - started) * 1000
    with connection.cursor() as cursor:
        for table in blocks:
            cursor.execute(f"DROP TABLE {quote(f'{COPY_TABLE}_{table}')}")
    return elapsed


BARE_SCAN = "bare scan (\\w+)"


def bare_scan(text: str) -> int:
    """A bare pass over ``text``: every word matched once by a regular expression."""
    return sum(1 for _ in WORD.finditer(text))


__all__ = [
    "BARE_COPY",
    "BARE_SCAN",
    "EDITORS",
    "LIGHTEST_ADMIN_PAGE",
    "MINIMAL_WRITE",
    "REVIEWERS",
    "SAME_SQL",
    "Claim",
    "Status",
    "Team",
    "Verdict",
    "VerificationTask",
    "admin_url",
    "bare_copy",
    "bare_copy_same_rows_ms",
    "bare_scan",
    "captured_sql",
    "claim_transition",
    "desk_user",
    "ensure_write_rows",
    "get",
    "largest_ids",
    "lightest_admin_url",
    "logged_in_client",
    "minimal_write",
    "raw_connection",
    "raw_replay",
    "task_assign",
]
