"""Notifications delivered by a real Celery worker through a real broker (Redis)."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.db import transaction

from claims.models import Team
from claims.services import task_assign
from config.celery import app
from tests.factories import make_claim, make_editor, make_reviewer

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker(broker_url):
    """Our own Celery app, switched from eager mode to the broker, with a worker thread."""
    saved = {key: app.conf[key] for key in ("broker_url", "task_always_eager", "result_backend")}
    app.conf.update(broker_url=broker_url, task_always_eager=False, result_backend=None)
    _drop_connection_pools()
    with app.connection_for_write() as conn:
        conn.default_channel.queue_purge(app.conf.task_default_queue)
    try:
        with start_worker(app, perform_ping_check=False, shutdown_timeout=10, pool="solo"):
            yield
    finally:
        app.conf.update(saved)
        _drop_connection_pools()


def _drop_connection_pools() -> None:
    # Celery caches its broker pools on first use; they must follow the broker_url switch.
    if app._pool is not None:
        app._pool.force_close_all()
    app._pool = None
    app.amqp._producer_pool = None


def wait_for_mail(count: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while len(mail.outbox) < count and time.monotonic() < deadline:
        time.sleep(0.05)


def test_assignment_email_is_sent_by_the_worker_and_not_for_a_rolled_back_assignment(worker):
    editor = make_editor()
    team = Team.objects.create(name="Caucasus desk")
    ani, mher = make_reviewer("ani"), make_reviewer("mher")
    team.members.add(ani, mher)
    rolled_back, committed = make_claim(), make_claim()

    try:
        with transaction.atomic():
            task_assign(claims=[rolled_back], actor=editor, assignee=ani)
            raise RuntimeError("the request failed after assigning")
    except RuntimeError:
        pass
    with transaction.atomic():
        task_assign(claims=[committed], actor=editor, assignee=mher)

    wait_for_mail(1)
    # The worker handles messages in order: had the rolled-back one been queued, it came first.
    time.sleep(0.5)
    assert [m.to for m in mail.outbox] == [[mher.email]]
    assert f"Claim #{committed.pk}" in mail.outbox[0].subject
