"""A long document's text is shown whole, in a real Chromium: no box of its own to scroll.

The text used to sit in a box of fixed height that hid most of a long document behind a scroll
area of its own. It now takes its natural height and the page scrolls; on the annotation page
the side panel (the form and the span list) stays in view beside it.
"""

import pytest
from django.urls import reverse

from annotations.models import Annotation
from tests.browser.conftest import log_in, select_with_mouse
from tests.browser.test_annotate import annotate_page
from tests.factories import make_document, make_editor, make_reviewer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

LONG = "\n\n".join(
    f"Report {number}: Baku and Yerevan gave two accounts of the firing near the border "
    "villages overnight, each blaming the other side for the provocation."
    for number in range(1, 61)
)
LAST = "Report 60: Baku and Yerevan"

TEXT_BOX_JS = """(selector) => {
  const box = document.querySelector(selector);
  return {scrollHeight: box.scrollHeight, clientHeight: box.clientHeight,
          height: box.getBoundingClientRect().height};
}"""

# Where the last report's first words are on screen once the page (the window, nothing inside
# it) is scrolled to bring them halfway down, and whether they are what is seen there.
LAST_WORDS_JS = """([selector, phrase]) => {
  const box = document.querySelector(selector);
  const node = Array.from(box.childNodes).find(n => n.nodeType === 3 && n.data.includes(phrase));
  const range = document.createRange();
  const at = node.data.indexOf(phrase);
  range.setStart(node, at);
  range.setEnd(node, at + phrase.length);
  window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 2);
  const rect = range.getBoundingClientRect();
  return {top: rect.top, bottom: rect.bottom, window: window.innerHeight,
          hit: box.contains(document.elementFromPoint(rect.left + 2, rect.top + rect.height / 2))};
}"""


def assert_whole_text_shown(page, selector: str) -> None:
    box = page.evaluate(TEXT_BOX_JS, selector)
    assert box["scrollHeight"] <= box["clientHeight"] + 1, box  # nothing hidden inside it
    assert box["height"] > page.viewport_size["height"]  # taller than the window: the page scrolls
    last = page.evaluate(LAST_WORDS_JS, [selector, LAST])
    assert last["top"] >= 0 and last["bottom"] <= last["window"], last
    assert last["hit"], last  # on top, not under the side panel or anything else


def test_the_annotation_page_shows_the_whole_text_beside_a_sticky_panel(page):
    reviewer = make_reviewer()
    document = make_document(LONG, language="en")
    log_in(page, reviewer)
    annotate_page(page, document)

    assert_whole_text_shown(page, "#annotate-text")
    # Halfway down the text, the panel is still at the top of the window beside it.
    page.eval_on_selector(
        "#annotate-text",
        "box => window.scrollBy(0, box.getBoundingClientRect().top + box.offsetHeight / 2)",
    )
    assert page.evaluate("() => window.scrollY") > 1000
    side = page.eval_on_selector("#annotate .reading-side", "e => e.getBoundingClientRect().top")
    assert 0 <= side <= 20

    # A phrase near the end is selected where it is, and the form opens beside it.
    select_with_mouse(page, "#annotate-text", LAST)
    page.wait_for_selector("#annotate-form:not([hidden])")
    assert page.eval_on_selector("#annotate-form", "e => e.getBoundingClientRect().top") >= 0
    page.keyboard.type("provocation framing")
    page.keyboard.press("Enter")
    page.wait_for_selector("#annotate-status:has-text('Saved')")
    annotation = Annotation.objects.get(document=document, annotator=reviewer)
    start = document.text.index(LAST)
    assert (annotation.start, annotation.end) == (start, start + len(LAST))


def test_the_document_page_shows_the_whole_text(page):
    editor = make_editor()
    document = make_document(LONG, language="en")
    log_in(page, editor)
    page.goto(reverse("admin:sources_document_change", args=[document.pk]))

    assert_whole_text_shown(page, ".parallax-text")
