"""Reads of claims and tasks, with the joins their pages need."""

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import F, QuerySet
from django.utils import timezone

from . import rules
from .models import Claim, ClaimStatusChange, VerificationTask
from .workflow import TRANSITIONS, Transition


def task_queue_for_user(*, user: AbstractBaseUser) -> QuerySet[VerificationTask]:
    """The user's open tasks, soonest due first (tasks without a due date last)."""
    return (
        VerificationTask.objects.filter(assignee=user, state=VerificationTask.State.OPEN)
        .select_related("claim__speaker", "claim__document", "pair", "team")
        .order_by(F("due_on").asc(nulls_last=True), "priority", "id")
    )


def task_is_overdue(task: VerificationTask) -> bool:
    return task.due_on is not None and task.due_on < timezone.localdate()


def claim_available_transitions(*, claim: Claim, user: AbstractBaseUser) -> list[Transition]:
    """The transitions ``user`` may run on ``claim`` right now: what the admin offers as buttons."""
    return [
        transition
        for transition in TRANSITIONS.values()
        if transition.source == claim.status
        and rules.transition_refusal(claim=claim, transition=transition, actor=user) is None
    ]


def claim_history(*, claim: Claim) -> QuerySet[ClaimStatusChange]:
    return claim.status_changes.select_related("actor").order_by("created_at", "id")
