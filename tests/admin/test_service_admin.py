"""The admin writes through the services: their refusals are form errors, nothing is saved, and
their side effects (the assignee's email) happen."""

import pytest
from django.core import mail

from claims.models import Claim
from claims.status import Status
from publishing.models import WebhookSubscription
from tests.admin.helpers import form_errors
from tests.admin.test_saves import url
from tests.factories import make_claim, make_editor, make_reviewer
from verification.models import Team, VerificationTask

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = make_editor(is_superuser=True)
    client.force_login(editor)
    client.user = editor
    return client


def task_data(claim, **fields):
    return {"claim": claim.pk, "priority": "3", "instructions": "", **fields}


class TestVerificationTasks:
    def test_a_task_for_a_dismissed_claim_is_a_form_error(self, editor_client):
        claim = make_claim()
        Claim.objects.filter(pk=claim.pk).update(status=Status.DISMISSED)
        team = Team.objects.create(name="Caucasus desk")
        response = editor_client.post(url(VerificationTask, "add"), task_data(claim, team=team.pk))
        assert response.status_code == 200
        assert "closed and need no verification" in str(form_errors(response))
        assert not VerificationTask.objects.exists()

    def test_an_assignee_outside_the_team_is_an_error_on_the_assignee(self, editor_client):
        claim, outsider = make_claim(), make_reviewer()
        team = Team.objects.create(name="Caucasus desk")
        team.members.add(make_reviewer())
        data = task_data(claim, team=team.pk, assignee=outsider.pk)
        response = editor_client.post(url(VerificationTask, "add"), data)
        assert response.status_code == 200
        assert form_errors(response)["assignee"] == [f"{outsider} is not a member of {team}."]
        assert not VerificationTask.objects.exists()

    def test_a_task_assigned_from_the_admin_emails_its_assignee(
        self, editor_client, django_capture_on_commit_callbacks
    ):
        claim, reviewer = make_claim(), make_reviewer(email="reviewer@example.org")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            response = editor_client.post(
                url(VerificationTask, "add"), task_data(claim, assignee=reviewer.pk)
            )
        assert response.status_code == 302, form_errors(response)
        task = VerificationTask.objects.get()
        assert (task.claim, task.assignee, task.created_by) == (claim, reviewer, editor_client.user)
        assert [message.to for message in mail.outbox] == [["reviewer@example.org"]]

    def test_reassigning_a_task_emails_the_new_assignee(
        self, editor_client, django_capture_on_commit_callbacks
    ):
        claim, first, second = make_claim(), make_reviewer(), make_reviewer(email="b@example.org")
        with django_capture_on_commit_callbacks(execute=True):
            editor_client.post(url(VerificationTask, "add"), task_data(claim, assignee=first.pk))
        task = VerificationTask.objects.get()
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            response = editor_client.post(
                url(VerificationTask, "change", task.pk), task_data(claim, assignee=second.pk)
            )
        assert response.status_code == 302, form_errors(response)
        task.refresh_from_db()
        assert task.assignee == second
        assert [message.to for message in mail.outbox] == [["b@example.org"]]


class TestWebhookSubscriptions:
    def data(self, **fields):
        return {
            "url": "https://consumer.example.org/hooks",
            "description": "",
            "events": list(WebhookSubscription.Event.values),
            "secret": "x",
            "is_active": "on",
            "deliveries-TOTAL_FORMS": "0",
            "deliveries-INITIAL_FORMS": "0",
            **fields,
        }

    def test_a_guessable_secret_is_a_form_error_on_the_secret(self, editor_client):
        response = editor_client.post(url(WebhookSubscription, "add"), self.data())
        assert response.status_code == 200
        assert "at least 32 characters" in str(form_errors(response)["secret"])
        assert not WebhookSubscription.objects.exists()

    def test_a_subscription_is_made_and_changed_by_the_services(self, editor_client):
        secret = "k3J9-qP0vX7zL2mN8rT5wY1bC4dF6gH0"
        response = editor_client.post(url(WebhookSubscription, "add"), self.data(secret=secret))
        assert response.status_code == 302, form_errors(response)
        subscription = WebhookSubscription.objects.get()
        assert (subscription.secret, subscription.created_by) == (secret, editor_client.user)
        change = url(WebhookSubscription, "change", subscription.pk)
        response = editor_client.post(change, self.data(secret="x"))
        assert "at least 32 characters" in str(form_errors(response)["secret"])
        subscription.refresh_from_db()
        assert subscription.secret == secret

    def test_a_page_that_is_not_saved_undoes_the_service(self, editor_client):
        """The service runs while the form is validated; an invalid inline undoes its write."""
        data = self.data(secret="k3J9-qP0vX7zL2mN8rT5wY1bC4dF6gH0")
        del data["deliveries-TOTAL_FORMS"]
        response = editor_client.post(url(WebhookSubscription, "add"), data)
        assert response.status_code == 200
        assert "ManagementForm data is missing" in str(form_errors(response)["deliveries"])
        assert not WebhookSubscription.objects.exists()


class TestDeleting:
    def test_deleting_is_offered_only_through_a_delete_service(self, editor_client):
        from verification.models import ClaimStatusChange, Rating

        rating = Rating.objects.get(slug="false")
        assert editor_client.get(url(Rating, "delete", rating.pk)).status_code == 200
        # The audit trail has no delete service: no delete page.
        change = ClaimStatusChange.objects.first()
        if change is not None:
            assert editor_client.get(url(ClaimStatusChange, "delete", change.pk)).status_code == 403

    def test_a_refused_delete_is_a_message_and_deletes_nothing(self, client):
        from tests.admin.helpers import grant

        team = Team.objects.create(name="Caucasus desk")
        reviewer = make_reviewer()  # staff with the permission, but not an editor
        grant(reviewer, "verification.view_team", "verification.delete_team")
        client.force_login(reviewer)
        response = client.post(url(Team, "delete", team.pk), {"post": "yes"}, follow=True)
        assert response.status_code == 200
        assert "was not deleted: Only editors manage teams." in response.content.decode()
        assert Team.objects.filter(pk=team.pk).exists()
        response = client.post(
            url(Team, "changelist"),
            {"action": "delete_selected", "_selected_action": [team.pk], "post": "yes"},
            follow=True,
        )
        assert "was not deleted: Only editors manage teams." in response.content.decode()
        assert "Deleted 0; 1 refused" in response.content.decode()
        assert "Successfully deleted" not in response.content.decode()
        assert Team.objects.filter(pk=team.pk).exists()

    def test_a_team_is_deleted_and_its_members_set_through_the_services(self, editor_client):
        from tests.test_writes_through_services import writes_watched

        reviewer = make_reviewer()
        with writes_watched() as outside:
            response = editor_client.post(
                url(Team, "add"), {"name": "Caucasus desk", "members": [reviewer.pk]}
            )
            assert response.status_code == 302, form_errors(response)
            team = Team.objects.get()
            assert list(team.members.all()) == [reviewer]
            response = editor_client.post(url(Team, "delete", team.pk), {"post": "yes"})
            assert response.status_code == 302
        assert not Team.objects.exists()
        assert outside == []

    def test_a_team_member_outside_the_desk_is_a_form_error(self, editor_client):
        from tests.factories import make_user

        outsider = make_user()
        response = editor_client.post(url(Team, "add"), {"name": "Desk", "members": [outsider.pk]})
        assert response.status_code == 200
        assert "Not reviewers or editors" in str(form_errors(response)["members"])
        assert not Team.objects.exists()


class TestSourceAliases:
    def test_the_alias_inline_adds_renames_and_removes_through_the_services(self, editor_client):
        from sources.models import Source, SourceAlias
        from tests.admin.test_saves import change_form
        from tests.factories import make_source
        from tests.test_writes_through_services import writes_watched

        source = make_source("Ministry of Defence of Azerbaijan", aliases=["Baku", "MoD AZ"])
        data = change_form(editor_client, source)
        baku, mod = SourceAlias.objects.order_by("alias")
        rows = {data[f"aliases-{i}-id"]: i for i in range(2)}
        data[f"aliases-{rows[str(baku.pk)]}-alias"] = "Baku's ministry"
        data[f"aliases-{rows[str(mod.pk)]}-DELETE"] = "on"
        data["aliases-2-alias"] = "Azerbaijani MoD"
        with writes_watched() as outside:
            response = editor_client.post(url(Source, "change", source.pk), data)
        assert response.status_code == 302, form_errors(response)
        assert sorted(source.aliases.values_list("alias", flat=True)) == [
            "Azerbaijani MoD",
            "Baku's ministry",
        ]
        assert outside == []
