"""Notifications delivered by a real Celery worker through a real broker (Redis)."""

import time

import pytest
from django.core import mail
from django.db import transaction

from tests.factories import make_claim, make_editor, make_reviewer
from verification.models import Rating, Team
from verification.services import claim_transition, task_assign

pytestmark = [pytest.mark.django_db(transaction=True)]


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


def propose(claim, reviewer, rationale: str) -> None:
    """``reviewer`` (assigned) starts the review and proposes "False"."""
    claim_transition(claim=claim, name="start_review", actor=reviewer)
    claim_transition(
        claim=claim,
        name="propose",
        actor=reviewer,
        rating=Rating.objects.get(slug="false"),
        rationale=rationale,
    )


@pytest.mark.usefixtures("reference_data")
def test_a_proposal_reaches_every_other_active_editor_through_the_worker(worker):
    editors = [make_editor("erin"), make_editor("olga")]
    make_editor("gone", is_active=False)
    reviewer = make_reviewer("ani")
    claim = make_claim(summary="Yerevan says a drone struck the post near Jermuk")
    task_assign(claims=[claim], actor=editors[0], assignee=reviewer)
    wait_for_mail(1)
    mail.outbox.clear()

    propose(claim, reviewer, "The post's own footage shows no strike that night.")

    wait_for_mail(2)
    time.sleep(0.5)  # no third message follows
    assert sorted(m.to[0] for m in mail.outbox) == ["erin@example.org", "olga@example.org"]
    body = mail.outbox[0].body
    assert "ani proposed the rating “False”" in body
    assert "The post's own footage shows no strike that night." in body
    assert "Yerevan says a drone struck the post near Jermuk" in body
    assert f"/admin/claims/claim/{claim.pk}/change/" in body


@pytest.mark.usefixtures("reference_data")
def test_reopening_tells_the_new_assignee_through_the_worker(worker):
    editor, publisher = make_editor("erin"), make_editor("olga")
    ani, mher = make_reviewer("ani"), make_reviewer("mher")
    claim = make_claim()
    task_assign(claims=[claim], actor=editor, assignee=ani)
    propose(claim, ani, "No crater in the images.")
    claim_transition(claim=claim, name="publish", actor=publisher)
    wait_for_mail(4)  # ani's assignment, the two editors' proposal, ani's publication
    mail.outbox.clear()

    claim_transition(
        claim=claim, name="reopen", actor=editor, comment="A crater on new images.", assignee=mher
    )

    wait_for_mail(1)
    time.sleep(0.5)
    assert [m.to for m in mail.outbox] == [[mher.email]]
    assert f"Claim #{claim.pk} assigned to you" in mail.outbox[0].subject
    assert "A crater on new images." in mail.outbox[0].body
