"""Russian copy: more of the ways real reporting of 2020–2023 passes statements on (an
agency's Telegram channel or an agency called a portal, a comment with what was commented on
between the verb and the speaker, a spokesperson named right after the body whose title
opens the phrase). Each sentence written for its test."""

import pytest

from claims.models import Claim
from sources.models import Source, SourceProposal
from tests.claims.test_extraction_ru_bodies import desk, extract  # noqa: F401
from tests.claims.test_extraction_ru_real_formulas import _confirmed, _found
from tests.factories import make_source

pytestmark = pytest.mark.django_db

KINDS = Source.Kind


@pytest.fixture
def more(desk):  # noqa: F811
    desk.update(
        {
            "ria": make_source(
                "RIA Novosti", kind=KINDS.NEWS_AGENCY, country="RU", aliases=["РИА Новости"]
            ),
            "report": make_source(
                "Report.az", kind=KINDS.NEWS_AGENCY, country="AZ", aliases=["Report"]
            ),
            "pashinyan": make_source(
                "Nikol Pashinyan", kind=KINDS.OFFICIAL, country="AM", aliases=["Никол Пашинян"]
            ),
            "aliyev": make_source(
                "Ilham Aliyev", kind=KINDS.OFFICIAL, country="AZ", aliases=["Ильхам Алиев"]
            ),
            "az-mfa": make_source(
                "Ministry of Foreign Affairs of Azerbaijan",
                kind=KINDS.MINISTRY,
                country="AZ",
                aliases=["МИД Азербайджана"],
            ),
        }
    )
    return desk


@pytest.mark.parametrize(
    "relay",
    ["Telegram-канал «РИА Новости»", "телеграм-канал РИА Новости", "азербайджанский портал Report"],
)
def test_an_agencys_channel_or_portal_passes_the_statement_on(more, relay):
    _, found = extract(
        "Президент Азербайджана Ильхам Алиев заявил, что новую дорогу построят за три года, "
        f"сообщает {relay}.",
        more,
    )
    key = "report" if "Report" in relay else "ria"
    assert found == [("новую дорогу построят за три года", "aliyev", [key])]


def test_a_comment_with_what_was_commented_on_before_the_speaker(more):
    document, _ = extract(
        "«Это абсолютная ложь», — прокомментировал заявление Баку об уничтожении установок "
        "«Град» представитель Минобороны Армении Арцрун Ованнисян.",
        more,
    )
    proposed = SourceProposal.objects.filter(documents=document)
    assert [p.name for p in proposed] == ["Арцрун Ованнисян"]
    _confirmed(document)
    assert _found(document, more) == [("Это абсолютная ложь", "Арцрун Ованнисян", [])]


def test_a_comment_quoted_with_the_speaker_right_after_the_verb(more):
    _, found = extract("«Ничего подобного не было», — прокомментировал Минобороны Армении.", more)
    assert found == [("Ничего подобного не было", "am-mod", [])]


def test_a_spokesperson_named_right_after_the_body_is_proposed_not_the_body(more):
    document, found = extract(
        "Как сообщает АПА, начальник управления пресс-службы МИД Азербайджана Лейла "
        "Абдуллаева заявила, что визит противоречит трехстороннему заявлению.",
        more,
    )
    assert found == []  # not the ministry's
    proposed = SourceProposal.objects.filter(documents=document)
    assert [p.name for p in proposed] == ["Лейла Абдуллаева"]
    _confirmed(document)
    assert _found(document, more) == [
        ("визит противоречит трехстороннему заявлению", "Лейла Абдуллаева", ["apa"])
    ]
    assert not Claim.objects.filter(document=document, speaker=more["az-mfa"]).exists()


def test_an_occasion_in_a_countrys_parliament_before_the_verb(more):
    _, found = extract(
        "На границе сохраняется спокойная обстановка. Об этом в ходе правительственного часа в "
        "парламенте Армении заявил Никол Пашинян, трансляцию вели местные телеканалы.",
        more,
    )
    assert found == [("На границе сохраняется спокойная обстановка", "pashinyan", [])]


def test_a_document_with_an_adjective_before_it(more):
    _, found = extract(
        "Заявление армянского министра содержит предвзятые формулировки. Об этом говорится в "
        "официальном заявлении МИД Азербайджана.",
        more,
    )
    assert found == [
        ("Заявление армянского министра содержит предвзятые формулировки", "az-mfa", [])
    ]


def test_an_occasion_with_its_date_before_a_title_and_a_name(more):
    _, found = extract(
        "Как сообщает АПА, на пресс-конференции 26 января президент Азербайджана Ильхам Алиев "
        "отметил, что мирный договор может быть подписан в этом году.",
        more,
    )
    assert found == [("мирный договор может быть подписан в этом году", "aliyev", ["apa"])]


def test_an_agency_told_with_a_case_ending_after_a_hyphen_relays_not_speaks(more):
    _, found = extract(
        "Позиции армии в Кельбаджарском направлении подверглись обстрелу. Об этом Report-у "
        "сообщили в Министерстве обороны Азербайджана.",
        more,
    )
    assert found == [
        ("Позиции армии в Кельбаджарском направлении подверглись обстрелу", "az-mod", ["report"])
    ]


def test_information_spread_by_a_ministry(more):
    _, found = extract(
        "Министерство обороны Азербайджана распространило информацию о том, что позиции армии "
        "подверглись обстрелу.",
        more,
    )
    assert found == [("позиции армии подверглись обстрелу", "az-mod", [])]


def test_an_agencys_report_before_об_этом_is_no_statement(more):
    _, found = extract(
        "Нарушитель границы задержан у села Хырмандалы. Как сообщает Bakupost, об этом "
        "распространила информацию пресс-служба Министерства обороны Азербайджана.",
        more,
    )
    assert all(not quote.startswith("Как сообщает") for quote, _, _ in found)
