"""Claims by selection in a real Chromium: the quote and offsets come from the selection, the
speaker and relays from the comboboxes; nobody types a number.

Texts carry characters outside the Basic Multilingual Plane before the spans, so that any slip
between the browser's UTF-16 units and the server's code points shows in the stored offsets.
"""

from datetime import UTC, date, datetime

import pytest
from django.urls import reverse

from claims.models import Claim, HeldClaim
from claims.status import Status
from sources.services import source_alias_add
from tests.browser.conftest import log_in, select_with_mouse
from tests.factories import make_claim, make_document, make_incident, make_reviewer, make_source
from verification.models import ClaimStatusChange

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ACTIVE_ID = "() => document.activeElement && document.activeElement.id"

ARMENIAN = (
    "🇦🇲 Երևան, 😀 նոյեմբերի 16։\n"
    "Հակառակորդը կրկին սադրանք է իրականացրել սահմանին\n"
    "Մանրամասները՝ ավելի ուշ։"
)
RUSSIAN = (
    "🔥 Москва, 16 ноября. Министерство обороны Армении сообщило, что азербайджанские "
    "подразделения открыли огонь по армянским позициям. В Баку заявили, что армянская "
    "сторона первой нарушила режим прекращения огня. Агентство РИА Новости со ссылкой на "
    "источник сообщило о потерях с обеих сторон."
)


def open_page(page, document) -> None:
    page.goto(reverse("admin:claims_claim_document", args=[document.pk]))
    page.wait_for_selector("#claim-select-text")


def choose(page, box: str, typed: str) -> None:
    """Type into a combobox and take the first thing it finds with Enter."""
    page.keyboard.type(typed)
    page.wait_for_selector(f"#{box}-options [role=option][aria-selected=true]")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#{box}-options", state="hidden")


@pytest.fixture
def sources():
    armenia = make_source("Ministry of Defence of Armenia", country="AM")
    source_alias_add(source=armenia, alias="ՀՀ պաշտպանության նախարարություն")
    source_alias_add(source=armenia, alias="Минобороны Армении")
    azerbaijan = make_source("Ministry of Defence of Azerbaijan", country="AZ")
    source_alias_add(source=azerbaijan, alias="Минобороны Азербайджана")
    return {
        "armenia": armenia,
        "azerbaijan": azerbaijan,
        "armenpress": make_source("Armenpress", country="AM"),
        "ria": make_source("RIA Novosti", country="RU"),
        "interfax": make_source("Interfax", country="RU"),
    }


def test_a_claim_in_armenian_with_the_keyboard_alone(page, sources):
    incident = make_incident(title="Border clash in Tavush", place="Tavush")
    document = make_document(
        ARMENIAN,
        language="hy",
        publisher=sources["armenpress"],
        published_at=datetime(2021, 11, 16, 8, 0, tzinfo=UTC),
    )
    reviewer = make_reviewer()
    log_in(page, reviewer)
    open_page(page, document)

    for _ in range(80):  # Tab until the text has the focus: the caret starts at its beginning
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE_ID) == "claim-select-text":
            break
    assert page.evaluate(ACTIVE_ID) == "claim-select-text"
    page.keyboard.press("ArrowDown")  # the second line, after the flag and the emoji
    page.keyboard.press("Shift+End")
    page.keyboard.press("Enter")

    page.wait_for_selector("#claim-form:not([hidden])")
    quote = "Հակառակորդը կրկին սադրանք է իրականացրել սահմանին"
    assert page.text_content("#claim-quote") == quote
    assert page.evaluate(ACTIVE_ID) == "claim-speaker"
    choose(page, "claim-speaker", "պաշտպանության")
    assert page.input_value("#claim-speaker") == "Ministry of Defence of Armenia"
    page.keyboard.press("Tab")
    choose(page, "claim-relay", "Armenpr")
    assert page.text_content("#claim-relay-chain").startswith("Armenpress")
    page.keyboard.press("Tab")  # the summary, filled in with the quote to edit
    assert page.evaluate(ACTIVE_ID) == "claim-summary"
    page.keyboard.press("Tab")
    choose(page, "claim-incident", "Tavush")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Control+End")
    page.keyboard.type(" (border)")
    page.keyboard.press("Enter")
    page.wait_for_selector("#claim-select-status:has-text('Saved claim')")

    claim = Claim.objects.get()
    start = ARMENIAN.index(quote)
    assert (claim.start, claim.end, claim.quote) == (start, start + len(quote), quote)
    # The flag is two code points (four UTF-16 units), the emoji one (two): code points stored.
    assert start == len("🇦🇲 Երևան, 😀 նոյեմբերի 16։\n") == 26
    assert claim.speaker == sources["armenia"]
    assert [link.source for link in claim.attributions.all()] == [sources["armenpress"]]
    assert claim.incident == incident
    assert claim.summary == quote + " (border)"
    assert claim.stated_on == date(2021, 11, 16)  # the document's date
    assert (claim.status, claim.created_by) == (Status.NEW, reviewer)
    # Back in the text, ready for the next one; the new claim is highlighted and listed.
    assert page.evaluate(ACTIVE_ID) == "claim-select-text"
    assert page.is_visible("#claim-select-text .hl-claim")
    assert "Claims in this text (1)" in page.text_content("#claim-lists")


def test_three_claims_by_selection_in_a_russian_text(page, sources):
    document = make_document(RUSSIAN, language="ru", publisher=sources["interfax"])
    log_in(page, make_reviewer())
    open_page(page, document)
    wanted = [
        (
            "азербайджанские подразделения открыли огонь по армянским позициям",
            "Минобороны Арм",
            [],
        ),
        ("армянская сторона первой нарушила режим прекращения огня", "Минобороны Азер", []),
        ("о потерях с обеих сторон", "ria", ["Interfax"]),
    ]
    for number, (phrase, speaker, relays) in enumerate(wanted, start=1):
        select_with_mouse(page, "#claim-select-text", phrase)
        page.wait_for_selector("#claim-form:not([hidden])")
        assert page.text_content("#claim-quote") == phrase
        choose(page, "claim-speaker", speaker)
        for relay in relays:
            page.focus("#claim-relay")
            choose(page, "claim-relay", relay)
        page.click("#claim-save")
        page.wait_for_selector("#claim-select-status:has-text('Saved claim')")
        page.wait_for_function(
            "n => document.querySelector('#claim-lists').textContent"
            ".includes('Claims in this text (' + n + ')')",
            arg=number,
        )

    claims = list(Claim.objects.order_by("start"))
    assert [(c.quote, c.start, c.end) for c in claims] == [
        (phrase, RUSSIAN.index(phrase), RUSSIAN.index(phrase) + len(phrase))
        for phrase, _, _ in wanted
    ]
    assert [c.speaker for c in claims] == [
        sources["armenia"],
        sources["azerbaijan"],
        sources["ria"],
    ]
    assert [link.source for link in claims[2].attributions.all()] == [sources["interfax"]]


def test_a_speaker_must_be_chosen_and_nothing_is_lost_meanwhile(page, sources):
    document = make_document(RUSSIAN, language="ru", publisher=sources["interfax"])
    log_in(page, make_reviewer())
    open_page(page, document)
    select_with_mouse(page, "#claim-select-text", "о потерях с обеих сторон")
    page.wait_for_selector("#claim-form:not([hidden])")
    assert page.is_hidden("#claim-error")  # no empty error box before anything went wrong
    page.keyboard.type("Nobody we know")
    page.wait_for_selector("#claim-speaker-options .combobox-propose")
    assert page.text_content("#claim-speaker-options") == (
        "Propose “Nobody we know” as a new source an editor confirms it; the claim is made then"
    )
    page.fill("#claim-summary", "Losses on both sides.")
    page.click("#claim-save")

    assert page.is_visible("#claim-error")
    assert "Choose the speaker" in page.text_content("#claim-error")
    assert page.input_value("#claim-summary") == "Losses on both sides."
    assert not Claim.objects.exists()


def test_a_suggestion_corrected_then_others_accepted_and_dismissed(page, sources):
    document = make_document(RUSSIAN, language="ru", publisher=sources["interfax"])
    wrong = make_claim(
        document,
        "открыли огонь",
        speaker=sources["ria"],
        status=Status.SUGGESTED,
        summary="Fire opened.",
    )
    right = make_claim(
        document,
        "армянская сторона первой нарушила режим прекращения огня",
        speaker=sources["azerbaijan"],
        status=Status.SUGGESTED,
    )
    noise = make_claim(document, "16 ноября", speaker=sources["ria"], status=Status.SUGGESTED)
    log_in(page, make_reviewer())
    open_page(page, document)

    page.click(f"button[data-action=correct][data-id='{wrong.pk}']")
    page.wait_for_selector("#claim-form:not([hidden])")
    assert page.text_content("#claim-form-title") == f"Correct suggestion #{wrong.pk}"
    assert page.input_value("#claim-speaker") == "RIA Novosti"
    phrase = "азербайджанские подразделения открыли огонь по армянским позициям"
    select_with_mouse(page, "#claim-select-text", phrase)  # a wider span
    assert page.text_content("#claim-quote") == phrase
    page.fill("#claim-speaker", "")
    page.focus("#claim-speaker")
    choose(page, "claim-speaker", "Минобороны Арм")
    page.click("#claim-save")
    page.wait_for_selector("#claim-select-status:has-text('corrected and accepted')")

    page.click(f"button[data-action=accept][data-id='{right.pk}']")
    page.wait_for_selector("#claim-select-status:has-text('accepted')")
    page.once("dialog", lambda dialog: dialog.accept("A dateline, not a statement."))
    page.click(f"button[data-action=dismiss][data-id='{noise.pk}']")
    page.wait_for_selector("#claim-select-status:has-text('dismissed')")

    wrong.refresh_from_db()
    start = RUSSIAN.index(phrase)
    assert (wrong.start, wrong.end, wrong.speaker) == (
        start,
        start + len(phrase),
        sources["armenia"],
    )
    assert wrong.status == Status.NEW
    right.refresh_from_db()
    noise.refresh_from_db()
    assert (right.status, noise.status) == (Status.NEW, Status.DISMISSED)
    assert ClaimStatusChange.objects.get(claim=noise).comment == "A dateline, not a statement."
    assert "Suggested by extraction (0)" in page.text_content("#claim-lists")


def test_an_unknown_speaker_is_proposed_and_the_claim_waits(page, sources):
    document = make_document(RUSSIAN, language="ru", publisher=sources["interfax"])
    log_in(page, make_reviewer())
    open_page(page, document)
    select_with_mouse(page, "#claim-select-text", "о потерях с обеих сторон")
    page.wait_for_selector("#claim-form:not([hidden])")
    choose(page, "claim-speaker", "Источник РИА")  # no such source: the proposal is offered
    assert "will be proposed as a new source" in page.text_content("#claim-speaker-help")
    page.click("#claim-save")
    page.wait_for_selector("#claim-select-status:has-text('proposed as a new source')")

    held = HeldClaim.objects.get()
    assert (held.proposal.name, held.quote) == ("Источник РИА", "о потерях с обеих сторон")
    assert not Claim.objects.exists()
    assert "Waiting for a new source (1)" in page.text_content("#claim-lists")
