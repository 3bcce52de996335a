"""The outbox: side effects are recorded with the change, run after it commits, and neither
fail the change nor get lost when they cannot run at once. Here without a broker (tasks run
in-process); tests/integration/test_outbox_broker.py takes a real broker down and up again."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from desk.models import OutboxMessage
from desk.outbox import KEPT_AFTER_SENDING, outbox_dispatch_due, outbox_prune
from publishing.models import WebhookDelivery, WebhookSubscription
from tests.api.test_workflow_api import client_for, transition
from tests.claims.workflow_helpers import claim_at
from tests.factories import make_claim, make_editor, make_reviewer
from verification.services import task_assign

pytestmark = pytest.mark.django_db

# Nothing listens on port 1 of this machine: every connection to it is refused.
NOWHERE_SMTP = {"EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend", "EMAIL_PORT": 1}


def pending(task_suffix: str = ""):
    return OutboxMessage.objects.filter(
        state=OutboxMessage.State.PENDING, task__endswith=task_suffix
    )


def make_due(messages) -> None:
    """Let the backoff of ``messages`` elapse."""
    messages.update(available_at=timezone.now())


def test_a_change_that_rolls_back_asks_for_nothing(django_capture_on_commit_callbacks):
    editor, reviewer, claim = make_editor(), make_reviewer(), make_claim()
    mail.outbox.clear()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        task_assign(claims=[claim], actor=editor, assignee=reviewer)
        assert pending("notify_task_assigned").count() == 1
        raise RuntimeError("the request failed after assigning")
    assert not OutboxMessage.objects.filter(task__endswith="notify_task_assigned").exists()
    assert mail.outbox == []


def test_a_side_effect_that_fails_is_kept_and_run_again_by_the_sweep(
    settings, django_capture_on_commit_callbacks
):
    editor, reviewer, claim = make_editor(), make_reviewer(), make_claim()
    mail.outbox.clear()
    for name, value in NOWHERE_SMTP.items():
        setattr(settings, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        task_assign(claims=[claim], actor=editor, assignee=reviewer)
    message = pending("notify_task_assigned").get()
    assert message.attempts == 1
    assert "Connection refused" in message.last_error or "Errno" in message.last_error
    assert message.available_at > timezone.now()
    # Not due yet: the sweep leaves it alone.
    outbox_dispatch_due()
    message.refresh_from_db()
    assert (message.state, message.attempts) == (OutboxMessage.State.PENDING, 1)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    make_due(pending("notify_task_assigned"))
    output = io.StringIO()
    call_command("dispatch_outbox", stdout=output)
    assert "1 queued task sent." in output.getvalue()
    message.refresh_from_db()
    assert message.state == OutboxMessage.State.SENT
    assert [m.to for m in mail.outbox] == [[reviewer.email]]


@pytest.fixture
def people():
    return {"editor": make_editor(), "publisher": make_editor(), "reviewer": make_reviewer()}


def test_a_delivery_that_raises_is_a_failed_attempt_and_later_hooks_still_run(
    people, settings, django_capture_on_commit_callbacks
):
    """A subscription saved before URLs were normalised, with a character http.client cannot
    send: the publication answers 200, the attempt is logged with its reason, and the reviewer
    still gets the email queued after the delivery."""
    settings.PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    WebhookSubscription.objects.create(
        url="http://127.0.0.1:9/ü", events=list(WebhookSubscription.Event.values)
    )
    claim = claim_at("awaiting_approval", **people)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = transition(client_for(people["publisher"]), claim, name="publish")
    assert response.status_code == 200, response.content
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.last_status_code) == ("pending", 1, None)
    assert delivery.last_error.startswith("Could not send: UnicodeEncodeError")
    # The next attempt is queued with its backoff, for the sweep.
    retry = pending("deliver_webhook").get()
    assert retry.args == [delivery.pk] and retry.available_at > timezone.now()
    assert [m.to for m in mail.outbox] == [[people["reviewer"].email]]


def test_a_subscription_url_is_normalised_and_validated(people):
    client = client_for(make_reviewer())
    url = reverse("webhook-list")
    for bad in ("https://exa mple.org/", "ftp://example.org/", "https://u:p@example.org/"):
        answer = client.post(url, {"url": bad, "events": ["verdict.published"]}, format="json")
        assert answer.status_code == 400 and "url" in answer.json(), bad


def test_a_non_ascii_url_is_stored_as_deliveries_send_it(people, settings):
    settings.PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    client = client_for(make_reviewer())
    created = client.post(
        reverse("webhook-list"),
        {"url": "http://Bücher.example/ü?x=é#part", "events": ["verdict.published"]},
        format="json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["url"] == "http://xn--bcher-kva.example/%C3%BC?x=%C3%A9"
    assert WebhookSubscription.objects.get().url == "http://xn--bcher-kva.example/%C3%BC?x=%C3%A9"


def test_sent_messages_are_forgotten_after_a_while_and_pending_ones_never():
    long_ago = timezone.now() - KEPT_AFTER_SENDING - timedelta(hours=1)
    old_sent = OutboxMessage.objects.create(task="t", state="sent", sent_at=long_ago)
    recent_sent = OutboxMessage.objects.create(task="t", state="sent", sent_at=timezone.now())
    old_pending = OutboxMessage.objects.create(task="t", available_at=long_ago)
    assert outbox_prune() == 1
    remaining = set(OutboxMessage.objects.filter(task="t").values_list("pk", flat=True))
    assert remaining == {recent_sent.pk, old_pending.pk}
    assert old_sent.pk not in remaining
