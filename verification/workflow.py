"""The verification workflow: the transition table every status change obeys.

Only ``verification.services.claim_transition`` changes a claim's status (the states are
``claims.status.Status``), and it runs the row of this table that names the transition: who may
run it, what it needs, what it does and whom it tells. Adding a transition is adding a row.
"""

from dataclasses import dataclass
from typing import Literal

from claims.status import Status
from desk.exceptions import Conflict
from desk.roles import EDITORS, REVIEWERS

# What a transition does besides changing the status (``verification.services.EFFECTS``).
Effect = Literal["propose_verdict", "publish_verdict"]
# Whom a transition's email goes to (``verification.notifications.AUDIENCES``): the reviewer
# who proposed the claim's latest rating, the assignee of its latest task, every editor.
Audience = Literal["reviewer", "assignee", "editors"]


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    source: Status
    target: Status
    # Who may run it (any of these roles).
    roles: frozenset[str]
    # The actor must say why: a transition without a comment is refused.
    needs_comment: bool = False
    # A reviewer who is not an editor may run it only on a claim whose open task is theirs.
    assignee_only: bool = False
    # Whoever proposed the claim's draft rating may not run it (superusers included). The
    # database refuses a published verdict approved by its own reviewer in any case.
    four_eyes: bool = False
    # The claim's open verification tasks are done once it has run.
    closes_tasks: bool = False
    # The claim gets an open verification task once it has run, for the person the actor
    # chooses or else for the reviewer of its latest rating (``rules.default_reviser``); the
    # assignee is told as by any assignment. Only editors assign, so only their rows open tasks.
    opens_task: bool = False
    effect: Effect | None = None
    # Who gets an email once it has run (never the actor).
    notifies: tuple[Audience, ...] = ()


DESK = frozenset({REVIEWERS, EDITORS})
ONLY_EDITORS = frozenset({EDITORS})

TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition("accept", "Accept suggestion", Status.SUGGESTED, Status.NEW, DESK),
        Transition(
            "dismiss",
            "Dismiss suggestion",
            Status.SUGGESTED,
            Status.DISMISSED,
            DESK,
            needs_comment=True,
            closes_tasks=True,
        ),
        Transition(
            "start_review",
            "Start review",
            Status.NEW,
            Status.IN_REVIEW,
            DESK,
            assignee_only=True,
        ),
        Transition(
            "propose",
            "Propose rating",
            Status.IN_REVIEW,
            Status.AWAITING_APPROVAL,
            DESK,
            assignee_only=True,
            effect="propose_verdict",
            notifies=("editors",),
        ),
        Transition(
            "not_checkable",
            "Mark not checkable",
            Status.IN_REVIEW,
            Status.NOT_CHECKABLE,
            DESK,
            needs_comment=True,
            assignee_only=True,
            closes_tasks=True,
        ),
        Transition(
            "send_back",
            "Send back",
            Status.AWAITING_APPROVAL,
            Status.IN_REVIEW,
            ONLY_EDITORS,
            needs_comment=True,
            notifies=("reviewer",),
        ),
        Transition(
            "publish",
            "Publish",
            Status.AWAITING_APPROVAL,
            Status.PUBLISHED,
            ONLY_EDITORS,
            four_eyes=True,
            closes_tasks=True,
            effect="publish_verdict",
            notifies=("reviewer",),
        ),
        Transition(
            "reopen",
            "Reopen",
            Status.PUBLISHED,
            Status.IN_REVIEW,
            ONLY_EDITORS,
            needs_comment=True,
            opens_task=True,
        ),
    )
}


def transition_label(name: str) -> str:
    """What people read for a recorded step (``start_review``: "Start review"); a name the table
    no longer has shows as it was recorded."""
    transition = TRANSITIONS.get(name)
    return transition.label if transition is not None else name


class TransitionConflict(Conflict):
    """The transition cannot run from the claim's current state, or the claim changed meanwhile.

    The API answers it with 409 Conflict.
    """
