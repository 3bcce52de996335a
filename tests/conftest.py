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


def _worker_broker(url: str) -> str:
    """Each pytest-xdist worker its own Redis database (the given one, the one below it, …,
    never database 0, where a developer's own broker usually is), so that Celery workers
    started by tests running at once never take each other's messages. A broker that is not
    Redis is shared: run the suite in one process with it (TEST_WORKERS=0)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    parsed = urlparse(url)
    if not worker.startswith("gw"):
        return url
    if parsed.scheme not in ("redis", "rediss"):
        raise pytest.UsageError(
            f"Tests running in several processes need a Redis broker of their own each; {url} "
            "is not Redis: run them in one process (make test TEST_WORKERS=0)."
        )
    database = int(parsed.path.strip("/") or 0) - int(worker.removeprefix("gw"))
    if database < 1:
        raise pytest.UsageError(
            f"{worker} would need Redis database {database} as its broker: run fewer workers "
            f"(TEST_WORKERS), or give PARALLAX_TEST_BROKER_URL a higher database than {url}."
        )
    return parsed._replace(path=f"/{database}").geturl()


@pytest.fixture
def broker_url() -> str:
    """The test broker; tests that need it skip when it is down (fail under CI's flag)."""
    url = _worker_broker(os.environ.get("PARALLAX_TEST_BROKER_URL", "redis://127.0.0.1:6379/15"))
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
    """The ratings, labels and lexicon the data migrations add, for transactional tests.

    A transactional test's flush empties every table without unapplying the migrations, so a
    later transactional test finds no reference data. (The roles come back by themselves: the
    flush's post_migrate gives them their permissions, ``desk.roles.grant_role_permissions``.)
    The data migrations' forward functions are idempotent: run them again. The ratings were
    written when ``Rating`` was a ``claims`` model, so they are added here on the live model.
    """
    from importlib import import_module

    from django.apps import apps

    from verification.models import Rating

    ratings = import_module("claims.migrations.0003_reference_data").RATINGS
    for label, slug, value, position, description in ratings:
        Rating.objects.get_or_create(
            slug=slug,
            defaults={
                "label": label,
                "value": value,
                "position": position,
                "description": description,
            },
        )
    taxonomy = import_module("annotations.migrations.0002_reference_data")
    with connection.schema_editor() as editor:
        taxonomy.add_taxonomy(apps, editor)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: throttling counts live there."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def superuser():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("root", "root@example.org", "pw-for-tests")
