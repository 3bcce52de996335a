"""Real threads on PostgreSQL: row locks, SKIP LOCKED and the history under contention."""

import pytest
from django.core.exceptions import PermissionDenied

from claims.models import Claim
from claims.status import Status
from tests.claims.workflow_helpers import RATIONALE, claim_at, rating
from tests.concurrency import run_at_once
from tests.factories import make_claim, make_editor, make_reviewer
from verification.models import ClaimStatusChange, Team, Verdict, VerificationTask
from verification.services import claim_transition, task_assign, task_take_next
from verification.workflow import TransitionConflict

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("first", "second"),
    [("publish", "publish"), ("publish", "send_back"), ("send_back", "publish")],
)
def test_two_editors_on_one_claim_exactly_one_wins(first, second):
    reviewer, editor_a, editor_b = make_reviewer(), make_editor(), make_editor()
    claim = claim_at(
        Status.AWAITING_APPROVAL, editor=editor_a, reviewer=reviewer, publisher=editor_b
    )
    history_before = ClaimStatusChange.objects.filter(claim=claim).count()

    outcomes = run_at_once(
        [
            lambda: claim_transition(
                claim=Claim(pk=claim.pk), name=first, actor=editor_a, comment="A."
            ),
            lambda: claim_transition(
                claim=Claim(pk=claim.pk), name=second, actor=editor_b, comment="B."
            ),
        ]
    )

    winners = [o for o in outcomes if isinstance(o, Claim)]
    losers = [o for o in outcomes if isinstance(o, TransitionConflict)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert "Cannot" in str(losers[0])
    claim.refresh_from_db()
    assert claim.status == winners[0].status
    history = list(ClaimStatusChange.objects.filter(claim=claim).order_by("id"))
    assert len(history) == history_before + 1
    assert history[-1].from_status == Status.AWAITING_APPROVAL
    assert history[-1].to_status == claim.status
    assert claim.workflow_version == winners[0].workflow_version
    published = Verdict.objects.filter(claim=claim, published_at__isnull=False).count()
    assert published == (1 if claim.status == Status.PUBLISHED else 0)


def team_queue(*, reviewers: int, tasks: int) -> list:
    """A team of ``reviewers`` with ``tasks`` unassigned tasks in its queue."""
    team = Team.objects.create(name="Caucasus desk")
    members = [make_reviewer() for _ in range(reviewers)]
    team.members.add(*members)
    task_assign(claims=[make_claim() for _ in range(tasks)], actor=make_editor(), team=team)
    return members


def test_twenty_reviewers_taking_the_next_task_get_twenty_distinct_tasks():
    reviewers = team_queue(reviewers=20, tasks=25)

    outcomes = run_at_once([lambda r=r: task_take_next(user=r) for r in reviewers])

    assert all(isinstance(o, VerificationTask) for o in outcomes), outcomes
    assert len({task.pk for task in outcomes}) == 20
    for reviewer, task in zip(reviewers, outcomes, strict=True):
        assert VerificationTask.objects.get(pk=task.pk).assignee == reviewer
    assert VerificationTask.objects.filter(assignee__isnull=True).count() == 5


def test_more_reviewers_than_tasks_nobody_gets_one_twice():
    reviewers = team_queue(reviewers=8, tasks=3)

    outcomes = run_at_once([lambda r=r: task_take_next(user=r) for r in reviewers])

    handed_out = [o for o in outcomes if isinstance(o, VerificationTask)]
    assert len(handed_out) == 3
    assert len({task.pk for task in handed_out}) == 3
    assert outcomes.count(None) == 5


def test_four_eyes_holds_when_the_proposer_races_another_editor():
    proposer, other = make_editor(), make_editor()
    claim = make_claim()
    claim_transition(claim=claim, name="start_review", actor=proposer)
    claim_transition(
        claim=claim, name="propose", actor=proposer, rating=rating(), rationale=RATIONALE
    )
    outcomes = run_at_once(
        [
            lambda: claim_transition(claim=Claim(pk=claim.pk), name="publish", actor=proposer),
            lambda: claim_transition(claim=Claim(pk=claim.pk), name="publish", actor=other),
        ]
    )
    # The proposer is refused either for four-eyes or, if the other editor was first, because
    # the claim is already published; either way they never publish their own rating.
    assert isinstance(outcomes[0], PermissionDenied | TransitionConflict)
    assert isinstance(outcomes[1], Claim)
    assert Verdict.objects.get(claim=claim).approver == other
