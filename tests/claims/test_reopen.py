"""Reopening a published claim hands it to someone who revises the rating, in the same
transaction: the reviewer of the latest verdict by default, or whom the editor chooses."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from claims.status import Status
from desk.models import OutboxMessage
from tests.claims.workflow_helpers import claim_at, rating
from tests.factories import make_editor, make_reviewer, make_user
from verification.models import ClaimStatusChange, Verdict, VerificationTask
from verification.services import claim_transition

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk():
    return {
        "editor": make_editor("erin"),
        "publisher": make_editor("olga"),
        "reviewer": make_reviewer("ani"),
        "other reviewer": make_reviewer("mher"),
    }


@pytest.fixture
def published(desk):
    claim = claim_at(
        Status.PUBLISHED,
        editor=desk["editor"],
        reviewer=desk["reviewer"],
        publisher=desk["publisher"],
    )
    claim.refresh_from_db()
    return claim


def open_tasks(claim):
    return list(VerificationTask.objects.filter(claim=claim, state=VerificationTask.State.OPEN))


def assignment_emails():
    return [m for m in mail.outbox if "assigned to you" in m.subject]


def reopen(claim, editor, capture_on_commit, **fields) -> None:
    """Reopen ``claim`` and commit, with an empty mail box before."""
    mail.outbox.clear()
    with capture_on_commit(execute=True):
        claim_transition(claim=claim, name="reopen", actor=editor, **fields)
        assert mail.outbox == []  # nothing leaves before the commit


class TestTheService:
    def test_the_previous_reviewer_gets_a_task_and_the_assignment_email(
        self, desk, published, django_capture_on_commit_callbacks
    ):
        reopen(
            published,
            desk["editor"],
            django_capture_on_commit_callbacks,
            comment="New footage of the strike.",
        )
        published.refresh_from_db()
        assert published.status == Status.IN_REVIEW
        [task] = open_tasks(published)
        assert (task.assignee, task.created_by) == (desk["reviewer"], desk["editor"])
        assert task.instructions == "New footage of the strike."
        [email] = assignment_emails()
        assert email.to == [desk["reviewer"].email]
        assert f"Claim #{published.pk}" in email.subject
        assert "New footage of the strike." in email.body

        # The reviewer can revise at once; publishing the new version needs a correction note.
        claim_transition(
            claim=published,
            name="propose",
            actor=desk["reviewer"],
            rating=rating("mostly-false"),
            rationale="One shell did land.",
        )
        with pytest.raises(ValidationError, match="correction note"):
            claim_transition(claim=published, name="publish", actor=desk["publisher"])

    def test_the_editor_may_choose_someone_else(
        self, desk, published, django_capture_on_commit_callbacks
    ):
        reopen(
            published,
            desk["editor"],
            django_capture_on_commit_callbacks,
            comment="Ani is away.",
            assignee=desk["other reviewer"],
        )
        [task] = open_tasks(published)
        assert task.assignee == desk["other reviewer"]
        assert [m.to for m in assignment_emails()] == [[desk["other reviewer"].email]]
        with pytest.raises(PermissionDenied, match="assigned to mher, not to you"):
            claim_transition(
                claim=published,
                name="propose",
                actor=desk["reviewer"],
                rating=rating(),
                rationale="Mine.",
            )

    @pytest.mark.parametrize("gone", ["inactive", "no longer a reviewer"])
    def test_without_a_suitable_previous_reviewer_the_editor_must_choose(
        self, desk, published, gone
    ):
        reviewer = desk["reviewer"]
        if gone == "inactive":
            reviewer.is_active = False
            reviewer.save(update_fields=["is_active"])
        else:
            reviewer.groups.clear()
        with pytest.raises(ValidationError) as refused:
            claim_transition(claim=published, name="reopen", actor=desk["editor"], comment="Redo.")
        assert "choose who revises the rating" in refused.value.message_dict["assignee"][0]
        published.refresh_from_db()
        assert published.status == Status.PUBLISHED
        assert open_tasks(published) == []

        claim_transition(
            claim=published,
            name="reopen",
            actor=desk["editor"],
            comment="Redo.",
            assignee=desk["other reviewer"],
        )
        assert [t.assignee for t in open_tasks(published)] == [desk["other reviewer"]]

    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"comment": "  "}, "comment"),
            ({"comment": "Redo.", "assignee": "outsider"}, "assignee"),
            ({"comment": "Redo.", "assignee": "inactive reviewer"}, "assignee"),
        ],
    )
    def test_a_refused_reopen_changes_nothing(self, desk, published, fields, field):
        people = {
            "outsider": make_user(is_staff=True),
            "inactive reviewer": make_reviewer(is_active=False),
        }
        if "assignee" in fields:
            fields = {**fields, "assignee": people[fields["assignee"]]}
        history = ClaimStatusChange.objects.filter(claim=published).count()
        verdicts = list(Verdict.objects.filter(claim=published).values())
        queued = OutboxMessage.objects.count()

        with pytest.raises(ValidationError) as refused:
            claim_transition(claim=published, name="reopen", actor=desk["editor"], **fields)

        assert field in refused.value.message_dict
        published.refresh_from_db()
        assert published.status == Status.PUBLISHED
        assert open_tasks(published) == []
        assert ClaimStatusChange.objects.filter(claim=published).count() == history
        assert list(Verdict.objects.filter(claim=published).values()) == verdicts
        assert OutboxMessage.objects.count() == queued

    def test_other_steps_take_no_assignee(self, desk):
        claim = claim_at(
            Status.AWAITING_APPROVAL,
            editor=desk["editor"],
            reviewer=desk["reviewer"],
            publisher=desk["publisher"],
        )
        with pytest.raises(ValidationError, match="assigns no one"):
            claim_transition(
                claim=claim, name="publish", actor=desk["publisher"], assignee=desk["reviewer"]
            )
        claim.refresh_from_db()
        assert claim.status == Status.AWAITING_APPROVAL

    def test_reviewers_cannot_reopen(self, desk, published):
        with pytest.raises(PermissionDenied, match="Only editors can reopen"):
            claim_transition(
                claim=published,
                name="reopen",
                actor=desk["reviewer"],
                comment="Mine to redo.",
                assignee=desk["reviewer"],
            )
        assert open_tasks(published) == []


def post_reopen(client, claim, **fields):
    claim.refresh_from_db()
    return client.post(
        reverse("admin:claims_claim_transition", args=[claim.pk]),
        {"name": "reopen", "version": claim.workflow_version, **fields},
        follow=True,
    )


def panel(response) -> str:
    page = response.content.decode()
    start = page.index('<section class="parallax-workflow')
    return page[start : page.index("</section>", start)]


class TestThePanel:
    def test_assign_to_defaults_to_the_previous_reviewer(self, client, desk, published):
        client.force_login(desk["editor"])
        html = panel(client.get(reverse("admin:claims_claim_change", args=[published.pk])))
        assert f'<option value="{desk["reviewer"].pk}" selected>ani</option>' in html
        assert f'<option value="{desk["other reviewer"].pk}">mher</option>' in html
        assert "ani proposed the latest rating" in html

    def test_reopen_to_another_reviewer_then_the_panel_says_what_happens_next(
        self, client, desk, published
    ):
        client.force_login(desk["editor"])
        response = post_reopen(
            client, published, comment="Footage disputed.", assignee=desk["other reviewer"].pk
        )
        html = panel(response)
        assert (
            "Reopened: assigned to <strong>mher</strong>, who will revise the rating; "
            "publishing the new version needs a correction note."
        ) in html
        assert [t.assignee for t in open_tasks(published)] == [desk["other reviewer"]]
        # The reviewer it went to is offered the steps; the previous one is told why not.
        client.force_login(desk["other reviewer"])
        page = client.get(reverse("admin:claims_claim_change", args=[published.pk]))
        assert 'name="name" value="propose"' in panel(page)
        client.force_login(desk["reviewer"])
        html = panel(client.get(reverse("admin:claims_claim_change", args=[published.pk])))
        assert 'name="name" value="propose"' not in html
        assert "This claim is assigned to mher, not to you: ask an editor to reassign it." in html

    def test_without_a_comment_nothing_changes_and_the_choice_is_kept(
        self, client, desk, published
    ):
        client.force_login(desk["editor"])
        response = post_reopen(client, published, comment="", assignee=desk["other reviewer"].pk)
        assert "Nothing changed. Comment: Say why (reopen needs a comment)." in (
            response.content.decode()
        )
        html = panel(response)
        published.refresh_from_db()
        assert published.status == Status.PUBLISHED
        assert open_tasks(published) == []
        assert f'<option value="{desk["other reviewer"].pk}" selected>mher</option>' in html

    def test_with_no_suitable_previous_reviewer_the_panel_asks_to_choose(
        self, client, desk, published
    ):
        desk["reviewer"].groups.clear()
        client.force_login(desk["editor"])
        url = reverse("admin:claims_claim_change", args=[published.pk])
        html = panel(client.get(url))
        assert '<option value="" selected>' in html
        assert "is not on the desk any more: choose who revises it." in html
        page = post_reopen(client, published, comment="Redo.").content.decode()
        assert "Nothing changed." in page and "choose who revises the rating" in page
        published.refresh_from_db()
        assert published.status == Status.PUBLISHED
