"""Make a given document public: publish a verdict on a claim in it, through the services."""

from claims.models import Claim
from sources.models import Document
from tests.claims.workflow_helpers import RATIONALE, assign, rating
from tests.factories import make_claim, make_editor, make_reviewer
from verification.services import claim_transition


def publish_claim_on(document: Document, phrase: str | None = None, **fields) -> Claim:
    """A claim on ``phrase`` of ``document`` taken to a published verdict (four eyes kept)."""
    editor, publisher, reviewer = make_editor(), make_editor(), make_reviewer()
    claim = make_claim(document, phrase, **fields)
    assign(claim, editor=editor, reviewer=reviewer)
    claim_transition(claim=claim, name="start_review", actor=reviewer)
    claim_transition(
        claim=claim, name="propose", actor=reviewer, rating=rating(), rationale=RATIONALE
    )
    claim_transition(claim=claim, name="publish", actor=publisher)
    return claim
