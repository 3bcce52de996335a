"""An editor reopens a published claim from its workflow panel and hands it to another
reviewer, who finds it on their home page and can revise the rating."""

import pytest
from django.urls import reverse

from claims.status import Status
from tests.browser.conftest import log_in
from tests.claims.workflow_helpers import claim_at
from tests.factories import make_editor, make_reviewer
from verification.models import VerificationTask

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_the_editor_reopens_and_reassigns_and_the_reviewer_finds_the_task(new_page):
    editor, publisher = make_editor("erin"), make_editor("olga")
    ani, mher = make_reviewer("ani"), make_reviewer("mher")
    claim = claim_at(
        Status.PUBLISHED,
        editor=editor,
        reviewer=ani,
        publisher=publisher,
        summary="Yerevan says Azerbaijani units shelled the post near Sotk",
    )
    claim_page = reverse("admin:claims_claim_change", args=[claim.pk])

    page = new_page()
    log_in(page, editor)
    page.goto(claim_page)
    panel = page.locator(".parallax-workflow")
    # The reviewer of the published rating is chosen unless the editor picks someone else.
    assert panel.locator("#id_assignee option:checked").inner_text() == "ani"
    panel.locator("#id_assignee").select_option(label="mher")
    panel.locator("#id_comment").fill("New footage: ani is away this week.")
    panel.get_by_role("button", name="Reopen").click()
    panel.get_by_text("Reopened: assigned to mher, who will revise the rating").wait_for()
    assert "correction note" in panel.locator(".parallax-next-step").inner_text()
    assert panel.locator(".parallax-history tbody tr").last.locator("td").nth(2).inner_text() == (
        "Reopen"
    )

    task = VerificationTask.objects.get(claim=claim, state=VerificationTask.State.OPEN)
    assert task.assignee == mher

    reviewer_page = new_page()
    log_in(reviewer_page, mher)
    reviewer_page.goto(reverse("admin:index"))
    queue = reviewer_page.locator("section.parallax-queue", has_text="My queue")
    queue.get_by_role("link", name=f"#{claim.pk} Yerevan says Azerbaijani units").click()
    reviewer_page.wait_for_url(f"**{claim_page}")
    buttons = reviewer_page.locator(".parallax-transition-buttons button")
    assert sorted(buttons.all_inner_texts()) == ["Mark not checkable", "Propose rating"]
