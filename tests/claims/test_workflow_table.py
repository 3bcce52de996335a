"""The transition table drives the workflow: each row's flags are the rules, and a new row
works without code changes."""

import dataclasses

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from claims.models import Claim
from claims.status import Status
from desk.models import OutboxMessage
from desk.roles import EDITORS, REVIEWERS
from tests.claims.workflow_helpers import RATIONALE, assign, claim_at, rating
from tests.factories import make_claim, make_editor, make_reviewer, make_user
from verification import signals
from verification.models import ClaimStatusChange, Verdict, VerificationTask
from verification.notifications import AUDIENCES
from verification.selectors import claim_available_transitions
from verification.services import EFFECTS, claim_transition
from verification.workflow import TRANSITIONS, Transition, TransitionConflict

pytestmark = pytest.mark.django_db

# The documented workflow (README, "Working the desk"), written out independently of the table:
# name: (needs_comment, assignee_only, four_eyes, closes_tasks, opens_task, effect, notifies)
RULES = {
    "accept": (False, False, False, False, False, None, ()),
    "dismiss": (True, False, False, True, False, None, ()),
    "start_review": (False, True, False, False, False, None, ()),
    "propose": (False, True, False, False, False, "propose_verdict", ("editors",)),
    "not_checkable": (True, True, False, True, False, None, ()),
    "send_back": (True, False, False, False, False, None, ("reviewer",)),
    "publish": (False, False, True, True, False, "publish_verdict", ("reviewer",)),
    "reopen": (True, False, False, False, True, None, ()),
}
ROLES = {
    "accept": {REVIEWERS, EDITORS},
    "dismiss": {REVIEWERS, EDITORS},
    "start_review": {REVIEWERS, EDITORS},
    "propose": {REVIEWERS, EDITORS},
    "not_checkable": {REVIEWERS, EDITORS},
    "send_back": {EDITORS},
    "publish": {EDITORS},
    "reopen": {EDITORS},
}


@pytest.fixture
def desk():
    return {
        "editor": make_editor(),
        "publisher": make_editor(),
        "reviewer": make_reviewer(),
        "other reviewer": make_reviewer(),
        "staff without a role": make_user(is_staff=True),
    }


class TestTheRows:
    @pytest.mark.parametrize("name", list(RULES))
    def test_each_row_states_the_documented_rules(self, name):
        row = TRANSITIONS[name]
        flags = (
            row.needs_comment,
            row.assignee_only,
            row.four_eyes,
            row.closes_tasks,
            row.opens_task,
            row.effect,
            row.notifies,
        )
        assert flags == RULES[name]
        assert row.roles == ROLES[name]

    def test_there_is_no_undocumented_row(self):
        assert set(TRANSITIONS) == set(RULES)

    def test_the_rows_are_closed_exactly_for_the_final_states(self):
        closing = {row.target for row in TRANSITIONS.values() if row.closes_tasks}
        assert closing == {Status.PUBLISHED, Status.NOT_CHECKABLE, Status.DISMISSED}

    @pytest.mark.parametrize("row", list(TRANSITIONS.values()), ids=list(TRANSITIONS))
    def test_every_effect_and_audience_a_row_names_exists(self, row):
        assert row.effect is None or row.effect in EFFECTS
        assert set(row.notifies) <= set(AUDIENCES)


# A row the real table does not have: an assigned reviewer shelves a claim back to "new".
SHELVE = Transition(
    "shelve",
    "Shelve",
    Status.IN_REVIEW,
    Status.NEW,
    frozenset({REVIEWERS, EDITORS}),
    needs_comment=True,
    assignee_only=True,
    closes_tasks=True,
    notifies=("editors",),
)


class TestANewRow:
    @pytest.fixture
    def claim(self, desk):
        claim = claim_at(
            Status.IN_REVIEW, editor=desk["editor"], reviewer=desk["reviewer"], publisher=None
        )
        claim.refresh_from_db()
        return claim

    def test_its_rules_are_honoured_without_code_changes(
        self, desk, claim, monkeypatch, django_capture_on_commit_callbacks
    ):
        monkeypatch.setitem(TRANSITIONS, SHELVE.name, SHELVE)
        names = {t.name for t in claim_available_transitions(claim=claim, user=desk["reviewer"])}
        assert "shelve" in names
        other = claim_available_transitions(claim=claim, user=desk["other reviewer"])
        assert "shelve" not in {t.name for t in other}

        with pytest.raises(PermissionDenied, match="Only editors or reviewers can shelve"):
            claim_transition(
                claim=claim, name="shelve", actor=desk["staff without a role"], comment="No."
            )
        with pytest.raises(PermissionDenied, match=r"assigned to .*, not to you"):
            claim_transition(claim=claim, name="shelve", actor=desk["other reviewer"], comment="x")
        with pytest.raises(ValidationError, match="shelve needs a comment"):
            claim_transition(claim=claim, name="shelve", actor=desk["reviewer"], comment="  ")
        assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW

        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            claim_transition(
                claim=claim, name="shelve", actor=desk["reviewer"], comment="Waiting for video."
            )
        assert Claim.objects.get(pk=claim.pk).status == Status.NEW
        change = ClaimStatusChange.objects.filter(claim=claim).latest("id")
        assert (change.transition, change.from_status, change.to_status) == (
            "shelve",
            Status.IN_REVIEW,
            Status.NEW,
        )
        task = VerificationTask.objects.get(claim=claim)
        assert task.state == VerificationTask.State.DONE
        # The row notifies the editors, and nobody else.
        assert sorted(m.to[0] for m in mail.outbox) == sorted(
            [desk["editor"].email, desk["publisher"].email]
        )
        assert "Waiting for video." in mail.outbox[0].body

    def test_without_its_flags_the_same_row_asks_nothing(
        self, desk, claim, monkeypatch, django_capture_on_commit_callbacks
    ):
        lax = dataclasses.replace(
            SHELVE, needs_comment=False, assignee_only=False, closes_tasks=False, notifies=()
        )
        monkeypatch.setitem(TRANSITIONS, lax.name, lax)
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            claim_transition(claim=claim, name="shelve", actor=desk["other reviewer"])
        assert Claim.objects.get(pk=claim.pk).status == Status.NEW
        assert VerificationTask.objects.get(claim=claim).state == VerificationTask.State.OPEN
        assert mail.outbox == []
        assert not OutboxMessage.objects.filter(task__endswith="notify_status_change").exists()

    @pytest.mark.parametrize("four_eyes", [True, False])
    def test_four_eyes_comes_from_the_row(self, desk, monkeypatch, four_eyes):
        withdraw = Transition(
            "withdraw",
            "Withdraw the rating",
            Status.AWAITING_APPROVAL,
            Status.IN_REVIEW,
            frozenset({EDITORS}),
            four_eyes=four_eyes,
        )
        monkeypatch.setitem(TRANSITIONS, withdraw.name, withdraw)
        editor = desk["editor"]
        claim = make_claim()
        claim_transition(claim=claim, name="start_review", actor=editor)
        claim_transition(
            claim=claim, name="propose", actor=editor, rating=rating(), rationale=RATIONALE
        )
        if four_eyes:
            with pytest.raises(PermissionDenied, match="another editor must withdraw the rating"):
                claim_transition(claim=claim, name="withdraw", actor=editor)
            claim_transition(claim=claim, name="withdraw", actor=desk["publisher"])
        else:
            claim_transition(claim=claim, name="withdraw", actor=editor)
        assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW

    def test_an_effect_comes_from_the_row(self, desk, monkeypatch):
        """A second way to publish runs the same effect, and sends the same signal."""
        fast = Transition(
            "publish_now",
            "Publish now",
            Status.AWAITING_APPROVAL,
            Status.PUBLISHED,
            frozenset({EDITORS}),
            four_eyes=True,
            effect="publish_verdict",
        )
        monkeypatch.setitem(TRANSITIONS, fast.name, fast)
        claim = claim_at(
            Status.AWAITING_APPROVAL,
            editor=desk["editor"],
            reviewer=desk["reviewer"],
            publisher=desk["publisher"],
        )
        published = []

        def record(sender, verdict, **kwargs):
            published.append(verdict.pk)

        signals.verdict_published.connect(record, dispatch_uid="test-record-published")
        try:
            claim_transition(claim=claim, name="publish_now", actor=desk["publisher"])
        finally:
            signals.verdict_published.disconnect(dispatch_uid="test-record-published")
        verdict = Verdict.objects.get(claim=claim)
        assert verdict.published_at is not None and verdict.approver == desk["publisher"]
        assert published == [verdict.pk]
        # Its tasks stay open: the row does not say it closes them.
        assert VerificationTask.objects.get(claim=claim).state == VerificationTask.State.OPEN


class TestClaimTransitioned:
    @pytest.fixture
    def seen(self):
        calls = []

        def record(sender, claim, change, transition, **kwargs):
            calls.append((transition.name, change.transition, change.to_status, claim.status))
            assert change.claim_id == claim.pk
            assert isinstance(change, ClaimStatusChange) and change.pk is not None

        signals.claim_transitioned.connect(record, dispatch_uid="test-record-transitions")
        yield calls
        signals.claim_transitioned.disconnect(dispatch_uid="test-record-transitions")

    def test_each_transition_is_sent_once_with_its_status_change(self, desk, seen):
        claim_at(
            Status.PUBLISHED,
            editor=desk["editor"],
            reviewer=desk["reviewer"],
            publisher=desk["publisher"],
        )
        assert seen == [
            ("start_review", "start_review", Status.IN_REVIEW, Status.IN_REVIEW),
            ("propose", "propose", Status.AWAITING_APPROVAL, Status.AWAITING_APPROVAL),
            ("publish", "publish", Status.PUBLISHED, Status.PUBLISHED),
        ]

    def test_a_refused_transition_sends_nothing(self, desk, seen):
        claim = make_claim(status=Status.SUGGESTED)
        with pytest.raises(ValidationError):
            claim_transition(claim=claim, name="dismiss", actor=desk["editor"])
        with pytest.raises(TransitionConflict, match="Cannot"):
            claim_transition(claim=claim, name="publish", actor=desk["editor"])
        assert seen == []

    def test_it_is_sent_inside_the_transaction(self, desk):
        """A receiver that fails rolls the transition back: what receivers queue through the
        outbox is committed with the change or not at all."""

        def fail(sender, **kwargs):
            raise RuntimeError("receiver failed")

        signals.claim_transitioned.connect(fail, dispatch_uid="test-fail")
        claim = make_claim()
        try:
            with pytest.raises(RuntimeError):
                claim_transition(claim=claim, name="start_review", actor=desk["editor"])
        finally:
            signals.claim_transitioned.disconnect(dispatch_uid="test-fail")
        assert Claim.objects.get(pk=claim.pk).status == Status.NEW
        assert not ClaimStatusChange.objects.filter(claim=claim).exists()


class TestStatusChangeEmails:
    @pytest.fixture
    def claim(self, desk):
        return claim_at(
            Status.AWAITING_APPROVAL,
            editor=desk["editor"],
            reviewer=desk["reviewer"],
            publisher=desk["publisher"],
        )

    @pytest.mark.parametrize("name", ["send_back", "publish"])
    def test_the_reviewer_hears_of_their_rating_after_commit(
        self, desk, claim, name, django_capture_on_commit_callbacks
    ):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            claim_transition(
                claim=claim, name=name, actor=desk["publisher"], comment="Cite the image date."
            )
            assert mail.outbox == []  # nothing leaves before the commit
        assert [m.to for m in mail.outbox] == [[desk["reviewer"].email]]
        message = mail.outbox[0]
        assert f"Claim #{claim.pk}" in message.subject
        assert TRANSITIONS[name].label.lower() in message.subject
        assert "Cite the image date." in message.body
        assert "Rating: False" in message.body
        assert f"/admin/claims/claim/{claim.pk}/change/" in message.body

    @pytest.mark.parametrize("proposer", ["reviewer", "editor"])
    def test_a_proposal_goes_to_every_active_editor_with_an_email_but_its_proposer(
        self, desk, proposer, django_capture_on_commit_callbacks
    ):
        make_editor(is_active=False)
        make_editor(email="")
        actor = desk[proposer]
        claim = make_claim(summary="Baku says the post near Sotk was shelled")
        assign(claim, editor=desk["editor"], reviewer=actor)
        claim_transition(claim=claim, name="start_review", actor=actor)
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            claim_transition(
                claim=claim,
                name="propose",
                actor=actor,
                rating=rating(),
                rationale=RATIONALE,
                evidence=["https://example.org/satellite-image"],
            )
            assert mail.outbox == []  # nothing leaves before the commit
        editors = {desk["editor"].email, desk["publisher"].email} - {actor.email}
        assert sorted(m.to[0] for m in mail.outbox) == sorted(editors)
        message = mail.outbox[0]
        assert message.subject == f"[Parallax] Claim #{claim.pk}: {actor} proposed “False”"
        assert f"{actor} proposed the rating “False” (version 1)" in message.body
        assert RATIONALE in message.body
        assert "- https://example.org/satellite-image" in message.body
        assert "Baku says the post near Sotk was shelled" in message.body
        assert f"/admin/claims/claim/{claim.pk}/change/" in message.body

    def test_steps_that_notify_nobody_queue_nothing(self, desk, django_capture_on_commit_callbacks):
        claim = make_claim()
        assign(claim, editor=desk["editor"], reviewer=desk["reviewer"])
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            claim_transition(claim=claim, name="start_review", actor=desk["reviewer"])
        assert mail.outbox == []
        assert not OutboxMessage.objects.filter(task__endswith="notify_status_change").exists()

    def test_the_actor_is_not_told_of_their_own_step(
        self, desk, django_capture_on_commit_callbacks
    ):
        editor = desk["editor"]
        claim = make_claim()
        claim_transition(claim=claim, name="start_review", actor=editor)
        claim_transition(
            claim=claim, name="propose", actor=editor, rating=rating(), rationale=RATIONALE
        )
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            claim_transition(claim=claim, name="send_back", actor=editor, comment="Mine: redo.")
        assert mail.outbox == []

    def test_the_email_is_queued_by_the_receiver_of_claim_transitioned(
        self, desk, claim, django_capture_on_commit_callbacks
    ):
        # The fixture's proposal queued the editors' email already.
        queued = OutboxMessage.objects.filter(task__endswith="notify_status_change")
        before = queued.count()
        signals.claim_transitioned.disconnect(dispatch_uid="verification-notify-status-change")
        try:
            mail.outbox.clear()
            with django_capture_on_commit_callbacks(execute=True):
                claim_transition(claim=claim, name="publish", actor=desk["publisher"])
        finally:
            from verification.receivers import queue_status_change_email

            signals.claim_transitioned.connect(
                queue_status_change_email, dispatch_uid="verification-notify-status-change"
            )
        assert mail.outbox == []
        assert queued.count() == before
