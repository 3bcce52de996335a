"""The permission rules of the workflow, shared by the transition service and the admin buttons."""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser

from claims.models import Claim
from claims.status import Status
from desk.roles import EDITORS, REVIEWERS, is_desk_member, user_roles

from .models import Verdict, VerificationTask
from .workflow import Transition


def open_task(claim: Claim) -> VerificationTask | None:
    return (
        claim.tasks.filter(state=VerificationTask.State.OPEN)
        .select_related("assignee", "team")
        .first()
    )


def draft_verdict(claim: Claim) -> Verdict | None:
    return claim.verdicts.filter(published_at__isnull=True).first()


def latest_verdict(claim: Claim) -> Verdict | None:
    return claim.verdicts.select_related("reviewer").order_by("-version").first()


def default_reviser(claim: Claim) -> AbstractBaseUser | None:
    """Who revises the rating of a reopened claim unless the editor chooses someone else: the
    reviewer of its latest verdict, while they are still an active member of the desk."""
    verdict = latest_verdict(claim)
    if verdict is None:
        return None
    reviewer = verdict.reviewer
    return reviewer if reviewer.is_active and is_desk_member(reviewer) else None


def claim_public_fields_frozen(claim: Claim) -> bool:
    """Whether the claim's public fields are those its published verdict froze: while it is
    published they wait for a reopen, so that a change shows only with the correction."""
    return claim.status == Status.PUBLISHED


# What stands in the way of a transition (the first element of ``_refusal``'s answer).
ROLE, ASSIGNMENT, FOUR_EYES = "role", "assignment", "four_eyes"


def _only(roles: frozenset[str], labels: list[str]) -> str:
    return f"Only {' or '.join(sorted(r.lower() for r in roles))} can {' or '.join(labels)}."


def _refusal(
    *, claim: Claim, transition: Transition, actor: AbstractBaseUser
) -> tuple[str, str] | None:
    """(what stands in the way, why in a sentence), or None when ``actor`` may run it."""
    roles = user_roles(actor)
    if not roles & transition.roles:
        return ROLE, _only(transition.roles, [transition.label.lower()])
    if transition.assignee_only and EDITORS not in roles and REVIEWERS in roles:
        task = open_task(claim)
        if task is None:
            return ASSIGNMENT, (
                "This claim is not assigned to you: no one has it yet. Ask an editor to assign "
                "it to you."
            )
        if task.assignee_id is None:
            return ASSIGNMENT, (
                f"This claim is not assigned to you: it waits in {task.team}'s queue. Take it "
                "from there, or ask an editor to assign it to you."
            )
        if task.assignee_id != actor.pk:
            return ASSIGNMENT, (
                f"This claim is assigned to {task.assignee}, not to you: ask an editor to "
                "reassign it."
            )
    if transition.four_eyes:
        draft = draft_verdict(claim)
        if draft is not None and draft.reviewer_id == actor.pk:
            return FOUR_EYES, (
                f"You proposed this rating: another editor must {transition.label.lower()} "
                "(four-eyes rule)."
            )
    return None


def transition_refusal(
    *, claim: Claim, transition: Transition, actor: AbstractBaseUser
) -> str | None:
    """Why ``actor`` may not run ``transition`` on ``claim``: the row's roles, ``assignee_only``
    and ``four_eyes``.

    Returns None when the actor may run it. The claim's current state is checked separately,
    because a wrong state is a conflict (409), not a matter of permission (403).
    """
    refusal = _refusal(claim=claim, transition=transition, actor=actor)
    return None if refusal is None else refusal[1]


def transitions_sorted(
    *, claim: Claim, transitions: Iterable[Transition], actor: AbstractBaseUser
) -> tuple[list[Transition], list[str]]:
    """The ``transitions`` that ``actor`` may run, and why the others are refused: one sentence
    per reason, the steps that only the same roles may run named together ("Only editors can
    send back or publish.")."""
    allowed = []
    # Each reason once, in the table's order: a sentence, or the roles that alone may run
    # steps (with those steps' labels).
    reasons: dict[str | frozenset[str], list[str]] = {}
    for transition in transitions:
        refusal = _refusal(claim=claim, transition=transition, actor=actor)
        if refusal is None:
            allowed.append(transition)
        elif refusal[0] == ROLE:
            reasons.setdefault(transition.roles, []).append(transition.label.lower())
        else:
            reasons.setdefault(refusal[1], [])
    texts = [
        _only(reason, labels) if isinstance(reason, frozenset) else reason
        for reason, labels in reasons.items()
    ]
    return allowed, texts
