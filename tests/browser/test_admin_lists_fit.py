"""The claims and annotations lists fit a laptop's screen, in a real Chromium.

At 1280, 1366 and 1440 pixels wide, with the admin's navigation open, long summaries, quotes,
titles and names (in several scripts, and a word too long for any column) wrap inside their
columns: the page has no horizontal scroll, the results table no hidden scroll area of its own,
and the table stands beside the filters, every column in view.
"""

import pytest
from django.urls import reverse

from tests.browser.conftest import log_in
from tests.factories import (
    framing_label,
    make_annotation,
    make_claim,
    make_document,
    make_editor,
    make_incident,
    make_source,
    make_user,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

WIDTHS = (1280, 1366, 1440)
LONG_WORD = "https://example.org/" + "very-long-path-segment-" * 6
TEXT = (
    "Министерство обороны Азербайджана заявило, что армянские подразделения открыли огонь. "
    "Հայաստանի պաշտպանության նախարարությունը հերքել է այդ տեղեկությունը. "
    f"The Ministry of Defence said the provocation was answered with adequate measures {LONG_WORD}."
)

FIT_JS = """() => {
  const rect = s => document.querySelector(s).getBoundingClientRect();
  const results = document.querySelector('#changelist-form .results');
  const table = rect('#result_list'), filter = rect('#changelist-filter');
  const columns = Array.from(document.querySelectorAll('#result_list thead th'))
    .map(th => th.getBoundingClientRect());
  return {
    page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    results: [results.scrollWidth, results.clientWidth],
    tableRight: table.right, tableTop: table.top, filterLeft: filter.left, filterTop: filter.top,
    columnsInView: columns.every(c => c.width > 0 && c.right <= table.right + 0.5
                                      && c.right <= filter.left),
    navigation: document.getElementById('nav-sidebar').getBoundingClientRect().width,
  };
}"""


@pytest.fixture
def crowded_lists():
    """Rows with the longest content the desk sees, in the claims and annotations lists."""
    ministry = make_source(
        "Ministry of Defence of the Republic of Azerbaijan, Press Service of the General Staff"
    )
    incident = make_incident(
        title="Exchange of fire on the Armenia–Azerbaijan border near Sotk, Kalbajar and "
        "Lachin, with claims of casualties and shelled villages on both sides"
    )
    annotator = make_user("reviewer-with-a-rather-long-username-for-the-desk")
    label = framing_label("occupation-framing")
    for number in range(12):
        document = make_document(
            TEXT,
            title=f"{number}: Azerbaijani and Armenian defence ministries trade blame over the "
            "overnight exchange of fire at several points of the border, agencies report",
        )
        make_claim(
            document,
            document.text[: 250 if number % 2 else 120],
            speaker=ministry,
            incident=incident,
            summary=f"{LONG_WORD} {document.text[:180]}",
        )
        make_annotation(document, document.text[:140], label=label, annotator=annotator)
        make_annotation(document, LONG_WORD, label=label, annotator=None, origin="lexicon")


@pytest.mark.parametrize("changelist", ["claims_claim", "annotations_annotation"])
def test_the_list_fits_beside_the_filters_at_laptop_widths(
    browser, live_server, crowded_lists, changelist
):
    editor = make_editor()
    for width in WIDTHS:
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": 900}
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        log_in(page, editor)
        page.goto(reverse(f"admin:{changelist}_changelist"))
        fit = page.evaluate(FIT_JS)
        context.close()

        assert fit["navigation"] > 200, fit  # the admin's navigation is open beside the list
        assert fit["page"][0] <= fit["page"][1], (width, fit)
        assert fit["results"][0] <= fit["results"][1], (width, fit)
        assert fit["tableRight"] <= fit["filterLeft"], (width, fit)
        assert abs(fit["tableTop"] - fit["filterTop"]) < 200, (width, fit)  # beside, not below
        assert fit["columnsInView"], (width, fit)
