"""Quotations that run over several paragraphs and are attributed after the last one: every
paragraph of the quotation is a statement of the speaker named at its end, in each way copy
marks them (English opens the quotation again at each paragraph; Russian and Azerbaijani copy
leaves the paragraphs between unmarked). Texts written for these tests."""

import pytest

from sources.models import Source
from tests.factories import extracted, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry():
    """The two ministries, by the names the texts give them (base forms)."""
    ministry = Source.Kind.MINISTRY
    return {
        "am-mod": make_source("Ministry of Defence of Armenia", kind=ministry).pk,
        "az-mod": make_source(
            "Ministry of Defence of Azerbaijan",
            kind=ministry,
            aliases=["Минобороны Азербайджана", "Azərbaycan Müdafiə Nazirliyi"],
        ).pk,
    }


def statements(text: str, language: str) -> list[tuple[str, int]]:
    return extracted(text, language)


def test_english_opens_the_quotation_again_at_each_paragraph(registry):
    text = (
        "YEREVAN, May 3 - Armenia issued a statement on Wednesday about the night on the "
        "border.\n\n"
        "“Azerbaijani units opened fire on our positions near the village of Sotk overnight, "
        "using mortars and large-calibre weapons.\n\n"
        "“Our units took retaliatory measures, and the situation on the border is now "
        "stable,” Armenia's Defence Ministry said in a statement."
    )
    assert statements(text, "en") == [
        (
            "Azerbaijani units opened fire on our positions near the village of Sotk overnight, "
            "using mortars and large-calibre weapons",
            registry["am-mod"],
        ),
        (
            "Our units took retaliatory measures, and the situation on the border is now stable",
            registry["am-mod"],
        ),
    ]


def test_russian_leaves_the_paragraphs_between_unmarked(registry):
    text = (
        "Баку обвинил армянскую сторону в новой провокации.\n\n"
        "«Подразделения армянской армии в ночь на 12 мая обстреляли наши позиции в "
        "Кельбаджарском районе из минометов.\n\n"
        "Обстрел продолжался около двух часов.\n\n"
        "Ответными мерами противник подавлен, потерь среди личного состава нет», - говорится "
        "в сообщении Минобороны Азербайджана."
    )
    found = statements(text, "ru")
    assert [speaker for _, speaker in found] == [registry["az-mod"]] * 3
    assert [span.split()[0] for span, _ in found] == ["Подразделения", "Обстрел", "Ответными"]


def test_azerbaijani_quotation_over_two_paragraphs(registry):
    text = (
        "Nazirlik gecə baş verənlərlə bağlı bəyanat yayıb.\n\n"
        "“Ermənistan silahlı qüvvələrinin bölmələri gecə saatlarında Kəlbəcər rayonu "
        "istiqamətində mövqelərimizi atəşə tutub.\n\n"
        "Cavab tədbirləri nəticəsində düşmən susdurulub, itki yoxdur”, - deyə Azərbaycan "
        "Müdafiə Nazirliyindən bildirilib."
    )
    found = statements(text, "az")
    assert [speaker for _, speaker in found] == [registry["az-mod"]] * 2
    assert found[0][0].startswith("Ermənistan silahlı") and found[0][0].endswith("atəşə tutub")


def test_a_paragraph_whose_quotations_close_is_not_taken(registry):
    text = (
        "Residents called the night “the worst since autumn” in interviews on Tuesday.\n\n"
        "“Our units took retaliatory measures, and the situation on the border is now "
        "stable,” Armenia's Defence Ministry said in a statement."
    )
    assert [speaker for _, speaker in statements(text, "en")] == [registry["am-mod"]]


def test_unmarked_paragraphs_are_not_taken_without_a_quotation_opening_before_them(registry):
    text = (
        "Жители приграничных сел провели ночь в подвалах.\n\n"
        "Занятия в школах района в среду отменены.\n\n"
        "Ответными мерами противник подавлен, потерь среди личного состава нет», - говорится "
        "в сообщении Минобороны Азербайджана."
    )
    found = statements(text, "ru")
    assert [span.split()[0] for span, _ in found] == ["Ответными"]


def test_a_last_paragraph_without_its_opening_mark_is_read_as_the_quotation_it_ends(registry):
    # Each pattern wants the quotation whole, from its opening mark; the first paragraph's
    # leading "Что" is the speaker's word, not a "that" to trim.
    text = (
        "Москва готова принять переговоры, заявили в российском МИД.\n\n"
        "«Что касается ситуации на границе, то военные ведомства сторон находятся в "
        "постоянном контакте.\n\n"
        "Мы ищем решения непосредственно «на земле» и продолжаем гуманитарное содействие»,- "
        "заявило Минобороны Азербайджана."
    )
    found = statements(text, "ru")
    assert found[-2:] == [
        (
            "Что касается ситуации на границе, то военные ведомства сторон находятся в "
            "постоянном контакте",
            registry["az-mod"],
        ),
        (
            "Мы ищем решения непосредственно «на земле» и продолжаем гуманитарное содействие",
            registry["az-mod"],
        ),
    ]
