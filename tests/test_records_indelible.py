"""The record cannot be erased: status history, verdicts, annotation reviews and webhook
deliveries survive every delete the admin and the API offer; a claim, document or source that
has any is retired instead of deleted."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from annotations.models import Annotation
from annotations.services import annotation_review_one
from claims.models import Claim
from publishing.models import WebhookDelivery, WebhookSubscription
from publishing.webhooks import webhook_subscribe
from sources.models import Document, Source
from tests.api.publishing import publish_claim_on
from tests.claims.workflow_helpers import claim_at
from tests.factories import make_annotation, make_claim, make_document, make_editor, make_reviewer
from verification.models import ClaimStatusChange, Verdict

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    client.force_login(user)
    return client


def _admin_delete(client, obj):
    meta = obj._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_delete", args=[obj.pk])
    return client.post(url, {"post": "yes"})


@pytest.fixture
def published():
    """A published claim: status history, a published verdict, a webhook delivery."""
    webhook_subscribe(
        url="https://consumer.example.org/hook",
        events=["verdict.published"],
        description="",
        owner=make_editor(),
    )
    return publish_claim_on(make_document("Baku said the shelling began at dawn."))


def test_status_history_and_verdicts_cannot_be_deleted_in_the_admin(admin_client, published):
    change = published.status_changes.first()
    verdict = published.verdicts.get()
    for record in (change, verdict):
        assert _admin_delete(admin_client, record).status_code == 403
    assert ClaimStatusChange.objects.filter(pk=change.pk).exists()
    assert Verdict.objects.filter(pk=verdict.pk, published_at__isnull=False).exists()


def test_a_draft_verdict_cannot_be_deleted_either(admin_client):
    claim = claim_at(
        "awaiting_approval", editor=make_editor(), reviewer=make_reviewer(), publisher=None
    )
    draft = claim.verdicts.get()
    assert _admin_delete(admin_client, draft).status_code == 403
    assert Verdict.objects.filter(pk=draft.pk).exists()


def test_a_claim_with_history_is_retired_not_deleted(admin_client):
    claim = claim_at("in_review", editor=make_editor(), reviewer=make_reviewer(), publisher=None)
    history = list(claim.status_changes.values_list("pk", flat=True))
    assert history
    response = _admin_delete(admin_client, claim)
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.retired_at is not None
    assert list(claim.status_changes.values_list("pk", flat=True)) == history


def test_a_claim_without_records_is_deleted(admin_client):
    claim = make_claim()
    _admin_delete(admin_client, claim)
    assert not Claim.objects.filter(pk=claim.pk).exists()


def test_a_document_and_a_source_with_claims_are_retired(admin_client, published):
    document, speaker = published.document, published.speaker
    _admin_delete(admin_client, document)
    _admin_delete(admin_client, speaker)
    document.refresh_from_db()
    speaker.refresh_from_db()
    assert document.retired_at is not None and speaker.retired_at is not None
    assert Claim.objects.filter(pk=published.pk).exists()


def test_an_unused_source_is_deleted(admin_client):
    source = Source.objects.create(name="A newsletter nobody quoted", kind="outlet")
    _admin_delete(admin_client, source)
    assert not Source.objects.filter(pk=source.pk).exists()


def test_a_webhook_delivery_outlives_its_subscription(client, published):
    delivery = WebhookDelivery.objects.get()
    owner = delivery.subscription.created_by
    client.force_login(owner)
    url = reverse("webhook-detail", args=[delivery.subscription_id])
    assert client.delete(url).status_code == 204
    assert WebhookDelivery.objects.filter(pk=delivery.pk).exists()
    assert not WebhookSubscription.objects.get(pk=delivery.subscription_id).is_active


def test_a_webhook_delivery_cannot_be_deleted_in_the_admin(admin_client, published):
    delivery = WebhookDelivery.objects.get()
    assert _admin_delete(admin_client, delivery).status_code == 403
    assert WebhookDelivery.objects.filter(pk=delivery.pk).exists()


def test_a_reviewed_span_cannot_be_deleted(client, admin_client):
    editor = make_editor()
    document = make_document("Yerevan called the strike a provocation.")
    suggestion = make_annotation(
        document, "provocation", state=Annotation.State.SUGGESTED, annotator=None, origin="lexicon"
    )
    annotation_review_one(annotation=suggestion, state=Annotation.State.ACCEPTED, reviewer=editor)
    client.force_login(editor)
    response = client.delete(reverse("annotation-detail", args=[suggestion.pk]))
    assert response.status_code == 403
    _admin_delete(admin_client, suggestion)
    suggestion.refresh_from_db()
    assert suggestion.reviewed_by == editor and suggestion.state == Annotation.State.ACCEPTED


def test_the_catalogue_api_deletes_nothing(client, published):
    client.force_login(make_editor())
    for route, obj in (
        ("claim-detail", published),
        ("document-detail", published.document),
        ("source-detail", published.speaker),
    ):
        assert client.delete(reverse(route, args=[obj.pk])).status_code == 405
    assert Claim.objects.filter(pk=published.pk).exists()
    assert Document.objects.filter(pk=published.document_id).exists()
