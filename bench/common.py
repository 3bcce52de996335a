"""Helpers shared by the benchmarks: desk users and raw psycopg replays of captured SQL."""

import time

import psycopg
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from desk.roles import EDITORS, REVIEWERS


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


def raw_replay_ms(statements: list[str], *, repeat: int) -> list[float]:
    """Run the same SQL on a plain psycopg connection: the floor under the ORM and the view."""
    with raw_connection() as raw:
        samples = []
        for attempt in range(repeat + 3):
            started = time.perf_counter()
            for sql in statements:
                if sql.lstrip().upper().startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
                    continue
                cursor = raw.execute(sql)
                if cursor.description:
                    cursor.fetchall()
            if attempt >= 3:
                samples.append((time.perf_counter() - started) * 1000)
        return samples


__all__ = [
    "REVIEWERS",
    "captured_sql",
    "desk_user",
    "get",
    "logged_in_client",
    "raw_connection",
    "raw_replay_ms",
]
