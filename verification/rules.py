"""The permission rules of the workflow, shared by the transition service and the admin buttons."""

from django.contrib.auth.models import AbstractBaseUser

from claims.models import Claim
from claims.status import Status
from desk.roles import EDITORS, REVIEWERS, user_roles

from .models import Verdict, VerificationTask
from .workflow import Transition


def open_task(claim: Claim) -> VerificationTask | None:
    return claim.tasks.filter(state=VerificationTask.State.OPEN).first()


def draft_verdict(claim: Claim) -> Verdict | None:
    return claim.verdicts.filter(published_at__isnull=True).first()


def claim_public_fields_frozen(claim: Claim) -> bool:
    """Whether the claim's public fields are those its published verdict froze: while it is
    published they wait for a reopen, so that a change shows only with the correction."""
    return claim.status == Status.PUBLISHED


def transition_refusal(
    *, claim: Claim, transition: Transition, actor: AbstractBaseUser
) -> str | None:
    """Why ``actor`` may not run ``transition`` on ``claim``: the row's roles, ``assignee_only``
    and ``four_eyes``.

    Returns None when the actor may run it. The claim's current state is checked separately,
    because a wrong state is a conflict (409), not a matter of permission (403).
    """
    roles = user_roles(actor)
    if not roles & transition.roles:
        allowed = " or ".join(sorted(role.lower() for role in transition.roles))
        return f"Only {allowed} can {transition.label.lower()}."
    if transition.assignee_only and EDITORS not in roles and REVIEWERS in roles:
        task = open_task(claim)
        if task is None or task.assignee_id != actor.pk:
            return (
                "This claim is not assigned to you. Take it from your team's queue or ask an "
                "editor to assign it."
            )
    if transition.four_eyes:
        draft = draft_verdict(claim)
        if draft is not None and draft.reviewer_id == actor.pk:
            return (
                f"You proposed this rating, so another editor must {transition.label.lower()} "
                "(four-eyes rule)."
            )
    return None
