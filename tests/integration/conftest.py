"""A real Celery worker on the test broker, for the tests of this folder."""

from contextlib import contextmanager

import pytest
from celery.contrib.testing.worker import start_worker
from django.db import connections
from kombu import pools

from config.celery import app


@pytest.fixture
def worker(broker_url):
    """Our own Celery app, switched from eager mode to the broker, with a worker thread."""
    with on_broker(broker_url), running_worker(pool="solo"):
        yield


@pytest.fixture
def prefork_worker(broker_url):
    """The same with one worker process forked from the test, as in production: the solo pool
    runs tasks without their time limits. The test's database connections are closed first, so
    that the forked process inherits none and opens its own."""
    connections.close_all()
    with on_broker(broker_url), running_worker(pool="prefork", concurrency=1):
        yield


@contextmanager
def on_broker(url: str):
    """Our Celery app sends to the broker at ``url`` (which may be down) instead of running
    tasks in-process, until the block ends."""
    saved = {key: app.conf[key] for key in ("broker_url", "task_always_eager", "result_backend")}
    app.conf.update(broker_url=url, task_always_eager=False, result_backend=None)
    _drop_connection_pools()
    try:
        yield
    finally:
        app.conf.update(saved)
        _drop_connection_pools()


@contextmanager
def running_worker(pool: str = "solo", **options):
    """A worker on the current broker, which starts with an empty queue."""
    with app.connection_for_write() as conn:
        conn.default_channel.queue_purge(app.conf.task_default_queue)
    with start_worker(app, perform_ping_check=False, shutdown_timeout=10, pool=pool, **options):
        yield


def _drop_connection_pools() -> None:
    # Celery caches its broker pools on first use, in kombu's global registry; they must follow
    # the broker_url switch, and a closed pool must not be handed to the next test.
    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None
