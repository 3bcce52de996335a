"""Webhook deliveries: who gets what, the signature, the log, retries from the admin.

A real Celery worker delivering to a real receiver is in tests/integration.
"""

import hashlib
import hmac
import json
import socket
import time

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from claims.status import Status
from desk.models import OutboxMessage
from publishing import webhooks
from publishing.models import WebhookDelivery, WebhookSubscription
from tests.api.test_verdicts_api import corrected, published, token_client
from tests.api.test_workflow_api import client_for
from tests.claims.workflow_helpers import claim_at
from tests.factories import make_editor, make_reviewer, make_user
from tests.webhook_receiver import Receiver
from verification.services import claim_transition

pytestmark = pytest.mark.django_db
EVENTS = WebhookSubscription.Event


@pytest.fixture
def people():
    return {"editor": make_editor(), "publisher": make_editor(), "reviewer": make_reviewer()}


@pytest.fixture
def receiver():
    receiver = Receiver()
    yield receiver
    receiver.close()


def subscribe(url="https://consumer.example.org/hooks", events=tuple(EVENTS.values), **fields):
    return WebhookSubscription.objects.create(url=url, events=list(events), **fields)


def verify(received, secret: str) -> dict:
    """What a receiver does: check the signature over timestamp and raw body, then parse."""
    timestamp = received.headers["Parallax-Timestamp"]
    expected = hmac.new(
        secret.encode(), f"{timestamp}.".encode() + received.body, hashlib.sha256
    ).hexdigest()
    assert hmac.compare_digest(received.headers["Parallax-Signature"], f"v1={expected}")
    assert abs(time.time() - int(timestamp)) < 300
    return json.loads(received.body)


def test_publishing_makes_one_delivery_per_interested_active_subscription(people):
    everything = subscribe()
    corrections_only = subscribe(events=[EVENTS.CORRECTED])
    subscribe(is_active=False)

    verdict = published(people)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.subscription, delivery.verdict, delivery.event) == (
        everything,
        verdict,
        EVENTS.PUBLISHED,
    )
    assert delivery.payload["verdict"]["id"] == verdict.pk
    assert delivery.payload["delivery"] == str(delivery.idempotency_key)
    assert delivery.payload["verdict"]["claimreview"].endswith(
        reverse("verdict-claimreview", args=[verdict.pk])
    )
    _, second = corrected(people)
    corrections = WebhookDelivery.objects.filter(event=EVENTS.CORRECTED)
    assert {d.subscription for d in corrections} == {everything, corrections_only}
    assert {d.verdict for d in corrections} == {second}


def test_a_publication_that_rolls_back_tells_nobody(people):
    subscribe()
    claim = claim_at(
        Status.AWAITING_APPROVAL,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
    )
    with pytest.raises(RuntimeError), transaction.atomic():
        claim_transition(claim=claim, name="publish", actor=people["publisher"])
        raise RuntimeError("the request failed after publishing")
    assert not WebhookDelivery.objects.exists()


def test_the_delivery_is_signed_and_logged(people, receiver):
    subscription = subscribe(url=receiver.url)
    verdict = published(people)
    delivery = WebhookDelivery.objects.get()

    assert webhooks.webhook_deliver(delivery_id=delivery.pk) is True

    [received] = receiver.received
    payload = verify(received, subscription.secret)
    assert payload["event"] == "verdict.published" and payload["verdict"]["id"] == verdict.pk
    assert received.headers["Parallax-Event"] == "verdict.published"
    assert received.headers["Parallax-Delivery"] == str(delivery.idempotency_key)
    assert received.headers["Content-Type"] == "application/json"
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.last_status_code) == ("delivered", 1, 200)
    # Delivered is delivered: another attempt sends nothing.
    assert webhooks.webhook_deliver(delivery_id=delivery.pk) is True
    assert len(receiver.received) == 1


def test_a_wrong_secret_does_not_verify(people, receiver):
    subscribe(url=receiver.url, secret="the-real-secret")
    published(people)
    webhooks.webhook_deliver(delivery_id=WebhookDelivery.objects.get().pk)
    with pytest.raises(AssertionError):
        verify(receiver.received[0], "a-guessed-secret")


def test_failures_are_logged_and_given_up_after_the_last_attempt(people, settings):
    failing = Receiver(answers=[503])
    try:
        subscribe(url=failing.url)
        published(people)
        delivery = WebhookDelivery.objects.get()
        retries = OutboxMessage.objects.filter(task="publishing.tasks.deliver_webhook")
        retries.delete()  # the first attempt's, which this test makes by hand
        waits = []
        for attempt in range(1, webhooks.MAX_ATTEMPTS + 1):
            asked = timezone.now()
            assert webhooks.webhook_deliver(delivery_id=delivery.pk) is False
            delivery.refresh_from_db()
            assert delivery.attempts == attempt
            if attempt < webhooks.MAX_ATTEMPTS:
                retry = retries.get(state="pending", args=[delivery.pk])
                waits.append(round((retry.available_at - asked).total_seconds()))
                retry.delete()
        # Each failure but the last queued the next attempt, each wait twice the one before.
        base = settings.PARALLAX_WEBHOOK_RETRY_SECONDS
        assert waits == [round(base * 2**n) for n in range(webhooks.MAX_ATTEMPTS - 1)]
        assert not retries.exists()
        assert (delivery.state, delivery.last_status_code) == ("failed", 503)
        assert "503" in delivery.last_error
    finally:
        failing.close()


def test_an_unreachable_receiver_is_logged(people):
    subscribe(url="http://127.0.0.1:9/nothing-listens-here")
    published(people)
    delivery = WebhookDelivery.objects.get()
    assert webhooks.webhook_deliver(delivery_id=delivery.pk) is False
    delivery.refresh_from_db()
    assert delivery.last_status_code is None
    assert "Could not reach the receiver" in delivery.last_error


@pytest.mark.parametrize("code", [301, 302, 303, 307])
def test_a_redirect_is_not_followed_but_logged_as_a_failed_attempt(people, receiver, code):
    """Following it would reach an address never checked (and turn the POST into a GET)."""
    redirecting = Receiver(answers=[code], redirect_to=receiver.url)
    try:
        subscribe(url=redirecting.url)
        published(people)
        delivery = WebhookDelivery.objects.get()

        assert webhooks.webhook_deliver(delivery_id=delivery.pk) is False

        assert receiver.received == []  # the redirect's target: asked for nothing
        assert [r.method for r in redirecting.received] == ["POST"]
        delivery.refresh_from_db()
        assert (delivery.state, delivery.attempts, delivery.last_status_code) == (
            "pending",
            1,
            code,
        )
        assert f"answered {code}" in delivery.last_error
        assert "do not follow redirects" in delivery.last_error
        assert receiver.url in delivery.last_error
        # Retried like any failure, and refused again.
        assert webhooks.webhook_deliver(delivery_id=delivery.pk) is False
        delivery.refresh_from_db()
        assert (delivery.attempts, delivery.last_status_code) == (2, code)
        assert len(redirecting.received) == 2 and receiver.received == []
    finally:
        redirecting.close()


def test_without_a_broker_the_delivery_runs_after_the_commit(
    people, receiver, django_capture_on_commit_callbacks
):
    subscribe(url=receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        published(people)
    assert WebhookDelivery.objects.get().state == "delivered"
    assert len(receiver.received) == 1


class TestAdmin:
    def test_an_editor_subscribes_with_a_fresh_secret(self, client, people):
        client.force_login(people["editor"])
        add = reverse("admin:publishing_webhooksubscription_add")
        page = client.get(add).content.decode()
        secret = page.split('name="secret" value="')[1].split('"')[0]
        assert len(secret) >= 40
        response = client.post(
            add,
            {
                "url": "https://consumer.example.org/hooks",
                "description": "Newsroom CMS",
                "events": ["verdict.published"],
                "secret": secret,
                "is_active": "on",
                "deliveries-TOTAL_FORMS": "0",
                "deliveries-INITIAL_FORMS": "0",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        subscription = WebhookSubscription.objects.get()
        assert subscription.events == ["verdict.published"]
        assert (subscription.secret, subscription.created_by) == (secret, people["editor"])

    def test_the_log_lists_deliveries_and_retries_undelivered_ones(
        self, client, people, receiver, django_capture_on_commit_callbacks
    ):
        subscribe(url=receiver.url)
        published(people)
        delivery = WebhookDelivery.objects.get()
        WebhookDelivery.objects.filter(pk=delivery.pk).update(state="failed", attempts=8)
        client.force_login(people["editor"])
        changelist = reverse("admin:publishing_webhookdelivery_changelist")
        assert "verdict.published" in client.get(changelist).content.decode()

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                changelist,
                {"action": "retry_deliveries", "_selected_action": [delivery.pk]},
                follow=True,
            )
        assert "1 delivery queued again" in response.content.decode()
        delivery.refresh_from_db()
        assert (delivery.state, delivery.attempts) == ("delivered", 1)


class TestApi:
    """A consumer subscribes with a token, gets the secret once, and verifies a delivery."""

    def test_subscribe_receive_verify_unsubscribe(self, people, receiver):
        consumer = make_user()
        client = token_client(consumer)

        created = client.post(
            reverse("webhook-list"),
            {"url": receiver.url, "events": ["verdict.published"], "description": "Our CMS"},
            format="json",
        )
        assert created.status_code == 201, created.content
        secret = created.json()["secret"]
        assert created.json()["events"] == ["verdict.published"]
        listed = client.get(reverse("webhook-list")).json()
        assert [row["id"] for row in listed] == [created.json()["id"]]
        assert "secret" not in listed[0]

        published(people)
        webhooks.webhook_deliver(delivery_id=WebhookDelivery.objects.get().pk)
        assert verify(receiver.received[0], secret)["event"] == "verdict.published"

        url = reverse("webhook-detail", args=[created.json()["id"]])
        assert client.delete(url).status_code == 204
        # It was sent a delivery: it is deactivated, and its delivery log stays.
        assert not WebhookSubscription.objects.get().is_active
        assert WebhookDelivery.objects.count() == 1

    def test_one_sees_and_removes_only_one_s_own(self, people):
        mine, theirs = make_user(), make_user()
        subscription = subscribe(created_by=theirs)
        client = token_client(mine)
        assert client.get(reverse("webhook-list")).json() == []
        url = reverse("webhook-detail", args=[subscription.pk])
        assert client.delete(url).status_code == 404
        editor = client_for(people["editor"])
        assert [row["id"] for row in editor.get(reverse("webhook-list")).json()] == [
            subscription.pk
        ]
        assert editor.delete(url).status_code == 204

    def test_bad_subscriptions_are_400_and_anonymous_is_401(self):
        client = token_client(make_user())
        for body in (
            {"url": "not a url", "events": ["verdict.published"]},
            {"url": "https://example.org/hook", "events": []},
            {"url": "https://example.org/hook", "events": ["verdict.deleted"]},
        ):
            assert client.post(reverse("webhook-list"), body, format="json").status_code == 400
        assert client_for().get(reverse("webhook-list")).status_code == 401
        assert not WebhookSubscription.objects.exists()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hook",
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://localhost/hook",
        "ftp://93.184.216.34/hook",
    ],
)
def test_webhooks_do_not_reach_into_the_server_s_own_network(url, settings, people):
    settings.PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    client = token_client(make_user())
    response = client.post(
        reverse("webhook-list"), {"url": url, "events": ["verdict.published"]}, format="json"
    )
    assert response.status_code == 400
    assert "url" in response.json()
    assert webhooks.address_refusal("https://93.184.216.34/hook") is None
    # A subscription made while allowed is refused at delivery, and the log says why.
    subscribe(url="http://127.0.0.1:9/hook")
    published(people)
    delivery = WebhookDelivery.objects.get()
    assert webhooks.webhook_deliver(delivery_id=delivery.pk) is False
    delivery.refresh_from_db()
    assert delivery.last_error.startswith("Not sent:")


PUBLIC_ADDRESS = "93.184.216.34"


class RebindingName:
    """A name whose DNS answer changes after the first question: a public address for the
    check, then the loopback address, where the server's own services listen. Connections to
    PUBLIC_ADDRESS reach ``public``, a receiver standing for the host on the internet."""

    def __init__(self, monkeypatch, public: Receiver):
        self.name = "hooks.rebinding.example"
        self.asked = 0
        real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection
        public_port = public.server.server_address[1]

        def getaddrinfo(host, port, *args, **kwargs):
            if host != self.name:
                return real_getaddrinfo(host, port, *args, **kwargs)
            self.asked += 1
            address = PUBLIC_ADDRESS if self.asked == 1 else "127.0.0.1"
            return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port))]

        def create_connection(address, *args, **kwargs):
            if address[0] == PUBLIC_ADDRESS:
                address = ("127.0.0.1", public_port)
            return real_connect(address, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket, "create_connection", create_connection)


def test_a_delivery_connects_to_the_address_that_was_checked(
    people, receiver, settings, monkeypatch
):
    """A name that resolves to a public address for the check and to a private one a moment
    later does not get the request into the server's own network."""
    settings.PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    internal = receiver  # on 127.0.0.1, like the server's own services
    public = Receiver()
    try:
        port = internal.server.server_address[1]
        name = RebindingName(monkeypatch, public)
        subscribe(url=f"http://{name.name}:{port}/hook")
        published(people)
        delivery = WebhookDelivery.objects.get()
        assert webhooks.webhook_deliver(delivery_id=delivery.pk) is True
        assert internal.received == []
        [received] = public.received
        assert received.headers["Host"] == f"{name.name}:{port}"
        assert name.asked == 1
    finally:
        public.close()


def test_an_https_delivery_connects_to_the_checked_address_too(people, settings, monkeypatch):
    settings.PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    connected_to = []

    def getaddrinfo(host, port, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (PUBLIC_ADDRESS, port))
        ]

    def create_connection(address, *args, **kwargs):
        connected_to.append(address)
        raise ConnectionRefusedError("refused")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    subscribe(url="https://consumer.example.org/hooks")
    published(people)
    delivery = WebhookDelivery.objects.get()
    assert webhooks.webhook_deliver(delivery_id=delivery.pk) is False
    assert connected_to == [(PUBLIC_ADDRESS, 443)]
    delivery.refresh_from_db()
    assert "Could not reach the receiver" in delivery.last_error


def test_a_proxy_from_the_environment_is_not_used(people, receiver, monkeypatch):
    """The address check looks at the receiver's name: the request goes there, not to a proxy."""
    proxy = Receiver()
    try:
        for variable in ("no_proxy", "NO_PROXY"):
            monkeypatch.delenv(variable, raising=False)
        for variable in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
            monkeypatch.setenv(variable, f"http://127.0.0.1:{proxy.server.server_address[1]}")
        subscribe(url=receiver.url)
        published(people)
        delivery = WebhookDelivery.objects.get()
        assert webhooks.webhook_deliver(delivery_id=delivery.pk) is True
        assert len(receiver.received) == 1 and proxy.received == []
    finally:
        proxy.close()
