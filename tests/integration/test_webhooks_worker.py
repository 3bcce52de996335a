"""Webhooks sent by a real Celery worker, through a real broker, to a real HTTP receiver."""

import itertools
import time

import pytest

from publishing.models import WebhookDelivery, WebhookSubscription
from tests.api.test_verdicts_api import published
from tests.claims.test_webhooks import verify
from tests.factories import make_editor, make_reviewer
from tests.webhook_receiver import Receiver

# PostgreSQL only: the worker thread writes while the test thread does, and SQLite's shared
# in-memory test database locks whole tables across threads.
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


@pytest.fixture
def people():
    return {"editor": make_editor(), "publisher": make_editor(), "reviewer": make_reviewer()}


def wait_until(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_publication_reaches_the_receiver_signed(worker, people):
    receiver = Receiver()
    try:
        subscription = WebhookSubscription.objects.create(
            url=receiver.url, events=list(WebhookSubscription.Event.values)
        )
        verdict = published(people)

        wait_until(lambda: receiver.received)
        payload = verify(receiver.received[0], subscription.secret)
        assert payload["verdict"]["id"] == verdict.pk
        wait_until(lambda: WebhookDelivery.objects.filter(state="delivered").exists())
        delivery = WebhookDelivery.objects.get()
        assert (delivery.state, delivery.attempts) == ("delivered", 1)
    finally:
        receiver.close()


def test_a_failing_receiver_is_retried_with_backoff_until_it_answers(worker, people, settings):
    """Retry n waits 2^n × PARALLAX_WEBHOOK_RETRY_SECONDS: 0.5 s, 1 s, 2 s here.

    Each gap between arrivals must be at least its countdown and shorter than the next one
    (twice as long: room for the worker's scheduling), which no constant countdown satisfies:
    the last gap would need it to be over 1.8 s and the first under 1 s.
    """
    base = settings.PARALLAX_WEBHOOK_RETRY_SECONDS = 0.5
    receiver = Receiver(answers=[503, 500, 502, 200])
    try:
        subscription = WebhookSubscription.objects.create(
            url=receiver.url, events=list(WebhookSubscription.Event.values)
        )
        published(people)

        wait_until(lambda: WebhookDelivery.objects.filter(state="delivered").exists())
        delivery = WebhookDelivery.objects.get()
        assert (delivery.state, delivery.attempts, delivery.last_status_code) == (
            "delivered",
            4,
            200,
        )
        assert len(receiver.received) == 4
        arrivals = [received.at for received in receiver.received]
        gaps = [later - earlier for earlier, later in itertools.pairwise(arrivals)]
        countdowns = [base * 2**retry for retry in range(3)]
        for gap, countdown in zip(gaps, countdowns, strict=True):
            assert countdown * 0.9 <= gap < countdown * 2, (gaps, countdowns)
        keys = {received.headers["Parallax-Delivery"] for received in receiver.received}
        assert keys == {str(delivery.idempotency_key)}
        for received in receiver.received:
            verify(received, subscription.secret)
    finally:
        receiver.close()
