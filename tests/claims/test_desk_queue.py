"""What waits for each person on the admin's home page and on "My queue": the proposals an
editor may approve (not their own: four-eyes), the ratings sent back to their reviewer, the
open tasks."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from claims.status import Status
from tests.claims.workflow_helpers import RATIONALE, assign, claim_at, rating
from tests.factories import make_claim, make_editor, make_reviewer
from verification.services import claim_transition

pytestmark = pytest.mark.django_db

HOME = "admin:index"
MY_QUEUE = "admin:verification_verificationtask_my_queue"
PAGES = (HOME, MY_QUEUE)


@pytest.fixture
def people():
    return {
        "editor": make_editor("erin"),
        "other editor": make_editor("olga"),
        "reviewer": make_reviewer("ani"),
        "other reviewer": make_reviewer("mher"),
    }


def proposed(people, by, summary: str, *, rationale: str = RATIONALE):
    """A claim whose rating ``by`` proposed (assigned to them by the other editor)."""
    claim = make_claim(summary=summary)
    assign(claim, editor=people["other editor"], reviewer=by)
    claim_transition(claim=claim, name="start_review", actor=by)
    claim_transition(claim=claim, name="propose", actor=by, rating=rating(), rationale=rationale)
    return claim


def sent_back(people, by, summary: str, comment: str = "Cite the image date."):
    claim = proposed(people, by, summary)
    claim_transition(claim=claim, name="send_back", actor=people["other editor"], comment=comment)
    return claim


def section(page: str, heading: str) -> str:
    """The part of the page from ``heading`` to the end of its section."""
    start = page.index(f">{heading}</h2>")
    return page[start : page.index("</section>", start)]


def page_of(client, user, url_name: str = HOME) -> str:
    client.force_login(user)
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    return response.content.decode()


class TestAwaitingMyApproval:
    @pytest.mark.parametrize("url_name", PAGES)
    def test_others_proposals_oldest_first_with_rating_rationale_proposer_and_link(
        self, client, people, url_name
    ):
        first = proposed(people, people["reviewer"], "Shelling of Tovuz at dawn")
        second = proposed(
            people,
            people["other reviewer"],
            "Drone strike near Sotk",
            rationale="Video geolocated to the ridge. " * 20,
        )
        # Sent back and proposed again: its proposal is now the newest.
        claim_transition(
            claim=first, name="send_back", actor=people["other editor"], comment="Add a source."
        )
        claim_transition(
            claim=first,
            name="propose",
            actor=people["reviewer"],
            rating=rating("mostly-false"),
            rationale="Revised <b>twice</b>.",
        )
        claim_at(
            Status.PUBLISHED,
            editor=people["other editor"],
            reviewer=people["reviewer"],
            publisher=people["other editor"],
            summary="Already published claim",
        )

        listed = section(page_of(client, people["editor"], url_name), "Awaiting my approval")

        assert listed.index("Drone strike near Sotk") < listed.index("Shelling of Tovuz at dawn")
        assert "Already published claim" not in listed
        for claim in (first, second):
            assert reverse("admin:claims_claim_change", args=[claim.pk]) in listed
        assert "Mostly false" in listed
        assert "<td>ani</td>" in listed and "<td>mher</td>" in listed
        assert "Revised &lt;b&gt;twice&lt;/b&gt;." in listed
        # The rationale is shortened.
        assert "Video geolocated to the ridge. " * 3 in listed
        assert "Video geolocated to the ridge. " * 8 not in listed

    def test_the_editors_own_proposal_is_apart_with_its_note(self, client, people):
        editor = people["editor"]
        mine = proposed(people, editor, "My own proposal on Kalbajar")
        theirs = proposed(people, people["reviewer"], "A reviewer's proposal on Lachin")

        page = page_of(client, editor)
        listed = section(page, "Awaiting my approval")
        own = listed[listed.index("Your proposals: another editor must publish them") :]
        to_approve = listed[: listed.index("Your proposals")]
        assert "My own proposal on Kalbajar" not in to_approve
        assert "Lachin" in to_approve
        assert "My own proposal on Kalbajar" in own
        assert "your proposal: another editor must publish it" in own
        # For the other editor it is an ordinary proposal to approve.
        other = section(page_of(client, people["other editor"]), "Awaiting my approval")
        assert "My own proposal on Kalbajar" in other and "Lachin" in other
        assert "Your proposals" not in other
        for claim in (mine, theirs):
            assert reverse("admin:claims_claim_change", args=[claim.pk]) in other

    def test_empty_says_so_and_reviewers_have_no_such_list(self, client, people):
        page = page_of(client, people["editor"])
        assert "No rating proposed by someone else waits for your approval." in page
        proposed(people, people["reviewer"], "Waiting claim")
        assert "Awaiting my approval" not in page_of(client, people["reviewer"])


class TestSentBackToMe:
    @pytest.mark.parametrize("url_name", PAGES)
    def test_the_reviewers_sent_back_ratings_with_the_editors_comment(
        self, client, people, url_name
    ):
        reviewer = people["reviewer"]
        older = sent_back(people, reviewer, "Older send-back", "Cite <i>the</i> image date.")
        newer = sent_back(people, reviewer, "Newer send-back", "Which village?")
        sent_back(people, people["other reviewer"], "Someone else's send-back")
        again = sent_back(people, reviewer, "Revised already")
        claim_transition(
            claim=again, name="propose", actor=reviewer, rating=rating(), rationale="Revised."
        )
        proposed(people, reviewer, "Never sent back")

        listed = section(page_of(client, reviewer, url_name), "Sent back to me")

        assert listed.index("Older send-back") < listed.index("Newer send-back")
        assert "Cite &lt;i&gt;the&lt;/i&gt; image date." in listed
        assert "Which village?" in listed and "<td>olga</td>" in listed
        for claim in (older, newer):
            assert reverse("admin:claims_claim_change", args=[claim.pk]) in listed
        for absent in ("Someone else", "Revised already", "Never sent back"):
            assert absent not in listed

    def test_empty_for_a_reviewer_and_hidden_for_an_editor_with_nothing(self, client, people):
        assert "No rating of yours was sent back" in page_of(client, people["reviewer"])
        assert "Sent back to me" not in page_of(client, people["editor"])
        sent_back(people, people["editor"], "The editor's own rating, sent back")
        listed = section(page_of(client, people["editor"]), "Sent back to me")
        assert "The editor&#x27;s own rating, sent back" in listed

    def test_a_reopened_claim_is_not_sent_back(self, client, people):
        claim = claim_at(
            Status.PUBLISHED,
            editor=people["other editor"],
            reviewer=people["reviewer"],
            publisher=people["editor"],
            summary="Reopened, not sent back",
        )
        claim_transition(claim=claim, name="reopen", actor=people["editor"], comment="New video.")
        page = page_of(client, people["reviewer"])
        assert "Reopened, not sent back" not in section(page, "Sent back to me")
        assert "Reopened, not sent back" in section(page, "My queue")


class TestQueriesDoNotGrowWithRows:
    """The home page and "My queue", pinned at one row of each list and at four."""

    def fill(self, people, n: int) -> None:
        editor, reviewer = people["editor"], people["reviewer"]
        for i in range(n):
            proposed(people, people["other reviewer"], f"To approve {i}")
            proposed(people, editor, f"Editor's own {i}")
            sent_back(people, reviewer, f"Sent back to the reviewer {i}")
            sent_back(people, editor, f"Sent back to the editor {i}")
            assign(make_claim(), editor=people["other editor"], reviewer=reviewer)
            assign(make_claim(), editor=people["other editor"], reviewer=editor)

    @pytest.mark.parametrize(
        ("who", "url_name", "expected"),
        [
            ("editor", HOME, 10),
            ("editor", MY_QUEUE, 7),
            ("reviewer", HOME, 8),
            ("reviewer", MY_QUEUE, 5),
        ],
    )
    def test_pinned(self, client, people, django_assert_num_queries, who, url_name, expected):
        client.force_login(people[who])
        url = reverse(url_name)
        self.fill(people, 1)
        with django_assert_num_queries(expected):
            one = client.get(url).content.decode()
        self.fill(people, 3)
        with django_assert_num_queries(expected):
            four = client.get(url).content.decode()
        heading, mark = (
            ("Awaiting my approval", "To approve")
            if who == "editor"
            else ("Sent back to me", "Sent back to the reviewer")
        )
        counts = [section(page, heading).count(mark) for page in (one, four)]
        assert counts == [1, 4]


def test_the_escaped_summary_links_to_the_claim(client, people):
    claim = proposed(people, people["reviewer"], "Baku's <script>claim</script>")
    listed = section(page_of(client, people["editor"]), "Awaiting my approval")
    assert escape("Baku's <script>claim</script>") in listed
    assert f"#{claim.pk} " in listed
