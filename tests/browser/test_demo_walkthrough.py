"""The demo desk's framing walk-through, as its people would do it in the admin.

A reviewer opens Baku's statement, tags a phrase by selecting it, runs the lexicon, accepts its
suggestions there and in Yerevan's statement; the editor then compares the two ministries'
framing profiles side by side.
"""

import pytest
from django.contrib.auth import get_user_model

from annotations.models import Annotation
from demo import content
from demo.loader import load_demo
from sources.models import Document
from tests.browser.conftest import log_in, select_with_mouse

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

BLAME = "Responsibility for the tension lies entirely with the Armenian side"
SIDES = [content.AM_MOD, content.AZ_MOD]


def password_of(username: str) -> str:
    return next(spec["password"] for spec in content.USERS if spec["username"] == username)


def open_statement(page, title: str) -> None:
    page.goto("/admin/sources/document/")
    page.click(f"text={title}")
    page.click("text=Annotate framing")
    page.wait_for_selector("#annotate-text")


def test_reviewer_annotates_and_accepts_then_editor_compares_baku_and_yerevan(new_page, settings):
    settings.DEBUG = True  # the demo's known passwords exist only in debug
    load_demo(with_users=True)
    users = get_user_model().objects
    reviewer, editor = users.get(username=content.REVIEWER), users.get(username=content.EDITOR)
    baku = Document.objects.get(title=content.DOCUMENTS[content.BAKU_STATEMENT_KEY]["title"])
    yerevan = Document.objects.get(title=content.DOCUMENTS[content.YEREVAN_STATEMENT_KEY]["title"])

    page = new_page()
    log_in(page, reviewer, password_of(content.REVIEWER))

    open_statement(page, baku.title)
    select_with_mouse(page, "#annotate-text", BLAME)
    page.keyboard.type("one-sided")
    page.keyboard.press("Enter")
    page.wait_for_selector("#annotate-status:has-text('Saved')")
    page.click("button[data-action=suggest]")
    page.wait_for_selector("#annotate-status:has-text('Lexicon run requested')")
    page.click("button[data-action=accept-all]")
    page.wait_for_selector("#annotate-status:has-text('4 suggestions accepted')")

    open_statement(page, yerevan.title)
    page.click("button[data-action=accept-all]")
    page.wait_for_selector("#annotate-status:has-text('suggestions accepted')")

    tagged = Annotation.objects.get(document=baku, origin="manual")
    assert (tagged.quote, tagged.label.slug, tagged.annotator) == (
        BLAME,
        "one-sided-blame",
        reviewer,
    )
    assert not Annotation.objects.filter(document__in=[baku, yerevan], state="suggested").exists()

    page = new_page()
    log_in(page, editor, password_of(content.EDITOR))
    page.goto("/admin/annotations/annotation/")
    page.click("text=Framing profiles")
    page.select_option("#id_sources", label=SIDES)
    page.click("button:has-text('Compare')")
    page.wait_for_selector("svg")

    table = page.locator("h2:has-text('By label') + table")
    headers = table.locator("thead th[scope=col]").all_text_contents()
    assert all(header.startswith(name) for header, name in zip(headers, SIDES, strict=True))
    counts = {
        row.locator("th").text_content(): [spans(cell) for cell in row.locator("td").all()]
        for row in table.locator("tbody tr").all()
    }
    bars = page.locator("svg rect title").all_text_contents()

    # Columns: Yerevan, then Baku (sources by name). Baku's blame is the reviewer's span and
    # "aggressor"; both call the other side's actions provocations.
    assert counts == {
        "Enemy othering": [1, 0],
        "Military euphemism": [0, 1],
        "One-sided blame": [0, 2],
        "Provocation framing": [1, 2],
    }
    assert any(bar.startswith(content.AZ_MOD) for bar in bars)
    assert any(bar.startswith(content.AM_MOD) for bar in bars)


def spans(cell) -> int:
    """A profile cell reads "rate (count)", or "·" for none."""
    text = cell.text_content().strip()
    return 0 if text == "·" else int(text.rsplit("(", 1)[1].rstrip(")"))
