"""Webhooks: telling subscribed consumers that a verdict was published or corrected.

Deliveries are written in the same transaction as the publication (so a publication that
rolls back tells nobody), then sent by a Celery task after the commit. Each request carries:

- ``Parallax-Event``: ``verdict.published`` or ``verdict.corrected``;
- ``Parallax-Delivery``: the delivery's idempotency key, the same on every retry;
- ``Parallax-Timestamp``: Unix seconds when this attempt was signed;
- ``Parallax-Signature``: ``v1=`` and the hex HMAC-SHA256, keyed with the subscription's
  secret, of ``"{timestamp}.{body}"``.

A receiver recomputes the signature over the raw body, compares in constant time, and refuses
timestamps more than five minutes old. Any answer but 2xx is retried with exponential backoff.
Redirects are not followed: a 3xx is a failed attempt like any other (following one would
send the request to an address that was never checked, and as a GET). For the same reason a
delivery connects to the addresses the check resolved, and never through a proxy.
"""

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from desk.addresses import checked_opener, destination_checked, url_normalised
from desk.outbox import outbox_enqueue
from desk.roles import is_editor
from desk.services import model_update
from verification.models import Verdict

from . import access, claimreview, tasks
from .models import WebhookDelivery, WebhookSubscription

MAX_ATTEMPTS = 8
TIMEOUT_SECONDS = 10
USER_AGENT = "Parallax-Webhooks/1"


def address_refusal(url: str) -> str | None:
    """Why deliveries may not go to ``url``, or None.

    Subscribers choose the URL, so the server must not be made to POST into its own network:
    every address the host resolves to must be public, unless
    PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES says otherwise (development, tests). Checked when
    subscribing and again before each delivery, in case the name now resolves elsewhere.
    """
    return _checked_destination(url)[0]


def _checked_destination(url: str) -> tuple[str | None, tuple[str, ...]]:
    """(why deliveries may not go to ``url``, or None; the checked addresses to connect to)."""
    return destination_checked(
        url,
        allow_private=settings.PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES,
        what="A webhook URL",
        refused_because="webhooks go to public ones",
    )


def webhook_url_normalised(url: str) -> str:
    """``url`` as deliveries send it (``desk.addresses.url_normalised``)."""
    return url_normalised(url, what="A webhook URL")


def sign(*, secret: str, timestamp: int, body: bytes) -> str:
    """The ``Parallax-Signature`` value for ``body`` sent at ``timestamp``."""
    message = f"{timestamp}.".encode() + body
    return "v1=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verdict_payload(verdict: Verdict, event: str) -> dict:
    base = settings.PARALLAX_BASE_URL
    return {
        "event": event,
        "verdict": {
            "id": verdict.pk,
            "version": verdict.version,
            "claim": verdict.claim_id,
            "rating": verdict.snapshot["rating"]["slug"],
            # What was published, as the verdicts API shows it.
            "published_claim": verdict.snapshot["claim"],
            "published_at": verdict.published_at.isoformat(),
            "correction_note": verdict.correction_note,
            "url": base + reverse("verdict-detail", args=[verdict.pk]),
            "claimreview": base + reverse("verdict-claimreview", args=[verdict.pk]),
            "page": claimreview.verdict_page_url(verdict),
        },
    }


def webhook_deliveries_create(*, verdict: Verdict) -> list[WebhookDelivery]:
    """A delivery for every active subscription to this publication's event, each sent by a
    task once the surrounding transaction commits. Called by the publish step."""
    event = (
        WebhookSubscription.Event.CORRECTED
        if verdict.version > 1
        else WebhookSubscription.Event.PUBLISHED
    )
    payload = verdict_payload(verdict, event)
    deliveries = []
    for subscription in WebhookSubscription.objects.filter(is_active=True):
        if event not in subscription.events:
            continue
        key = uuid.uuid4()
        delivery, created = WebhookDelivery.objects.get_or_create(
            subscription=subscription,
            verdict=verdict,
            event=event,
            defaults={"idempotency_key": key, "payload": {**payload, "delivery": str(key)}},
        )
        if created:
            outbox_enqueue(task=tasks.deliver_webhook, args=[delivery.pk])
            deliveries.append(delivery)
    return deliveries


def webhook_deliver(*, delivery_id: int) -> bool:
    """One attempt at a delivery; True once it is delivered (now or before).

    The attempt is recorded either way, and a failed one asks, in the same transaction, for the
    next after 2^n × PARALLAX_WEBHOOK_RETRY_SECONDS (n attempts so far, less one). After
    MAX_ATTEMPTS failures the delivery is marked failed and no more attempts are asked for.
    """
    # The row stays locked during the request, so two workers never send one delivery at once.
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update()
            .select_related("subscription")
            .get(pk=delivery_id)
        )
        if delivery.state == WebhookDelivery.State.DELIVERED:
            return True
        status, error = _post(delivery)
        delivery.attempts += 1
        delivery.last_attempt_at = timezone.now()
        delivery.last_status_code = status
        delivery.last_error = error
        if status is not None and 200 <= status < 300:
            delivery.state = WebhookDelivery.State.DELIVERED
            delivery.delivered_at = delivery.last_attempt_at
        elif delivery.attempts >= MAX_ATTEMPTS:
            delivery.state = WebhookDelivery.State.FAILED
        else:
            wait = settings.PARALLAX_WEBHOOK_RETRY_SECONDS * 2 ** (delivery.attempts - 1)
            outbox_enqueue(task=tasks.deliver_webhook, args=[delivery.pk], countdown=wait)
        delivery.save()
        return delivery.state == WebhookDelivery.State.DELIVERED


def webhook_retry(*, deliveries) -> int:
    """Send undelivered deliveries again from the start (an editor's action); returns how many."""
    retried = 0
    for delivery in deliveries.exclude(state=WebhookDelivery.State.DELIVERED):
        delivery.state, delivery.attempts = WebhookDelivery.State.PENDING, 0
        delivery.save(update_fields=["state", "attempts"])
        outbox_enqueue(task=tasks.deliver_webhook, args=[delivery.pk])
        retried += 1
    return retried


def _post(delivery: WebhookDelivery) -> tuple[int | None, str]:
    """POST the signed payload; (status code or None, error text). Whatever goes wrong is a
    failed attempt with its reason, never an error that would lose the attempt's record."""
    try:
        return _post_once(delivery)
    except Exception as error:
        return None, f"Could not send: {type(error).__name__}: {error}."


def _post_once(delivery: WebhookDelivery) -> tuple[int | None, str]:
    refusal, addresses = _checked_destination(delivery.subscription.url)
    if refusal:
        return None, f"Not sent: {refusal}"
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()
    timestamp = int(time.time())
    request = urllib.request.Request(
        delivery.subscription.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "Parallax-Event": delivery.event,
            "Parallax-Delivery": str(delivery.idempotency_key),
            "Parallax-Timestamp": str(timestamp),
            "Parallax-Signature": sign(
                secret=delivery.subscription.secret, timestamp=timestamp, body=body
            ),
        },
    )
    try:
        with checked_opener(addresses).open(request, timeout=TIMEOUT_SECONDS) as response:
            return response.status, ""
    except urllib.error.HTTPError as error:
        error.close()
        if 300 <= error.code < 400:
            target = error.headers.get("Location") if error.headers else None
            where = f" to {target[:200]}" if target else ""
            return error.code, (
                f"The receiver answered {error.code} {error.reason}, a redirect{where}; "
                "webhooks do not follow redirects."
            )
        return error.code, f"The receiver answered {error.code} {error.reason}."
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        return None, f"Could not reach the receiver: {reason}."


MIN_SECRET_LENGTH = 32
SUBSCRIPTION_EDITABLE_FIELDS = frozenset({"url", "description", "events", "secret", "is_active"})


def _checked_url(url: str) -> str:
    try:
        url = webhook_url_normalised(url)
    except ValidationError as error:
        raise ValidationError({"url": error.messages}) from None
    if refusal := address_refusal(url):
        raise ValidationError({"url": refusal})
    return url


def _check_secret(secret: str) -> None:
    if len(secret) < MIN_SECRET_LENGTH or len(set(secret)) < 8:
        raise ValidationError(
            {
                "secret": f"A signing secret has at least {MIN_SECRET_LENGTH} characters and is "
                "hard to guess: leave the generated one, or paste one as random."
            }
        )


def webhook_subscribe(
    *,
    url: str,
    events: list[str],
    owner,
    description: str = "",
    secret: str | None = None,
    is_active: bool = True,
) -> WebhookSubscription:
    """A new subscription; its secret is generated here (unless the desk gives one that is hard
    enough to guess) and shown to the subscriber once."""
    url = _checked_url(url)
    subscription = WebhookSubscription(
        url=url,
        events=list(dict.fromkeys(events)),
        description=description,
        created_by=owner,
        is_active=is_active,
    )
    if secret is not None:
        _check_secret(secret)
        subscription.secret = secret
    subscription.full_clean()
    subscription.save()
    return subscription


@transaction.atomic
def webhook_subscription_update(
    *, subscription: WebhookSubscription, user, **fields
) -> WebhookSubscription:
    """Change a subscription's address, events, secret or state (its owner or an editor)."""
    if subscription.created_by_id != user.pk and not is_editor(user):
        raise PermissionDenied("This subscription belongs to someone else.")
    if "url" in fields:
        fields["url"] = _checked_url(fields["url"])
    if "secret" in fields:
        _check_secret(fields["secret"])
    if "events" in fields:
        fields["events"] = list(dict.fromkeys(fields["events"]))
    model_update(instance=subscription, fields=fields, editable=SUBSCRIPTION_EDITABLE_FIELDS)
    return subscription


def webhook_unsubscribe(*, subscription: WebhookSubscription, user) -> None:
    """End a subscription: its owner's or an editor's call. One that has been sent anything is
    deactivated rather than deleted, so that its delivery log stays."""
    if not access.may_remove_subscription(subscription=subscription, user=user):
        raise PermissionDenied("This subscription belongs to someone else.")
    if subscription.deliveries.exists():
        subscription.is_active = False
        subscription.save(update_fields=["is_active", "updated_at"])
        return
    subscription.delete()
