"""The demo desk's framing walk-through, as its people would do it in the admin.

A reviewer opens Baku's statement, tags a phrase by selecting it, runs the lexicon, accepts its
suggestions there and in Yerevan's statement; the editor then compares the two ministries'
framing profiles side by side.
"""

import pytest
from django.contrib.auth import get_user_model

from annotations.models import Annotation, FramingLabel
from annotations.profiles import framing_profiles
from demo import content
from demo.loader import load_demo
from sources.models import Document, Source
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
    page.wait_for_selector("#annotate-status:has-text('suggestions accepted')")

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
    page.wait_for_selector("figure.parallax-profile-chart svg")

    table = page.locator("h2:has-text('By label: Own words') + table")
    headers = table.locator("thead th[scope=col]").all_text_contents()
    assert all(header.startswith(name) for header, name in zip(headers, SIDES, strict=True))
    shown = {
        row.locator("th").text_content(): [spans(cell) for cell in row.locator("td").all()]
        for row in table.locator("tbody tr").all()
    }
    # The figures are each ministry's own words: its statements and what the wire and RIA
    # quoted of it, each occurrence once (the reviewer's span and the lexicon's suggestion
    # on "adequate measures" in the wire story are one).
    expected = {}
    for profile in framing_profiles(Source.objects.filter(name__in=SIDES)):
        for slug, count in profile.own.labels.items():
            name = FramingLabel.objects.get(slug=slug).name
            expected.setdefault(name, [0, 0])[SIDES.index(profile.source.name)] = count
    assert shown == expected
    wire = Document.objects.get(title=content.DOCUMENTS[content.ARTICLE_KEY]["title"])
    quoted = Annotation.objects.get(document=wire, quote="adequate measures", origin="manual")
    assert quoted.label.name in shown and shown[quoted.label.name][1] >= 1
    assert "Caucasus Wire Desk" not in headers

    # The chart: a bar per ministry and category with its value, a whisker across the bar's
    # end, and an axis under it.
    chart = page.locator("figure.parallax-profile-chart").first
    assert chart.locator("figcaption").text_content().startswith("Own words")
    bars = chart.locator("svg[role=img] rect")
    assert bars.count() >= 2
    titles = [bars.nth(i).locator("title").text_content() for i in range(bars.count())]
    assert any(title.startswith(content.AZ_MOD) for title in titles)
    assert any(title.startswith(content.AM_MOD) for title in titles)
    drawn = set()
    for i in range(bars.count()):
        bar = bars.nth(i).bounding_box()
        whisker = chart.locator("svg[role=img] line[stroke='#333']").nth(i).bounding_box()
        assert whisker["x"] <= bar["x"] + bar["width"] <= whisker["x"] + whisker["width"] + 0.5
        if bar["width"] > 0:
            drawn.add(titles[i].split(",")[0])
    assert drawn == set(SIDES)
    assert "95% interval" in chart.locator("svg[role=img]").text_content()
    assert (
        chart.locator("svg[role=img] text[text-anchor=middle]").count() >= 3
    )  # axis ticks and title


def spans(cell) -> int:
    """A profile cell reads "rate (count; low–high)", or "·" for none."""
    text = cell.text_content().strip()
    return 0 if text == "·" else int(text.split("(", 1)[1].split(";")[0])
