"""The verification workflow: the transition table every status change obeys.

Only ``verification.services.claim_transition`` changes a claim's status (the states are
``claims.status.Status``), and it consults this table.
"""

from dataclasses import dataclass

from claims.status import Status
from desk.exceptions import Conflict
from desk.roles import EDITORS, REVIEWERS


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    source: Status
    target: Status
    roles: frozenset[str]


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition(
            "accept",
            "Accept suggestion",
            Status.SUGGESTED,
            Status.NEW,
            frozenset({REVIEWERS, EDITORS}),
        ),
        Transition(
            "dismiss",
            "Dismiss suggestion",
            Status.SUGGESTED,
            Status.DISMISSED,
            frozenset({REVIEWERS, EDITORS}),
        ),
        Transition(
            "start_review",
            "Start review",
            Status.NEW,
            Status.IN_REVIEW,
            frozenset({REVIEWERS, EDITORS}),
        ),
        Transition(
            "propose",
            "Propose rating",
            Status.IN_REVIEW,
            Status.AWAITING_APPROVAL,
            frozenset({REVIEWERS, EDITORS}),
        ),
        Transition(
            "not_checkable",
            "Mark not checkable",
            Status.IN_REVIEW,
            Status.NOT_CHECKABLE,
            frozenset({REVIEWERS, EDITORS}),
        ),
        Transition(
            "send_back",
            "Send back",
            Status.AWAITING_APPROVAL,
            Status.IN_REVIEW,
            frozenset({EDITORS}),
        ),
        Transition(
            "publish", "Publish", Status.AWAITING_APPROVAL, Status.PUBLISHED, frozenset({EDITORS})
        ),
        Transition("reopen", "Reopen", Status.PUBLISHED, Status.IN_REVIEW, frozenset({EDITORS})),
    )
}


class TransitionConflict(Conflict):
    """The transition cannot run from the claim's current state, or the claim changed meanwhile.

    The API answers it with 409 Conflict.
    """
