"""A database from before the split of ``claims`` (its migration 0012) migrates forward with
every row where it was: the verification desk's and the webhooks' tables keep their names and
rows, their content types (and so the roles' permissions on them) move with them, and tasks
waiting in the outbox get their new names."""

from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from claims.models import Claim
from desk.models import OutboxMessage
from desk.roles import EDITORS
from publishing.models import WebhookDelivery, WebhookSubscription
from tests.factories import make_claim, make_editor, make_reviewer
from verification.models import ClaimStatusChange, Rating, Team, Verdict, VerificationTask

BEFORE_THE_SPLIT = [
    ("claims", "0012_document_task_run_permissions"),
    ("desk", "0001_initial"),
]
MOVED = {
    "verification": ["rating", "verdict", "team", "verificationtask", "claimstatuschange"],
    "publishing": ["webhooksubscription", "webhookdelivery"],
}


def _rows_written_before_the_split(old, claim, reviewer, editor) -> dict:
    """What a desk of the old layout holds, written through the old models."""
    rating = old.get_model("claims", "Rating").objects.get(slug="false")
    verdict = old.get_model("claims", "Verdict").objects.create(
        claim_id=claim.pk,
        version=1,
        rating_id=rating.pk,
        rationale="The ministry's own map shows the village outside the line.",
        evidence=["https://example.org/map"],
        reviewer_id=reviewer.pk,
        approver_id=editor.pk,
        published_at=timezone.now(),
        snapshot={"format": 1, "claim": {"id": claim.pk, "summary": claim.summary}},
    )
    team = old.get_model("claims", "Team").objects.create(name="Caucasus desk")
    team.members.add(reviewer.pk)
    task = old.get_model("claims", "VerificationTask").objects.create(
        claim_id=claim.pk, team_id=team.pk, assignee_id=reviewer.pk, due_on=date(2026, 12, 9)
    )
    change = old.get_model("claims", "ClaimStatusChange").objects.create(
        claim_id=claim.pk,
        transition="publish",
        from_status="awaiting_approval",
        to_status="published",
        actor_id=editor.pk,
        comment="Four-eyes done.",
    )
    subscription = old.get_model("claims", "WebhookSubscription").objects.create(
        url="https://consumer.example.org/hook", events=["verdict.published"]
    )
    delivery = old.get_model("claims", "WebhookDelivery").objects.create(
        subscription_id=subscription.pk,
        event="verdict.published",
        verdict_id=verdict.pk,
        payload={"verdict": verdict.pk},
    )
    waiting = old.get_model("desk", "OutboxMessage").objects.create(
        task="claims.tasks.deliver_webhook", args=[delivery.pk]
    )
    return {
        "verdict": verdict.pk,
        "team": team.pk,
        "task": task.pk,
        "change": change.pk,
        "subscription": subscription.pk,
        "delivery": delivery.pk,
        "waiting": waiting.pk,
        "content_types": {
            model: ContentType.objects.get(app_label="claims", model=model).pk
            for models in MOVED.values()
            for model in models
        },
    }


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_database_from_before_the_split_keeps_every_row(reference_data):
    reviewer, editor = make_reviewer(), make_editor()
    claim = make_claim(summary="Yerevan says the village was never taken.")
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    try:
        executor.migrate(BEFORE_THE_SPLIT)
        old = executor.loader.project_state(BEFORE_THE_SPLIT).apps
        ratings_before = old.get_model("claims", "Rating").objects.count()
        written = _rows_written_before_the_split(old, claim, reviewer, editor)
    finally:
        MigrationExecutor(connection).migrate(latest)

    verdict = Verdict.objects.get(pk=written["verdict"])
    assert (verdict.claim_id, verdict.rating.slug, verdict.approver_id) == (
        claim.pk,
        "false",
        editor.pk,
    )
    assert verdict.snapshot["claim"]["summary"] == claim.summary
    assert Rating.objects.count() == ratings_before
    assert list(Team.objects.get(pk=written["team"]).members.all()) == [reviewer]
    task = VerificationTask.objects.get(pk=written["task"])
    assert (task.claim_id, task.assignee_id, task.due_on) == (
        claim.pk,
        reviewer.pk,
        date(2026, 12, 9),
    )
    assert ClaimStatusChange.objects.get(pk=written["change"]).comment == "Four-eyes done."
    delivery = WebhookDelivery.objects.get(pk=written["delivery"])
    assert delivery.subscription_id == written["subscription"]
    assert delivery.verdict_id == verdict.pk
    assert WebhookSubscription.objects.get(pk=written["subscription"]).secret
    assert Claim.objects.filter(pk=claim.pk).exists()

    # The content types moved, keeping their ids: permissions and admin history stay attached.
    for app_label, models in MOVED.items():
        for model in models:
            moved = ContentType.objects.get(app_label=app_label, model=model)
            assert moved.pk == written["content_types"][model]
    assert not ContentType.objects.filter(app_label="claims", model__in=MOVED["verification"])
    assert Group.objects.get(name=EDITORS).permissions.filter(
        content_type__app_label="verification", codename="change_team"
    )
    assert make_editor().has_perm("verification.add_verificationtask")
    assert make_editor().has_perm("publishing.change_webhooksubscription")

    assert (
        OutboxMessage.objects.get(pk=written["waiting"]).task == "publishing.tasks.deliver_webhook"
    )
