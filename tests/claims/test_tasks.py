from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims.status import Status
from tests.factories import make_claim, make_editor, make_reviewer, make_user
from verification.models import Team, VerificationTask
from verification.notifications import send_overdue_digest
from verification.services import claim_transition, task_assign, task_take_next

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return make_editor("desk-editor", email="editor@example.org")


@pytest.fixture
def team():
    return Team.objects.create(name="Caucasus desk")


def member(team, name=None):
    reviewer = make_reviewer(name)
    team.members.add(reviewer)
    return reviewer


class TestAssign:
    def test_only_editors_assign(self):
        reviewer = make_reviewer()
        with pytest.raises(PermissionDenied):
            task_assign(claims=[make_claim()], actor=reviewer, assignee=reviewer)
        assert not VerificationTask.objects.exists()

    def test_many_claims_at_once_to_a_team_with_due_date_and_priority(self, editor, team):
        claims = [make_claim() for _ in range(3)]
        tasks = task_assign(
            claims=claims,
            actor=editor,
            team=team,
            due_on=date(2031, 5, 1),
            priority=VerificationTask.Priority.URGENT,
        )
        assert {t.claim_id for t in tasks} == {c.pk for c in claims}
        assert all(
            (t.team, t.assignee, t.due_on, t.priority, t.state, t.created_by)
            == (team, None, date(2031, 5, 1), 1, "open", editor)
            for t in tasks
        )

    def test_reassigning_keeps_one_open_task(self, editor, team):
        claim = make_claim()
        first, second = member(team), member(team)
        task_assign(claims=[claim], actor=editor, team=team, assignee=first)
        task_assign(claims=[claim], actor=editor, team=team, assignee=second)
        task = VerificationTask.objects.get(claim=claim)
        assert task.assignee == second

    def test_assignee_must_belong_to_the_team(self, editor, team):
        outsider = make_reviewer()
        with pytest.raises(ValidationError, match="not a member of"):
            task_assign(claims=[make_claim()], actor=editor, team=team, assignee=outsider)

    def test_assignee_must_be_on_the_desk(self, editor):
        with pytest.raises(ValidationError, match="not a reviewer or an editor"):
            task_assign(claims=[make_claim()], actor=editor, assignee=make_user())

    def test_a_team_or_a_person_is_required(self, editor):
        with pytest.raises(ValidationError):
            task_assign(claims=[make_claim()], actor=editor)

    def test_closed_claims_are_refused_by_number(self, editor):
        claim = make_claim(status=Status.SUGGESTED)
        claim_transition(claim=claim, name="dismiss", actor=editor, comment="Not a claim.")
        with pytest.raises(ValidationError, match=f"#{claim.pk} \\(dismissed\\)"):
            task_assign(claims=[claim, make_claim()], actor=editor, assignee=editor)
        assert not VerificationTask.objects.exists()


class TestAssignmentEmail:
    def test_the_assignee_is_emailed_after_commit(
        self, editor, team, django_capture_on_commit_callbacks
    ):
        reviewer = member(team, "ani")
        claim = make_claim(summary="Baku says Armenian units fired first")
        with django_capture_on_commit_callbacks(execute=True):
            task_assign(
                claims=[claim],
                actor=editor,
                team=team,
                assignee=reviewer,
                due_on=date(2031, 5, 1),
                instructions="Check the ministry's video.",
            )
            assert mail.outbox == []  # nothing leaves before the commit
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == [reviewer.email]
        assert f"Claim #{claim.pk}" in message.subject
        assert "Baku says Armenian units fired first" in message.body
        assert "Check the ministry's video." in message.body
        assert f"/admin/claims/claim/{claim.pk}/change/" in message.body

    def test_no_email_when_the_transaction_rolls_back(
        self, editor, team, django_capture_on_commit_callbacks
    ):
        reviewer = member(team)
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            try:
                with transaction.atomic():
                    task_assign(claims=[make_claim()], actor=editor, assignee=reviewer)
                    raise RuntimeError("the desk's request failed after assigning")
            except RuntimeError:
                pass
        assert callbacks == []
        assert mail.outbox == []
        assert not VerificationTask.objects.exists()

    def test_team_only_assignment_sends_nothing(
        self, editor, team, django_capture_on_commit_callbacks
    ):
        member(team)
        with django_capture_on_commit_callbacks(execute=True):
            task_assign(claims=[make_claim()], actor=editor, team=team)
        assert mail.outbox == []


class TestTakeNext:
    def test_most_urgent_then_soonest_due_then_oldest(self, editor, team):
        today = timezone.localdate()
        normal_soon = task_assign(
            claims=[make_claim()],
            actor=editor,
            team=team,
            due_on=today,
            priority=VerificationTask.Priority.NORMAL,
        )[0]
        urgent_no_date = task_assign(
            claims=[make_claim()],
            actor=editor,
            team=team,
            priority=VerificationTask.Priority.URGENT,
        )[0]
        urgent_later = task_assign(
            claims=[make_claim()],
            actor=editor,
            team=team,
            due_on=today + timedelta(days=3),
            priority=VerificationTask.Priority.URGENT,
        )[0]
        reviewer = member(team)
        taken = [task_take_next(user=reviewer) for _ in range(3)]
        assert [t.pk for t in taken] == [urgent_later.pk, urgent_no_date.pk, normal_soon.pk]
        assert task_take_next(user=reviewer) is None

    def test_only_tasks_of_ones_own_teams(self, editor, team):
        other_team = Team.objects.create(name="Russian-language desk")
        task_assign(claims=[make_claim()], actor=editor, team=other_team)
        assert task_take_next(user=member(team)) is None

    def test_assigned_and_closed_tasks_are_not_handed_out(self, editor, team):
        someone = member(team)
        task_assign(claims=[make_claim()], actor=editor, team=team, assignee=someone)
        claim = make_claim()
        task_assign(claims=[claim], actor=editor, team=team)
        VerificationTask.objects.filter(claim=claim).update(state="cancelled")
        assert task_take_next(user=member(team)) is None

    def test_outsiders_cannot_take_tasks(self):
        with pytest.raises(PermissionDenied):
            task_take_next(user=make_user())


class TestOverdueDigest:
    def test_assignees_get_their_overdue_tasks_and_editors_the_desk_list(self, editor, team):
        today = date(2031, 3, 10)
        ani, mher = member(team, "ani"), member(team, "mher")
        late = make_claim(summary="Yerevan says the troops withdrew")
        task_assign(claims=[late], actor=editor, team=team, assignee=ani, due_on=date(2031, 3, 9))
        task_assign(
            claims=[make_claim()], actor=editor, team=team, assignee=mher, due_on=today
        )  # due today: not overdue yet
        task_assign(
            claims=[make_claim(summary="Unassigned and late")],
            actor=editor,
            team=team,
            due_on=date(2031, 3, 1),
        )
        mail.outbox.clear()

        sent = send_overdue_digest(today=today)

        assert sent == 2
        by_recipient = {m.to[0]: m for m in mail.outbox}
        assert set(by_recipient) == {ani.email, editor.email}
        assert "Yerevan says the troops withdrew" in by_recipient[ani.email].body
        assert "Unassigned and late" not in by_recipient[ani.email].body
        desk = by_recipient[editor.email]
        assert "2 overdue" in desk.subject
        assert "Unassigned and late" in desk.body and "Yerevan says" in desk.body

    def test_nothing_overdue_sends_nothing(self, editor):
        assert send_overdue_digest(today=date(2031, 3, 10)) == 0
        assert mail.outbox == []
