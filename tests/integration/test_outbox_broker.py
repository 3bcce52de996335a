"""With the broker down, a change still commits and answers; what it asked for goes out once
the broker is back, through the periodic sweep, exactly once."""

import socket
import time

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from desk.models import OutboxMessage
from desk.tasks import dispatch_outbox
from publishing.models import WebhookDelivery, WebhookSubscription
from tests.api.test_workflow_api import client_for, transition
from tests.claims.workflow_helpers import claim_at
from tests.factories import make_editor, make_reviewer, make_source
from tests.integration.conftest import on_broker, running_worker
from tests.webhook_receiver import Receiver

# PostgreSQL only: the worker thread writes while the test thread does.
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

# Nothing listens on port 1 of this machine: a broker there is down.
BROKER_DOWN = "redis://127.0.0.1:1/0"


def wait_until(condition, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def pending():
    return OutboxMessage.objects.filter(state=OutboxMessage.State.PENDING)


def sweep_once_the_broker_is_back(broker_url: str, done) -> None:
    """Bring the broker and a worker back, let the pending tasks' backoff elapse, and let the
    periodic sweep (sent through the broker, as celery beat sends it) hand them over."""
    with on_broker(broker_url), running_worker():
        pending().update(available_at=timezone.now())
        dispatch_outbox.delay()
        assert wait_until(done), list(pending().values("task", "last_error"))


@pytest.fixture
def people():
    return {"editor": make_editor(), "publisher": make_editor(), "reviewer": make_reviewer()}


def test_a_publication_with_the_broker_down_answers_and_goes_out_once_it_is_back(
    broker_url, people
):
    receiver = Receiver()
    try:
        WebhookSubscription.objects.create(
            url=receiver.url, events=list(WebhookSubscription.Event.values)
        )
        claim = claim_at("awaiting_approval", **people)
        mail.outbox.clear()
        with on_broker(BROKER_DOWN):
            response = transition(client_for(people["publisher"]), claim, name="publish")
        assert response.status_code == 200, response.content
        assert Claim.objects.get(pk=claim.pk).status == "published"
        delivery = WebhookDelivery.objects.get()
        assert (delivery.state, delivery.attempts) == ("pending", 0)
        waiting = {message.task: message for message in pending()}
        assert {
            "publishing.tasks.deliver_webhook",
            "verification.tasks.notify_status_change",
        } <= set(waiting)
        assert "OperationalError" in waiting["publishing.tasks.deliver_webhook"].last_error
        assert receiver.received == [] and mail.outbox == []

        sweep_once_the_broker_is_back(
            broker_url,
            lambda: (
                WebhookDelivery.objects.filter(state="delivered").exists() and len(mail.outbox) == 1
            ),
        )
        time.sleep(0.5)  # room for a second delivery, had the sweep sent one twice
        assert len(receiver.received) == 1
        assert [m.to for m in mail.outbox] == [[people["reviewer"].email]]
        assert not pending().filter(task__endswith=("deliver_webhook")).exists()
    finally:
        receiver.close()


def test_a_document_added_with_the_broker_down_gets_its_suggestions_later(broker_url):
    publisher = make_source("Caspian Daily")
    make_source("Azerbaijani Defence Ministry", aliases=["Baku"])
    editor = make_editor()
    with on_broker(BROKER_DOWN):
        response = client_for(editor).post(
            reverse("document-list"),
            {
                "title": "Overnight at the border",
                "text": "Baku said the road had been closed for two days.",
                "publisher": publisher.pk,
            },
            format="json",
        )
    assert response.status_code == 201, response.content
    document_id = response.json()["id"]
    assert not Claim.objects.filter(document_id=document_id).exists()
    assert pending().filter(task="claims.tasks.extract_claims", args=[document_id]).exists()

    sweep_once_the_broker_is_back(
        broker_url, lambda: Claim.objects.filter(document_id=document_id).exists()
    )
    assert Claim.objects.get(document_id=document_id).status == "suggested"


def test_a_broker_that_accepts_and_never_answers_holds_a_request_up_for_seconds_only(
    people, broker_url
):
    """A broker that takes the connection and then says nothing (paused, overloaded, a half-open
    link): the request commits and answers after one wait, however many tasks it asked for."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    try:
        for _ in range(3):
            WebhookSubscription.objects.create(
                url="http://127.0.0.1:9/hook", events=list(WebhookSubscription.Event.values)
            )
        claim = claim_at("awaiting_approval", **people)
        started = time.monotonic()
        with on_broker(f"redis://127.0.0.1:{silent.getsockname()[1]}/0"):
            response = transition(client_for(people["publisher"]), claim, name="publish")
        took = time.monotonic() - started
        assert response.status_code == 200, response.content
        # One wait of the broker's socket timeout (3 s), not one per delivery and email.
        assert took < 8, took
        assert pending().filter(task="publishing.tasks.deliver_webhook").count() == 3
    finally:
        silent.close()
    # Once the broker answers, what waited goes out: each delivery is attempted.
    sweep_once_the_broker_is_back(
        broker_url, lambda: not WebhookDelivery.objects.filter(attempts=0).exists()
    )
