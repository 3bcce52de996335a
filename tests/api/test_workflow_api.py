import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from claims.status import Status
from tests.claims.workflow_helpers import RATIONALE, claim_at, rating
from tests.factories import make_claim, make_editor, make_reviewer, make_user
from verification.models import ClaimStatusChange, Verdict, VerificationTask
from verification.services import task_assign

pytestmark = pytest.mark.django_db


def client_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def transition(client, claim, **body):
    return client.post(reverse("claim-transition", args=[claim.pk]), body, format="json")


@pytest.fixture
def people():
    return {"editor": make_editor(), "publisher": make_editor(), "reviewer": make_reviewer()}


def at(status, people):
    return claim_at(
        status,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
    )


def test_a_transition_answers_200_with_the_new_state(people):
    claim = at(Status.NEW, people)
    response = transition(client_for(people["reviewer"]), claim, name="start_review")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "in_review"
    assert response.json()["workflow_version"] == claim.workflow_version + 1


def test_propose_with_rating_by_slug_and_evidence(people):
    claim = at(Status.IN_REVIEW, people)
    response = transition(
        client_for(people["reviewer"]),
        claim,
        name="propose",
        rating=rating("false").slug,
        rationale=RATIONALE,
        evidence=["https://example.org/footage"],
    )
    assert response.status_code == 200, response.content
    verdict = Verdict.objects.get(claim=claim)
    assert verdict.evidence == ["https://example.org/footage"]
    assert verdict.reviewer == people["reviewer"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": "teleport"}, "name"),
        ({"name": "propose", "rating": "no-such-rating", "rationale": "x"}, "rating"),
        ({"name": "propose", "rationale": RATIONALE}, "rating"),
        ({"name": "propose", "rating": "false", "rationale": ""}, "rationale"),
        (
            {"name": "propose", "rating": "false", "rationale": "x", "evidence": ["ftp://x"]},
            "evidence",
        ),
        ({"name": "propose", "version": -1}, "version"),
    ],
)
def test_bad_input_answers_400_with_the_field_and_changes_nothing(people, body, field):
    rating("false")
    claim = at(Status.IN_REVIEW, people)
    response = transition(client_for(people["reviewer"]), claim, **body)
    assert response.status_code == 400, response.content
    assert field in response.json()
    claim.refresh_from_db()
    assert claim.status == Status.IN_REVIEW
    assert not Verdict.objects.filter(claim=claim).exists()


def test_wrong_role_answers_403(people):
    claim = at(Status.AWAITING_APPROVAL, people)
    response = transition(client_for(people["reviewer"]), claim, name="publish")
    assert response.status_code == 403
    assert "editor" in response.json()["detail"]


def test_four_eyes_answers_403(people):
    editor = people["editor"]
    claim = make_claim()
    client = client_for(editor)
    assert transition(client, claim, name="start_review").status_code == 200
    assert (
        transition(
            client, claim, name="propose", rating=rating().slug, rationale=RATIONALE
        ).status_code
        == 200
    )
    response = transition(client, claim, name="publish")
    assert response.status_code == 403
    assert "four-eyes" in response.json()["detail"]


def test_wrong_state_answers_409(people):
    claim = at(Status.PUBLISHED, people)
    response = transition(client_for(people["publisher"]), claim, name="publish")
    assert response.status_code == 409
    assert "published" in response.json()["detail"]


def test_stale_version_answers_409(people):
    claim = at(Status.AWAITING_APPROVAL, people)
    claim.refresh_from_db()
    response = transition(
        client_for(people["publisher"]),
        claim,
        name="publish",
        version=claim.workflow_version - 1,
    )
    assert response.status_code == 409
    assert "changed while you were looking" in response.json()["detail"]


def test_unknown_claim_answers_404(people):
    response = client_for(people["editor"]).post(
        reverse("claim-transition", args=[999999]), {"name": "accept"}, format="json"
    )
    assert response.status_code == 404


@pytest.mark.parametrize("who", ["anonymous", "staff without a role"])
def test_outsiders_cannot_transition(people, who):
    claim = make_claim()
    user = None if who == "anonymous" else make_user(is_staff=True)
    response = transition(client_for(user), claim, name="start_review")
    assert response.status_code in (401, 403)
    assert not ClaimStatusChange.objects.exists()


class TestTaskEndpoints:
    def test_my_tasks_lists_only_mine_soonest_first(self, people):
        from datetime import date

        reviewer, other = people["reviewer"], make_reviewer()
        later = task_assign(
            claims=[make_claim()],
            actor=people["editor"],
            assignee=reviewer,
            due_on=date(2031, 1, 2),
        )[0]
        sooner = task_assign(
            claims=[make_claim()],
            actor=people["editor"],
            assignee=reviewer,
            due_on=date(2031, 1, 1),
        )[0]
        task_assign(claims=[make_claim()], actor=people["editor"], assignee=other)
        response = client_for(reviewer).get(reverse("task-mine"))
        assert response.status_code == 200
        assert [row["id"] for row in response.json()] == [sooner.pk, later.pk]

    def test_take_next_gives_a_team_task_then_says_the_queue_is_empty(self, people):
        from verification.models import Team

        team = Team.objects.create(name="Caucasus desk")
        team.members.add(people["reviewer"])
        task = task_assign(claims=[make_claim()], actor=people["editor"], team=team)[0]
        client = client_for(people["reviewer"])

        response = client.post(reverse("task-take-next"))
        assert response.status_code == 200
        assert response.json()["id"] == task.pk
        assert VerificationTask.objects.get(pk=task.pk).assignee == people["reviewer"]

        response = client.post(reverse("task-take-next"))
        assert response.status_code == 404
        assert "queues" in response.json()["detail"]

    def test_task_endpoints_need_a_desk_role(self):
        client = client_for(make_user())
        assert client.get(reverse("task-mine")).status_code == 403
        assert client.post(reverse("task-take-next")).status_code == 403


def test_reopen_assigns_the_reviser_and_a_bad_assignee_is_400(people):
    claim = at(Status.PUBLISHED, people)
    other = make_reviewer()
    editor = client_for(people["editor"])
    outsider = make_user(is_staff=True)
    refused = transition(editor, claim, name="reopen", comment="Redo.", assignee=outsider.pk)
    assert refused.status_code == 400
    assert "is not a reviewer or an editor" in refused.json()["assignee"][0]
    missing = transition(editor, claim, name="reopen", comment="Redo.", assignee=10**6)
    assert missing.status_code == 400 and "assignee" in missing.json()
    assert not VerificationTask.objects.filter(claim=claim, state="open").exists()

    response = transition(editor, claim, name="reopen", comment="Redo.", assignee=other.pk)
    assert response.status_code == 200, response.content
    task = VerificationTask.objects.get(claim=claim, state="open")
    assert task.assignee == other
