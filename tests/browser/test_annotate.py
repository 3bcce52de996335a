"""Annotating by selection in the admin, in a real Chromium.

The texts put characters outside the Basic Multilingual Plane (emoji, flags: two UTF-16 units,
one code point each) and Armenian before the selected phrase, so that any slip between the
browser's count and the server's shows up as a wrong offset or a refused quote.
"""

import pytest
from django.urls import reverse

from annotations.models import Annotation, LexiconEntry
from annotations.services import lexicon_suggest
from tests.browser.conftest import log_in, select_with_mouse
from tests.factories import framing_label, make_annotation, make_document, make_reviewer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

ARMENIAN = (
    "🇦🇲 Հայաստանի պաշտպանության նախարարությունը 😀 հայտնել է, որ հակառակորդը "
    "կրկին սադրանք է իրականացրել սահմանին։\n"
    "The ministry added that the 🔥 villages were occupied overnight."
)


def annotate_page(page, document) -> None:
    page.goto(reverse("admin:annotations_annotation_annotate", args=[document.pk]))
    page.wait_for_selector("#annotate-text")


@pytest.mark.parametrize(
    ("phrase", "label_search", "label_slug"),
    [
        ("կրկին սադրանք", "provoc", "provocation-framing"),
        ("villages were occupied", "occupation fr", "occupation-framing"),
    ],
    ids=["armenian", "after-emoji"],
)
def test_selecting_a_phrase_saves_it_with_exact_offsets(page, phrase, label_search, label_slug):
    framing_label("occupation-framing")
    framing_label("provocation-framing")
    framing_label("liberation-framing")
    reviewer = make_reviewer()
    document = make_document(ARMENIAN, language="hy")
    log_in(page, reviewer)
    annotate_page(page, document)

    select_with_mouse(page, "#annotate-text", phrase)
    page.wait_for_selector("#annotate-form:not([hidden])")
    assert page.text_content("#annotate-quote") == phrase
    page.keyboard.type(label_search)
    page.fill("#annotate-note", "Both sides use this word.")
    page.focus("#annotate-label-filter")
    page.keyboard.press("Enter")
    page.wait_for_selector("#annotate-status:has-text('Saved')")

    annotation = Annotation.objects.get(document=document)
    start = document.text.index(phrase)
    assert (annotation.start, annotation.end) == (start, start + len(phrase))
    assert annotation.quote == phrase
    assert annotation.label.slug == label_slug
    assert annotation.annotator == reviewer
    assert annotation.note == "Both sides use this word."
    assert annotation.state == Annotation.State.ACCEPTED

    page.reload()
    highlighted = page.locator("#annotate-text .hl-annotation")
    assert "".join(highlighted.all_text_contents()) == phrase
    assert page.locator(".annotate-item").count() == 1


def test_a_refused_span_shows_why_and_saves_nothing(page):
    label = framing_label("occupation-framing")
    reviewer = make_reviewer()
    document = make_document(ARMENIAN, language="hy")
    make_annotation(document, "villages were occupied", label=label, annotator=reviewer)
    log_in(page, reviewer)
    annotate_page(page, document)

    select_with_mouse(page, "#annotate-text", "villages were occupied")
    page.wait_for_selector("#annotate-form:not([hidden])")
    assert not page.is_visible("#annotate-error")  # no empty box before anything went wrong
    page.keyboard.type("occupation")
    page.keyboard.press("Enter")

    error = page.wait_for_selector("#annotate-error:not([hidden])")
    assert "already given this span this label" in error.text_content()
    assert error.is_visible()
    assert Annotation.objects.filter(document=document).count() == 1


def test_suggestions_are_run_accepted_one_by_one_and_all_at_once(page):
    reviewer = make_reviewer()
    # Created, the document is scanned at once: the reference lexicon knows "occupied".
    document = make_document(
        "They were occupied. The occupied hills. Not preoccupied. Our ancestral hills.",
        language="en",
    )
    assert Annotation.objects.filter(document=document).count() == 2
    LexiconEntry.objects.create(
        term="ancestral hills", label=framing_label("sovereignty-assertion")
    )
    log_in(page, reviewer)
    annotate_page(page, document)
    assert page.locator(".annotate-item.state-suggested").count() == 2

    page.click("button[data-action=suggest]")
    page.wait_for_selector("#annotate-status:has-text('Lexicon run requested')")
    assert page.locator(".annotate-item.state-suggested").count() == 3
    assert page.locator("button[data-action=accept-all]").text_content() == (
        "Accept all 3 suggestions"
    )

    first = Annotation.objects.filter(document=document).order_by("start").first()
    page.click(f"button[data-action=accept][data-id='{first.pk}']")
    page.wait_for_selector("#annotate-status:has-text('Suggestion accepted')")
    first.refresh_from_db()
    assert (first.state, first.reviewed_by) == (Annotation.State.ACCEPTED, reviewer)

    page.click("button[data-action=reject-all]")
    page.wait_for_selector("#annotate-status:has-text('2 suggestions rejected')")
    states = Annotation.objects.filter(document=document).values_list("state", flat=True)
    assert sorted(states) == ["accepted", "rejected", "rejected"]
    # Rejected spans leave the text and the list, and a new run does not bring them back.
    assert page.locator(".annotate-item").count() == 1
    assert page.locator("#annotate-text .hl-annotation").all_text_contents() == ["occupied"]
    assert lexicon_suggest(document=document) == 0


def test_one_deletes_only_ones_own_spans(page):
    label = framing_label("occupation-framing")
    reviewer, colleague = make_reviewer(), make_reviewer()
    document = make_document(ARMENIAN, language="hy")
    own = make_annotation(document, "villages", label=label, annotator=reviewer)
    theirs = make_annotation(document, "occupied overnight", label=label, annotator=colleague)
    log_in(page, reviewer)
    annotate_page(page, document)

    assert page.locator(f"button[data-action=delete][data-id='{theirs.pk}']").count() == 0
    page.once("dialog", lambda dialog: dialog.accept())
    page.click(f"button[data-action=delete][data-id='{own.pk}']")
    page.wait_for_selector("#annotate-status:has-text('Span deleted')")

    assert list(Annotation.objects.filter(document=document)) == [theirs]
