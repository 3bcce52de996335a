"""The annotation form's label list, in a real Chromium: the reviewer sees what Enter saves.

The admin's stylesheet gives every select one row's height; the list must show several rows,
with the chosen label among them and highlighted, however the filter narrows it and wherever
the list has been scrolled.
"""

import pytest

from annotations.models import Annotation
from tests.browser.conftest import log_in
from tests.browser.test_annotate import ARMENIAN, annotate_page
from tests.factories import make_document, make_reviewer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

# The list's rendered height, a row's height, and the chosen label: its value, whether its row
# lies wholly inside the list's visible rows, and the colours it is drawn in.
LIST_JS = """() => {
  const select = document.getElementById('annotate-label');
  const option = select.selectedOptions[0] || null;
  const frame = select.getBoundingClientRect();
  const top = frame.top + select.clientTop;
  const row = option ? option.getBoundingClientRect() : null;
  const shown = Array.from(select.options).filter(o => !o.hidden);
  return {
    height: frame.height,
    rowHeight: shown.length ? shown[0].getBoundingClientRect().height : 0,
    shown: shown.map(o => o.value),
    value: select.value,
    name: option ? option.textContent : null,
    inView: Boolean(row) && !option.hidden && row.height > 0
      && row.top >= top - 0.5 && row.bottom <= top + select.clientHeight + 0.5,
    background: option ? getComputedStyle(option).backgroundColor : null,
    listBackground: getComputedStyle(select).backgroundColor,
  };
}"""


@pytest.fixture
def open_form(page):
    """A reviewer on a document's annotation page with the form open on a phrase."""
    reviewer = make_reviewer()
    document = make_document(ARMENIAN, language="hy")
    log_in(page, reviewer)
    annotate_page(page, document)
    page.focus("#annotate-text")
    page.keyboard.press("Shift+ArrowRight")  # the flag
    page.keyboard.press("Control+Shift+ArrowRight")  # and the first word
    page.keyboard.press("Enter")
    page.wait_for_selector("#annotate-form:not([hidden])")
    return reviewer, document


def assert_highlighted_in_view(state: dict) -> None:
    assert state["inView"], state
    assert state["background"] not in ("rgba(0, 0, 0, 0)", "transparent", state["listBackground"])


def test_the_list_shows_several_rows_and_enter_saves_the_highlighted_label(page, open_form):
    reviewer, document = open_form
    opened = page.evaluate(LIST_JS)
    assert opened["rowHeight"] > 10
    assert opened["height"] >= 8 * opened["rowHeight"], opened
    assert_highlighted_in_view(opened)

    page.keyboard.type("fram")  # provocation, occupation and liberation framing
    page.keyboard.press("ArrowDown")
    chosen = page.evaluate(LIST_JS)
    assert len(chosen["shown"]) >= 3 and chosen["value"] == chosen["shown"][1]
    assert chosen["height"] == opened["height"]  # narrowed, the list keeps its rows
    assert_highlighted_in_view(chosen)
    page.keyboard.press("Enter")
    page.wait_for_selector("#annotate-status:has-text('Saved')")

    annotation = Annotation.objects.get(document=document)
    assert (annotation.label.slug, annotation.annotator) == (chosen["value"], reviewer)
    assert page.text_content("#annotate-status").endswith(f"as {chosen['name']}.")


def test_moving_past_the_last_row_brings_the_label_into_view(page, open_form):
    _, document = open_form
    for _ in range(14):  # more labels than the list has rows
        page.keyboard.press("ArrowDown")
    chosen = page.evaluate(LIST_JS)
    assert chosen["value"] == chosen["shown"][14]
    assert_highlighted_in_view(chosen)
    page.keyboard.press("Enter")
    page.wait_for_selector("#annotate-status:has-text('Saved')")
    assert Annotation.objects.get(document=document).label.slug == chosen["value"]


def test_enter_does_not_save_a_label_scrolled_out_of_view(page, open_form):
    """The list scrolls by itself (the mouse wheel): Enter first shows the chosen label."""
    _, document = open_form
    for _ in range(14):
        page.keyboard.press("ArrowDown")
    # The page brings the chosen row into view after each key; once it has, scroll it away.
    page.wait_for_function(f"() => ({LIST_JS})().inView")
    chosen = page.evaluate(LIST_JS)
    page.eval_on_selector("#annotate-label", "select => { select.scrollTop = 0; }")
    page.wait_for_function(f"() => !({LIST_JS})().inView")

    page.keyboard.press("Enter")
    error = page.wait_for_selector("#annotate-error:not([hidden])")
    assert chosen["name"] in error.text_content()
    assert not Annotation.objects.filter(document=document).exists()
    again = page.evaluate(LIST_JS)
    assert again["value"] == chosen["value"]
    assert_highlighted_in_view(again)

    page.keyboard.press("Enter")
    page.wait_for_selector("#annotate-status:has-text('Saved')")
    assert Annotation.objects.get(document=document).label.slug == chosen["value"]


def test_the_error_box_shows_only_with_a_message(page, open_form):
    assert not page.is_visible("#annotate-error")
    assert page.eval_on_selector("#annotate-error", "e => e.getBoundingClientRect().height") == 0

    page.keyboard.type("no label is called this")
    assert page.evaluate(LIST_JS)["shown"] == []
    page.keyboard.press("Enter")
    assert page.is_visible("#annotate-error")
    assert page.text_content("#annotate-error") == (
        "Choose a label: no label matches what you typed."
    )
