"""Browser tests: Debian's chromium driven by Playwright against Django's live server.

Playwright's own browser download does not work here, so the system's chromium is launched by
path (``PARALLAX_CHROMIUM`` overrides it). Without it these tests skip, or fail under
``PARALLAX_REQUIRE_SERVICES=1``.
"""

import os
import shutil

import pytest

from tests.conftest import REQUIRE_SERVICES

# Playwright's sync API keeps an event loop running in the test's thread, and Django then
# refuses ORM calls from that thread unless told that they are safe (they are: nothing here
# is asynchronous). Set before any test of this folder runs.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("PARALLAX_CHROMIUM") or shutil.which("chromium")
PASSWORD = "pw-for-tests"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        message = "needs Debian's chromium (apt-get install chromium)"
        if REQUIRE_SERVICES:
            pytest.fail(f"{message}, and PARALLAX_REQUIRE_SERVICES=1")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """Opens a page in a browser context of its own (its own cookies: one person each)."""
    contexts = []

    def open_page():
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1400, "height": 900}
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


def log_in(page, user, password: str = PASSWORD) -> None:
    page.goto("/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")


# Where a phrase's first and last characters are on screen, to press and release the mouse.
PHRASE_ENDS_JS = """
([selector, phrase]) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = "";
  while (walker.nextNode()) {
    nodes.push([walker.currentNode, text.length]);
    text += walker.currentNode.data;
  }
  const at = text.indexOf(phrase);
  if (at === -1) {
    throw new Error("phrase not in the text: " + phrase);
  }
  const place = (offset, after) => {
    for (const [node, base] of nodes) {
      if (offset < base + node.data.length || (after && offset === base + node.data.length)) {
        return [node, offset - base];
      }
    }
  };
  const charBox = (offset) => {
    const [node, inNode] = place(offset, false);
    const range = document.createRange();
    range.setStart(node, inNode);
    range.setEnd(node, inNode + 1);
    return range.getClientRects()[0];
  };
  // The page, not the text, scrolls: bring the phrase a third of the way down the window.
  window.scrollBy(0, charBox(at).top - window.innerHeight / 3);
  const first = charBox(at);
  const last = charBox(at + phrase.length - 1);
  return {
    x1: first.left + 1, y1: first.top + first.height / 2,
    x2: last.right - 1, y2: last.top + last.height / 2,
  };
}
"""


def select_with_mouse(page, selector: str, phrase: str) -> None:
    """Drag the mouse from the phrase's first character to its last, as a reader would."""
    ends = page.evaluate(PHRASE_ENDS_JS, [selector, phrase])
    page.mouse.move(ends["x1"], ends["y1"])
    page.mouse.down()
    page.mouse.move(ends["x2"], ends["y2"], steps=8)
    page.mouse.up()
