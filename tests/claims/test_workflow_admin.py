from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from claims.services import claim_pair_create
from claims.status import Status
from tests.claims.workflow_helpers import RATIONALE, claim_at, rating
from tests.factories import make_claim, make_editor, make_reviewer
from verification import rules
from verification.models import ClaimStatusChange, Team, Verdict, VerificationTask
from verification.services import claim_transition, task_assign
from verification.workflow import TRANSITIONS

MY_QUEUE = "admin:verification_verificationtask_my_queue"
TAKE_NEXT = "admin:verification_verificationtask_take_next"

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {"editor": make_editor(), "publisher": make_editor(), "reviewer": make_reviewer()}


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def post_transition(client, claim, name, **fields):
    claim.refresh_from_db()
    data = {"name": name, "version": claim.workflow_version, **fields}
    return client.post(reverse("admin:claims_claim_transition", args=[claim.pk]), data)


def buttons(response) -> set[str]:
    html = response.content.decode()
    return {
        name
        for name in (
            "accept",
            "dismiss",
            "start_review",
            "propose",
            "not_checkable",
            "send_back",
            "publish",
            "reopen",
        )
        if f'name="name" value="{name}"' in html
    }


class TestButtons:
    def test_a_reviewer_sees_exactly_their_transitions(self, client, people):
        claim = claim_at(
            Status.IN_REVIEW,
            editor=people["editor"],
            reviewer=people["reviewer"],
            publisher=people["publisher"],
        )
        client.force_login(people["reviewer"])
        assert buttons(client.get(change_url(claim))) == {"propose", "not_checkable"}

    def test_an_editor_sees_publish_and_send_back_but_not_on_their_own_rating(self, client, people):
        claim = claim_at(
            Status.AWAITING_APPROVAL,
            editor=people["editor"],
            reviewer=people["reviewer"],
            publisher=people["publisher"],
        )
        client.force_login(people["editor"])
        assert buttons(client.get(change_url(claim))) == {"publish", "send_back"}
        client.force_login(people["reviewer"])
        assert buttons(client.get(change_url(claim))) == set()

    def test_the_proposer_is_not_offered_publish(self, client, people):
        editor = people["editor"]
        claim = make_claim()
        client.force_login(editor)
        post_transition(client, claim, "start_review")
        post_transition(client, claim, "propose", rating=rating().pk, rationale=RATIONALE)
        assert buttons(client.get(change_url(claim))) == {"send_back"}

    def test_the_comment_box_says_which_offered_steps_need_a_comment(self, client, people):
        claim = claim_at(
            Status.AWAITING_APPROVAL,
            editor=people["editor"],
            reviewer=people["reviewer"],
            publisher=people["publisher"],
        )
        client.force_login(people["editor"])
        html = client.get(change_url(claim)).content.decode()
        assert "Comment (required to send back)</label>" in html
        claim_transition(claim=claim, name="publish", actor=people["editor"])
        html = client.get(change_url(claim)).content.decode()
        assert "Comment (required to reopen)</label>" in html


class TestTransitionsFromTheAdmin:
    def test_reviewer_proposes_editor_publishes_and_history_shows_each_step(self, client, people):
        claim = claim_at(
            Status.NEW,
            editor=people["editor"],
            reviewer=people["reviewer"],
            publisher=people["publisher"],
        )
        client.force_login(people["reviewer"])
        post_transition(client, claim, "start_review")
        response = post_transition(
            client,
            claim,
            "propose",
            rating=rating().pk,
            rationale=RATIONALE,
            evidence="https://example.org/a\n\nhttps://example.org/b\n",
        )
        assert response.status_code == 302
        client.force_login(people["publisher"])
        post_transition(client, claim, "publish", comment="Checked the imagery.")

        claim.refresh_from_db()
        assert claim.status == Status.PUBLISHED
        verdict = Verdict.objects.get(claim=claim)
        assert verdict.evidence == ["https://example.org/a", "https://example.org/b"]
        page = client.get(change_url(claim)).content.decode()
        assert [c.transition for c in ClaimStatusChange.objects.filter(claim=claim)] == [
            "start_review",
            "propose",
            "publish",
        ]
        assert "Checked the imagery." in page
        assert "Published verdict v1" in page

    def test_an_error_changes_nothing_and_keeps_what_was_typed(self, client, people):
        claim = claim_at(
            Status.IN_REVIEW,
            editor=people["editor"],
            reviewer=people["reviewer"],
            publisher=people["publisher"],
        )
        client.force_login(people["reviewer"])
        typed = "A long rationale that must not be lost <b>really</b>"
        response = post_transition(client, claim, "propose", rationale=typed, evidence="not a link")
        page = client.get(response.url).content.decode()
        claim.refresh_from_db()
        assert claim.status == Status.IN_REVIEW
        assert "Nothing changed." in page
        assert "A long rationale that must not be lost &lt;b&gt;really&lt;/b&gt;" in page

    def test_a_stale_page_cannot_act(self, client, people):
        claim = claim_at(
            Status.AWAITING_APPROVAL,
            editor=people["editor"],
            reviewer=people["reviewer"],
            publisher=people["publisher"],
        )
        claim.refresh_from_db()
        stale = claim.workflow_version
        client.force_login(people["editor"])
        post_transition(client, claim, "send_back", comment="Redo.")
        client.force_login(people["reviewer"])
        post_transition(client, claim, "propose", rating=rating().pk, rationale="Again.")
        client.force_login(people["publisher"])
        response = client.post(
            reverse("admin:claims_claim_transition", args=[claim.pk]),
            {"name": "publish", "version": stale},
        )
        page = client.get(response.url).content.decode()
        assert "changed while you were looking" in page
        claim.refresh_from_db()
        assert claim.status == Status.AWAITING_APPROVAL

    def test_reviewer_cannot_publish_their_own(self, client, people):
        claim = claim_at(
            Status.AWAITING_APPROVAL,
            editor=people["editor"],
            reviewer=people["reviewer"],
            publisher=people["publisher"],
        )
        client.force_login(people["reviewer"])
        response = post_transition(client, claim, "publish")
        page = client.get(response.url).content.decode()
        assert "Only editors can publish." in page
        claim.refresh_from_db()
        assert claim.status == Status.AWAITING_APPROVAL

    def test_the_endpoint_refuses_get(self, client, people):
        client.force_login(people["editor"])
        response = client.get(reverse("admin:claims_claim_transition", args=[make_claim().pk]))
        assert response.status_code == 405


class TestQueueAndAssignment:
    def test_my_queue_lists_my_open_tasks_by_due_date_and_marks_overdue(self, client, people):
        today = timezone.localdate()
        late = make_claim(summary="Overdue claim about Kalbajar")
        soon = make_claim(summary="Claim due next week")
        task_assign(
            claims=[soon],
            actor=people["editor"],
            assignee=people["reviewer"],
            due_on=today + timedelta(days=7),
        )
        task_assign(
            claims=[late],
            actor=people["editor"],
            assignee=people["reviewer"],
            due_on=today - timedelta(days=1),
        )
        task_assign(
            claims=[make_claim(summary="Someone else's")],
            actor=people["editor"],
            assignee=make_reviewer(),
        )
        client.force_login(people["reviewer"])
        for url in (
            reverse("admin:verification_verificationtask_my_queue"),
            reverse("admin:index"),
        ):
            page = client.get(url).content.decode()
            assert page.index("Overdue claim about Kalbajar") < page.index("Claim due next week")
            assert page.count('class="parallax-overdue-flag"') == 1
            assert "Someone else&#x27;s" not in page and "Someone else's" not in page

    def test_a_task_about_a_pair_links_to_the_pair(self, client, people):
        pair = claim_pair_create(
            claim_a=make_claim(), claim_b=make_claim(), relation="contradicts", created_by=None
        )
        # No service assigns pair tasks yet; the model allows them, so the queue must show them.
        VerificationTask.objects.create(
            pair=pair, assignee=people["reviewer"], created_by=people["editor"]
        )
        client.force_login(people["reviewer"])
        for url in (
            reverse("admin:verification_verificationtask_my_queue"),
            reverse("admin:index"),
        ):
            page = client.get(url).content.decode()
            assert reverse("admin:claims_claimpair_change", args=[pair.pk]) in page
            assert f"Pair #{pair.pk}" in page

    def test_empty_queue_says_so(self, client, people):
        client.force_login(people["reviewer"])
        page = client.get(reverse("admin:verification_verificationtask_my_queue")).content.decode()
        assert "Nothing is assigned to you." in page

    def test_take_next_task_opens_the_claim(self, client, people):
        team = Team.objects.create(name="Caucasus desk")
        team.members.add(people["reviewer"])
        claim = make_claim()
        task_assign(claims=[claim], actor=people["editor"], team=team)
        client.force_login(people["reviewer"])
        response = client.post(reverse("admin:verification_verificationtask_take_next"))
        assert response.url == change_url(claim)
        assert VerificationTask.objects.get(claim=claim).assignee == people["reviewer"]
        response = client.post(
            reverse("admin:verification_verificationtask_take_next"), follow=True
        )
        assert "No unassigned task is waiting" in response.content.decode()

    def test_editor_assigns_several_claims_by_admin_action(self, client, people):
        team = Team.objects.create(name="Caucasus desk")
        team.members.add(people["reviewer"])
        claims = [make_claim(), make_claim()]
        client.force_login(people["editor"])
        changelist = reverse("admin:claims_claim_changelist")
        selection = {
            "action": "assign_for_verification",
            "_selected_action": [c.pk for c in claims],
        }
        form_page = client.post(changelist, selection)
        assert form_page.status_code == 200
        assert "Assign 2 claims" in form_page.content.decode()

        response = client.post(
            changelist,
            {
                **selection,
                "apply": "1",
                "team": team.pk,
                "assignee": people["reviewer"].pk,
                "due_on": "2031-05-01",
                "priority": "1",
                "instructions": "Compare both videos.",
            },
        )
        assert response.status_code == 302
        tasks = VerificationTask.objects.filter(claim__in=claims)
        assert tasks.count() == 2
        assert {(t.assignee, t.team, str(t.due_on), t.priority) for t in tasks} == {
            (people["reviewer"], team, "2031-05-01", 1)
        }

    def test_assignment_form_errors_keep_the_form(self, client, people):
        outsider = make_reviewer()
        team = Team.objects.create(name="Caucasus desk")
        claim = make_claim()
        client.force_login(people["editor"])
        response = client.post(
            reverse("admin:claims_claim_changelist"),
            {
                "action": "assign_for_verification",
                "_selected_action": [claim.pk],
                "apply": "1",
                "team": team.pk,
                "assignee": outsider.pk,
                "priority": "3",
            },
        )
        assert response.status_code == 200
        assert "is not a member of Caucasus desk" in response.content.decode()
        assert not VerificationTask.objects.exists()

    def test_reviewers_cannot_assign(self, client, people):
        client.force_login(people["reviewer"])
        client.post(
            reverse("admin:claims_claim_changelist"),
            {
                "action": "assign_for_verification",
                "_selected_action": [make_claim().pk],
                "apply": "1",
                "assignee": people["reviewer"].pk,
                "priority": "3",
            },
        )
        assert not VerificationTask.objects.exists()


def test_the_wording_of_a_published_claim_is_read_only_until_reopened(client, people):
    claim = claim_at(
        Status.PUBLISHED,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
    )
    client.force_login(people["editor"])
    assert 'name="summary"' not in client.get(change_url(claim)).content.decode()
    post_transition(client, claim, "reopen", comment="The quote was trimmed wrongly.")
    assert 'name="summary"' in client.get(change_url(claim)).content.decode()


def panel_of(client, user, claim) -> str:
    client.force_login(user)
    page = client.get(change_url(claim)).content.decode()
    start = page.index('<section class="parallax-workflow')
    return page[start : page.index("</section>", start)]


def claim_in(status, people, **fields):
    return claim_at(
        status,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
        **fields,
    )


class TestThePanelSaysWhy:
    """Where a step of the claim's state is not offered, the panel gives the reason the
    service would refuse it with (``rules.transition_refusal``)."""

    def test_the_proposer_reviewer_waits_for_an_editor(self, client, people):
        claim = claim_in(Status.AWAITING_APPROVAL, people)
        html = panel_of(client, people["reviewer"], claim)
        assert "<li>Only editors can send back or publish.</li>" in html
        assert "nothing you can do" not in html

    def test_the_proposer_editor_is_told_of_four_eyes(self, client, people):
        editor = people["editor"]
        claim = make_claim()
        claim_transition(claim=claim, name="start_review", actor=editor)
        claim_transition(
            claim=claim, name="propose", actor=editor, rating=rating(), rationale=RATIONALE
        )
        html = panel_of(client, editor, claim)
        reason = rules.transition_refusal(
            claim=claim, transition=TRANSITIONS["publish"], actor=editor
        )
        assert reason.startswith("You proposed this rating: another editor must publish")
        assert f"<li>{escape(reason)}</li>" in html
        assert buttons_in(html) == {"send_back"}

    def test_a_reviewer_is_told_whose_claim_it_is(self, client, people):
        claim = claim_in(Status.IN_REVIEW, people)
        other = make_reviewer("mher")
        html = panel_of(client, other, claim)
        reason = rules.transition_refusal(
            claim=claim, transition=TRANSITIONS["propose"], actor=other
        )
        assert reason == (
            f"This claim is assigned to {people['reviewer']}, not to you: ask an editor to "
            "reassign it."
        )
        # Propose and mark not checkable share the reason: it is said once.
        assert html.count(f"<li>{escape(reason)}</li>") == 1
        assert buttons_in(html) == set()

    def test_a_claim_in_a_teams_queue_says_so(self, client, people):
        team = Team.objects.create(name="Caucasus desk")
        claim = make_claim()
        task_assign(claims=[claim], actor=people["editor"], team=team)
        html = panel_of(client, people["reviewer"], claim)
        assert escape("it waits in Caucasus desk's queue") in html
        assert buttons_in(html) == set()

    def test_a_published_claim_tells_reviewers_that_editors_reopen(self, client, people):
        claim = claim_in(Status.PUBLISHED, people)
        html = panel_of(client, people["reviewer"], claim)
        assert "<li>Only editors can reopen.</li>" in html
        assert "parallax-refusals" not in panel_of(client, people["editor"], claim)

    def test_a_final_state_says_so(self, client, people):
        dismissed = claim_in(Status.DISMISSED, people)
        html = panel_of(client, people["editor"], dismissed)
        assert "Dismissed is a final state: no step leads on from it." in html


def buttons_in(html: str) -> set[str]:
    return {name for name in TRANSITIONS if f'name="name" value="{name}"' in html}


class TestHistoryShowsStepLabels:
    def test_the_panel_and_the_audit_admin_show_labels(self, client, people, superuser):
        claim = claim_in(Status.PUBLISHED, people)
        html = panel_of(client, people["editor"], claim)
        history = html[html.index("<h3>History</h3>") :]
        for label in ("Start review", "Propose rating", "Publish"):
            assert f"<td>{label}</td>" in history
        assert "start_review" not in history

        client.force_login(superuser)
        changelist = client.get(reverse("admin:verification_claimstatuschange_changelist"))
        page = changelist.content.decode()
        assert "Start review" in page and "Propose rating" in page
        assert ">start_review<" not in page
        change = ClaimStatusChange.objects.get(claim=claim, transition="start_review")
        detail = client.get(
            reverse("admin:verification_claimstatuschange_change", args=[change.pk])
        ).content.decode()
        assert "Start review" in detail and "start_review" not in detail
        filtered = client.get(
            reverse("admin:verification_claimstatuschange_changelist"),
            {"transition": "propose"},
        )
        assert list(filtered.context["cl"].result_list) == [
            ClaimStatusChange.objects.get(claim=claim, transition="propose")
        ]


class TestThePublishedVerdictOnTheClaimPage:
    def test_each_version_in_full_with_its_public_page(self, client, people):
        claim = claim_in(Status.PUBLISHED, people)
        claim_transition(claim=claim, name="reopen", actor=people["editor"], comment="New video.")
        claim_transition(
            claim=claim,
            name="propose",
            actor=people["reviewer"],
            rating=rating("mostly-false"),
            rationale="One shell <em>did</em> land.",
            evidence=["https://example.org/video?a=1&b=2"],
        )
        claim_transition(
            claim=claim,
            name="publish",
            actor=people["publisher"],
            correction_note="The video shows a crater.",
        )
        first, second = Verdict.objects.filter(claim=claim).order_by("version")

        html = panel_of(client, people["reviewer"], claim)

        latest = html[: html.index("parallax-earlier-verdict")]
        assert "Published verdict v2: <strong>Mostly false</strong>" in latest
        assert "One shell &lt;em&gt;did&lt;/em&gt; land." in latest
        assert 'href="https://example.org/video?a=1&amp;b=2"' in latest
        assert "Correction: The video shows a crater." in latest
        assert f"Proposed by {people['reviewer']}, approved by {people['publisher']}." in latest
        for verdict in (first, second):
            url = reverse("verdict-page", args=[verdict.pk])
            assert f'href="{url}"' in html
            assert client.get(url).status_code == 200
        earlier = html[html.index("parallax-earlier-verdict") :]
        assert "Published verdict v1: <strong>False</strong>" in earlier
        assert RATIONALE in earlier
