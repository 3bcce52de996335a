"""Drive a claim to any workflow state through the real transition service."""

from claims.models import Claim
from claims.status import Status
from tests.factories import make_claim
from verification.models import Rating, Team
from verification.services import claim_transition, task_assign

RATIONALE = "Satellite images show no damage where the ministry placed the strike."


def rating(slug: str = "false") -> Rating:
    return Rating.objects.get_or_create(
        slug=slug, defaults={"label": slug.replace("-", " ").capitalize()}
    )[0]


def assign(claim: Claim, *, editor, reviewer, team: Team | None = None):
    return task_assign(claims=[claim], actor=editor, assignee=reviewer, team=team)[0]


def claim_at(status: str, *, editor, reviewer, publisher, **claim_fields) -> Claim:
    """A claim in ``status`` (made with ``claim_fields``); ``reviewer`` is assigned and proposed
    any rating it has."""
    if status in (Status.SUGGESTED, Status.DISMISSED):
        claim = make_claim(status=Status.SUGGESTED)
        if status == Status.DISMISSED:
            claim_transition(claim=claim, name="dismiss", actor=editor, comment="Not a claim.")
        return claim
    claim = make_claim(**claim_fields)
    assign(claim, editor=editor, reviewer=reviewer)
    if status == Status.NEW:
        return claim
    claim_transition(claim=claim, name="start_review", actor=reviewer)
    if status == Status.IN_REVIEW:
        return claim
    if status == Status.NOT_CHECKABLE:
        claim_transition(claim=claim, name="not_checkable", actor=reviewer, comment="No sources.")
        return claim
    claim_transition(
        claim=claim, name="propose", actor=reviewer, rating=rating(), rationale=RATIONALE
    )
    if status == Status.AWAITING_APPROVAL:
        return claim
    claim_transition(claim=claim, name="publish", actor=publisher)
    claim.refresh_from_db()
    assert claim.status == status == Status.PUBLISHED
    return claim
