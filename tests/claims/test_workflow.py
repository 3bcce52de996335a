import itertools

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims.models import Claim
from claims.status import Status
from tests.claims.workflow_helpers import RATIONALE, assign, claim_at, rating
from tests.factories import make_claim, make_editor, make_reviewer, make_user
from verification import rules
from verification.models import ClaimStatusChange, Verdict, VerificationTask
from verification.selectors import claim_workflow_steps
from verification.services import claim_transition, task_assign
from verification.workflow import TRANSITIONS, TransitionConflict

pytestmark = pytest.mark.django_db

# DESIGN.md's transition table, written out independently of claims/workflow.py.
EDGES = {
    ("suggested", "accept"): "new",
    ("suggested", "dismiss"): "dismissed",
    ("new", "start_review"): "in_review",
    ("in_review", "propose"): "awaiting_approval",
    ("in_review", "not_checkable"): "not_checkable",
    ("awaiting_approval", "send_back"): "in_review",
    ("awaiting_approval", "publish"): "published",
    ("published", "reopen"): "in_review",
}
# Which edges each kind of actor may run.
MAY_RUN = {
    "editor": set(EDGES),
    "assigned reviewer": {
        ("suggested", "accept"),
        ("suggested", "dismiss"),
        ("new", "start_review"),
        ("in_review", "propose"),
        ("in_review", "not_checkable"),
    },
    "other reviewer": {("suggested", "accept"), ("suggested", "dismiss")},
    "staff without a role": set(),
}
PAYLOAD = {
    "comment": "Checked against both ministries' statements.",
    "rationale": RATIONALE,
    "evidence": ["https://example.org/satellite-image"],
}


@pytest.fixture
def desk():
    return {
        "editor": make_editor(),
        "publisher": make_editor(),
        "assigned reviewer": make_reviewer(),
        "other reviewer": make_reviewer(),
        "staff without a role": make_user(is_staff=True),
    }


def test_the_table_matches_the_design():
    assert {(t.source.value, t.name): t.target.value for t in TRANSITIONS.values()} == EDGES


@pytest.mark.parametrize(
    ("status", "name", "actor"),
    list(itertools.product(Status.values, TRANSITIONS, MAY_RUN)),
)
def test_every_transition_for_every_role(desk, status, name, actor):
    claim = claim_at(
        status,
        editor=desk["editor"],
        reviewer=desk["assigned reviewer"],
        publisher=desk["publisher"],
    )
    history_before = ClaimStatusChange.objects.filter(claim=claim).count()
    verdicts_before = list(Verdict.objects.filter(claim=claim).values())
    user = desk[actor]

    def run():
        return claim_transition(claim=claim, name=name, actor=user, rating=rating(), **PAYLOAD)

    if (status, name) not in EDGES:
        with pytest.raises(TransitionConflict):
            run()
    elif (status, name) not in MAY_RUN[actor]:
        with pytest.raises(PermissionDenied):
            run()
    else:
        result = run()
        claim.refresh_from_db()
        assert claim.status == result.status == EDGES[(status, name)]
        change = ClaimStatusChange.objects.filter(claim=claim).latest("id")
        assert (change.transition, change.from_status, change.to_status) == (
            name,
            status,
            EDGES[(status, name)],
        )
        assert change.actor == user
        assert change.comment == PAYLOAD["comment"]
        return

    claim.refresh_from_db()
    assert claim.status == status
    assert ClaimStatusChange.objects.filter(claim=claim).count() == history_before
    assert list(Verdict.objects.filter(claim=claim).values()) == verdicts_before


@pytest.mark.parametrize(("status", "actor"), list(itertools.product(Status.values, MAY_RUN)))
def test_the_steps_not_offered_are_explained_by_the_services_refusals(desk, status, actor):
    """What the admin offers and the reasons it gives for the rest are the service's rules."""
    claim = claim_at(
        status,
        editor=desk["editor"],
        reviewer=desk["assigned reviewer"],
        publisher=desk["publisher"],
    )
    claim.refresh_from_db()
    user = desk[actor]
    offered, reasons = claim_workflow_steps(claim=claim, user=user)
    refused = {
        t.label.lower(): rules.transition_refusal(claim=claim, transition=t, actor=user)
        for t in TRANSITIONS.values()
        if t.source == status
    }
    assert {t.label.lower() for t in offered} == {k for k, v in refused.items() if v is None}
    assert len(reasons) == len(set(reasons))
    for label, reason in refused.items():
        if reason is not None and reason.startswith("Only "):
            # Steps refused to the role are named together.
            assert any(
                r.startswith(reason[: reason.index(" can ")]) and label in r for r in reasons
            )
        elif reason is not None:
            assert reason in reasons
    if actor == "staff without a role" and status == Status.SUGGESTED:
        assert reasons == ["Only editors or reviewers can accept suggestion or dismiss suggestion."]


def test_unknown_transition_is_bad_input(desk):
    with pytest.raises(ValidationError, match="Unknown transition"):
        claim_transition(claim=make_claim(), name="approve", actor=desk["editor"])


class TestFourEyes:
    def test_an_editor_cannot_publish_the_rating_they_proposed(self, desk):
        editor = desk["editor"]
        claim = make_claim()
        claim_transition(claim=claim, name="start_review", actor=editor)
        claim_transition(
            claim=claim, name="propose", actor=editor, rating=rating(), rationale=RATIONALE
        )
        with pytest.raises(PermissionDenied, match="four-eyes"):
            claim_transition(claim=claim, name="publish", actor=editor)
        claim.refresh_from_db()
        assert claim.status == Status.AWAITING_APPROVAL
        assert not Verdict.objects.filter(published_at__isnull=False).exists()

        claim_transition(claim=claim, name="publish", actor=desk["publisher"])
        verdict = Verdict.objects.get(claim=claim)
        assert (verdict.reviewer, verdict.approver) == (editor, desk["publisher"])
        assert verdict.published_at is not None

    def test_superusers_are_not_exempt(self, desk):
        boss = make_user(is_superuser=True, is_staff=True)
        claim = make_claim()
        claim_transition(claim=claim, name="start_review", actor=boss)
        claim_transition(
            claim=claim, name="propose", actor=boss, rating=rating(), rationale=RATIONALE
        )
        with pytest.raises(PermissionDenied, match="four-eyes"):
            claim_transition(claim=claim, name="publish", actor=boss)


class TestProposing:
    @pytest.fixture
    def claim(self, desk):
        return claim_at(
            Status.IN_REVIEW,
            editor=desk["editor"],
            reviewer=desk["assigned reviewer"],
            publisher=desk["publisher"],
        )

    @pytest.mark.parametrize(
        ("payload", "field"),
        [
            ({"rating": None, "rationale": RATIONALE}, "rating"),
            ({"rationale": "   "}, "rationale"),
            ({"rationale": RATIONALE, "evidence": ["javascript:alert(1)"]}, "evidence"),
            ({"rationale": RATIONALE, "evidence": "https://example.org"}, "evidence"),
        ],
    )
    def test_bad_payload_is_refused_and_changes_nothing(self, desk, claim, payload, field):
        payload = {"rating": rating(), **payload}
        with pytest.raises(ValidationError) as excinfo:
            claim_transition(
                claim=claim, name="propose", actor=desk["assigned reviewer"], **payload
            )
        assert field in excinfo.value.message_dict
        claim.refresh_from_db()
        assert claim.status == Status.IN_REVIEW
        assert not Verdict.objects.filter(claim=claim).exists()

    def test_a_retired_rating_is_refused(self, desk, claim):
        retired = rating("retired")
        retired.is_active = False
        retired.save(update_fields=["is_active"])
        with pytest.raises(ValidationError, match="retired"):
            claim_transition(
                claim=claim,
                name="propose",
                actor=desk["assigned reviewer"],
                rating=retired,
                rationale=RATIONALE,
            )

    def test_sent_back_rating_is_revised_not_duplicated(self, desk, claim):
        reviewer = desk["assigned reviewer"]
        claim_transition(
            claim=claim,
            name="propose",
            actor=reviewer,
            rating=rating(),
            rationale=RATIONALE,
            evidence=["https://example.org/a"],
        )
        with pytest.raises(ValidationError, match="comment"):
            claim_transition(claim=claim, name="send_back", actor=desk["editor"])
        claim_transition(
            claim=claim, name="send_back", actor=desk["editor"], comment="Cite the image date."
        )
        claim_transition(
            claim=claim,
            name="propose",
            actor=reviewer,
            rating=rating("mostly-false"),
            rationale="Revised.",
            evidence=["https://example.org/b"],
        )
        verdict = Verdict.objects.get(claim=claim)
        assert (verdict.version, verdict.rating.slug, verdict.rationale) == (
            1,
            "mostly-false",
            "Revised.",
        )
        assert verdict.evidence == ["https://example.org/b"]


class TestCorrections:
    def test_a_correction_is_a_new_version_and_the_first_stays(self, desk):
        reviewer, editor = desk["assigned reviewer"], desk["editor"]
        claim = claim_at(
            Status.PUBLISHED, editor=editor, reviewer=reviewer, publisher=desk["publisher"]
        )
        first = Verdict.objects.get(claim=claim)
        first_values = Verdict.objects.filter(pk=first.pk).values().get()

        with pytest.raises(ValidationError, match="comment"):
            claim_transition(claim=claim, name="reopen", actor=editor)
        claim_transition(claim=claim, name="reopen", actor=editor, comment="New footage.")
        # While the correction is worked on, the published verdict stays published.
        assert Verdict.objects.filter(pk=first.pk, published_at__isnull=False).exists()

        assign(claim, editor=editor, reviewer=reviewer)
        claim_transition(
            claim=claim,
            name="propose",
            actor=reviewer,
            rating=rating("mostly-false"),
            rationale="Footage shows one shell landed.",
        )
        with pytest.raises(ValidationError) as excinfo:
            claim_transition(claim=claim, name="publish", actor=editor)
        assert "correction_note" in excinfo.value.message_dict
        claim.refresh_from_db()
        assert claim.status == Status.AWAITING_APPROVAL

        claim_transition(
            claim=claim, name="publish", actor=editor, correction_note="One shell did land."
        )
        versions = list(Verdict.objects.filter(claim=claim).order_by("version"))
        assert [v.version for v in versions] == [1, 2]
        assert Verdict.objects.filter(pk=first.pk).values().get() == first_values
        assert versions[1].correction_note == "One shell did land."
        assert versions[1].published_at > versions[0].published_at


class TestStaleViews:
    def test_acting_on_an_old_version_of_the_claim_is_a_conflict(self, desk):
        claim = claim_at(
            Status.AWAITING_APPROVAL,
            editor=desk["editor"],
            reviewer=desk["assigned reviewer"],
            publisher=desk["publisher"],
        )
        seen = claim.workflow_version
        claim_transition(claim=claim, name="send_back", actor=desk["editor"], comment="Redo.")
        claim_transition(
            claim=claim,
            name="propose",
            actor=desk["assigned reviewer"],
            rating=rating("true"),
            rationale="Changed my mind.",
        )
        # Back in the same state, but not the rating the publisher looked at.
        with pytest.raises(TransitionConflict, match="changed while you were looking"):
            claim_transition(
                claim=claim, name="publish", actor=desk["publisher"], expected_version=seen
            )
        claim.refresh_from_db()
        claim_transition(
            claim=claim,
            name="publish",
            actor=desk["publisher"],
            expected_version=claim.workflow_version,
        )


class TestTasksFollowTheWorkflow:
    @pytest.mark.parametrize("final", ["publish", "not_checkable"])
    def test_finishing_a_claim_closes_its_task(self, desk, final):
        status = Status.AWAITING_APPROVAL if final == "publish" else Status.IN_REVIEW
        claim = claim_at(
            status,
            editor=desk["editor"],
            reviewer=desk["assigned reviewer"],
            publisher=desk["publisher"],
        )
        claim_transition(claim=claim, name=final, actor=desk["publisher"], comment="Done.")
        task = VerificationTask.objects.get(claim=claim)
        assert task.state == VerificationTask.State.DONE
        assert task.closed_at is not None

    def test_a_reviewer_works_only_claims_assigned_to_them(self, desk):
        claim = make_claim()
        with pytest.raises(PermissionDenied, match="not assigned to you"):
            claim_transition(claim=claim, name="start_review", actor=desk["other reviewer"])
        task_assign(claims=[claim], actor=desk["editor"], assignee=desk["other reviewer"])
        claim_transition(claim=claim, name="start_review", actor=desk["other reviewer"])
        assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW
