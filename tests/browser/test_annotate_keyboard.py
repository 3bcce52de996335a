"""Selecting and labelling a span with the keyboard alone, in a real Chromium.

The text is not editable, so the page moves the caret itself (annotate.js): these tests press
real keys and check the span that reaches the database, after characters outside the Basic
Multilingual Plane so that any slip between UTF-16 units and code points shows.
"""

import pytest

from annotations.models import Annotation
from tests.browser.conftest import PHRASE_ENDS_JS, log_in
from tests.browser.test_annotate import ARMENIAN, annotate_page
from tests.factories import framing_label, make_document, make_reviewer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

ACTIVE_ID = "() => document.activeElement && document.activeElement.id"


def visible_labels(page) -> list[str]:
    return page.eval_on_selector(
        "#annotate-label",
        "select => Array.from(select.options).filter(o => !o.hidden).map(o => o.value)",
    )


def choose_second_label_and_save(page) -> str:
    """In the open form: narrow the labels, move down one with the arrow key, press Enter."""
    assert page.evaluate(ACTIVE_ID) == "annotate-label-filter"
    page.keyboard.type("framing")
    shown = visible_labels(page)
    assert len(shown) >= 2
    assert page.input_value("#annotate-label") == shown[0]
    page.keyboard.press("ArrowDown")
    assert page.input_value("#annotate-label") == shown[1]
    page.keyboard.press("Enter")
    page.wait_for_selector("#annotate-status:has-text('Saved')")
    return shown[1]


@pytest.fixture
def reviewer_on_the_page(page):
    for slug in ("occupation-framing", "provocation-framing", "liberation-framing"):
        framing_label(slug)
    reviewer = make_reviewer()
    document = make_document(ARMENIAN, language="hy")
    log_in(page, reviewer)
    annotate_page(page, document)
    return reviewer, document


def test_a_click_places_the_caret_and_shift_arrows_select(page, reviewer_on_the_page):
    reviewer, document = reviewer_on_the_page
    phrase = "villages were occupied"
    ends = page.evaluate(PHRASE_ENDS_JS, ["#annotate-text", phrase])
    page.mouse.click(ends["x1"] - 0.5, ends["y1"])  # the left edge of the "v": caret before it

    assert page.evaluate(ACTIVE_ID) == "annotate-text"
    outline = page.eval_on_selector("#annotate-text", "e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"
    assert page.is_hidden("#annotate-form")  # a caret is no selection
    page.keyboard.down("Shift")
    for _ in range(len("villages")):
        page.keyboard.press("ArrowRight")
    page.keyboard.up("Shift")
    assert page.evaluate("() => getSelection().toString()") == "villages"
    assert page.is_hidden("#annotate-form")  # not until Enter: the selection can still grow
    page.keyboard.press("Control+Shift+ArrowRight")  # " were"
    page.keyboard.press("Control+Shift+ArrowRight")  # " occupied"
    page.keyboard.press("Enter")

    page.wait_for_selector("#annotate-form:not([hidden])")
    assert page.text_content("#annotate-quote") == phrase
    slug = choose_second_label_and_save(page)

    annotation = Annotation.objects.get(document=document)
    start = document.text.index(phrase)
    assert (annotation.start, annotation.end, annotation.quote) == (
        start,
        start + len(phrase),
        phrase,
    )
    assert (annotation.label.slug, annotation.annotator) == (slug, reviewer)
    assert page.evaluate(ACTIVE_ID) == "annotate-text"  # still in the text, for the next one


def test_tab_to_the_text_then_select_from_its_start(page, reviewer_on_the_page):
    """Tabbing to the text puts the caret at its start; Escape comes back to it."""
    _, document = reviewer_on_the_page
    # In the tab order the text comes just before the side panel's first button.
    page.focus("button[data-action=suggest]")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(ACTIVE_ID) == "annotate-text"

    # The flag is one key press (two code points, four UTF-16 units), then the space and a word.
    for key in ("Shift+ArrowRight", "Shift+ArrowRight", "Control+Shift+ArrowRight"):
        page.keyboard.press(key)
    page.keyboard.press("Enter")
    page.wait_for_selector("#annotate-form:not([hidden])")
    phrase = "🇦🇲 Հայաստանի"
    assert page.text_content("#annotate-quote") == phrase
    assert page.text_content("#annotate-offsets") == "(characters 0–12)"

    page.keyboard.press("Escape")
    assert page.is_hidden("#annotate-form")
    assert page.evaluate(ACTIVE_ID) == "annotate-text"
    page.keyboard.press("Enter")  # the selection is still there
    page.wait_for_selector("#annotate-form:not([hidden])")
    slug = choose_second_label_and_save(page)

    annotation = Annotation.objects.get(document=document)
    assert (annotation.start, annotation.end, annotation.quote) == (0, len(phrase), phrase)
    assert document.text[: len(phrase)] == phrase and len(phrase) == 12
    assert annotation.label.slug == slug


CARET_JS = """() => {
  const caret = document.querySelector('.reading-caret');
  if (caret.hidden) return null;
  const drawn = caret.getBoundingClientRect();
  const where = getSelection().getRangeAt(0).getClientRects()[0];
  return {x: drawn.left, top: drawn.top, height: drawn.height,
          wantX: where.left, wantTop: where.top, wantHeight: where.height};
}"""


def test_the_caret_is_drawn_where_the_keys_move_it(page, reviewer_on_the_page):
    """Text that is not editable shows no caret of its own: the page draws it."""
    assert page.evaluate(CARET_JS) is None
    page.focus("button[data-action=suggest]")
    page.keyboard.press("Shift+Tab")
    at_start = page.evaluate(CARET_JS)
    text_left = page.eval_on_selector("#annotate-text", "e => e.getBoundingClientRect().left")
    assert at_start is not None and at_start["height"] > 10
    assert at_start["x"] > text_left  # inside the text, at its first character
    for key in ("ArrowRight", "Control+ArrowRight"):  # past the flag, then past the first word
        page.keyboard.press(key)
    moved = page.evaluate(CARET_JS)
    assert moved["x"] > at_start["x"] + 20
    for caret in (at_start, moved):
        assert abs(caret["x"] - caret["wantX"]) < 1.5
        assert abs(caret["top"] - caret["wantTop"]) < 1.5
        assert abs(caret["height"] - caret["wantHeight"]) < 1.5
    page.keyboard.press("ArrowDown")  # the next line
    assert page.evaluate(CARET_JS)["top"] > moved["top"]

    page.keyboard.press("Shift+ArrowRight")  # a selection shows itself: no caret
    assert page.evaluate(CARET_JS) is None
    page.keyboard.press("ArrowLeft")
    assert page.evaluate(CARET_JS) is not None
    page.focus("button[data-action=suggest]")  # the text loses the focus, and the caret
    assert page.evaluate(CARET_JS) is None
