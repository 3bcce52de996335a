import os
import socket
from urllib.parse import urlparse

import pytest
from django.db import connection

REQUIRE_SERVICES = os.environ.get("PARALLAX_REQUIRE_SERVICES") == "1"


def _reachable(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 6379), 2):
            return True
    except OSError:
        return False


def pytest_sessionstart(session):
    """With PARALLAX_REQUIRE_SERVICES=1 a missing service fails the run instead of skipping."""
    if not REQUIRE_SERVICES:
        return
    if connection.vendor != "postgresql":
        raise pytest.UsageError(
            "PARALLAX_REQUIRE_SERVICES=1 but DATABASE_URL does not point to PostgreSQL."
        )
    broker = os.environ.get("PARALLAX_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")
    if not _reachable(broker):
        raise pytest.UsageError(f"PARALLAX_REQUIRE_SERVICES=1 but the broker {broker} is down.")


@pytest.fixture
def broker_url() -> str:
    """The test broker; tests that need it skip when it is down (fail under CI's flag)."""
    url = os.environ.get("PARALLAX_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")
    if not _reachable(url):
        if REQUIRE_SERVICES:
            pytest.fail(f"The broker {url} is down and PARALLAX_REQUIRE_SERVICES=1.")
        pytest.skip(f"needs a Celery broker at {url}")
    return url


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres`` skip on other databases (CI runs them on PostgreSQL)."""
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)")
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(skip)


@pytest.fixture
def reference_data(transactional_db):
    """The roles, ratings, labels and lexicon the data migrations add, for transactional tests.

    A transactional test's flush empties every table without unapplying the migrations, so a
    later transactional test finds no roles. Their forward functions are idempotent: run them
    again on the live app registry.
    """
    from importlib import import_module

    from django.apps import apps

    steps = [
        ("claims.migrations.0003_reference_data", "add_ratings"),
        ("claims.migrations.0003_reference_data", "add_groups"),
        ("claims.migrations.0008_webhook_permissions", "grant"),
        ("claims.migrations.0011_outbox_permissions", "grant"),
        ("claims.migrations.0012_document_task_run_permissions", "grant"),
        ("annotations.migrations.0002_reference_data", "add_taxonomy"),
    ]
    with connection.schema_editor() as editor:
        for module, function in steps:
            getattr(import_module(module), function)(apps, editor)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: throttling counts live there."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def superuser():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("root", "root@example.org", "pw-for-tests")
