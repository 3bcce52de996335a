"""A follow-on ("по данным ведомства", "the ministry added") refers back to the source a sentence
opened on as it spoke, also when nothing it said was taken as a statement ("Минобороны Армении
сообщило об атаке …": no content); an agency opening such a sentence only passes on what others
said; with nobody before it, "Qeyd olunub ki, …" (it was noted that …) is the publisher's own
statement only when the publisher is no agency or outlet. Texts written for these tests."""

import pytest

from sources.models import Source
from tests.factories import extracted, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk():
    kinds = Source.Kind
    return {
        "am-mod": make_source(
            "Ministry of Defence of Armenia", kind=kinds.MINISTRY, aliases=["Минобороны Армении"]
        ).pk,
        "az-mod": make_source(
            "Ministry of Defence of Azerbaijan",
            kind=kinds.MINISTRY,
            aliases=["Минобороны Азербайджана", "Müdafiə Nazirliyi"],
        ).pk,
        "tass": make_source("TASS", kind=kinds.NEWS_AGENCY, aliases=["ТАСС"]).pk,
        "apa": make_source("Azeri Press Agency", kind=kinds.NEWS_AGENCY, aliases=["APA"]).pk,
        "publisher": make_source("Caucasus Ledger", kind=kinds.OUTLET).pk,
    }


def speakers(text: str, language: str, desk) -> list[tuple[str, int]]:
    publisher = Source.objects.get(pk=desk["publisher"])
    return [(span.split()[0], who) for span, who in extracted(text, language, publisher)]


def test_the_ministry_after_a_ministry_that_spoke_without_content(desk):
    text = (
        "Минобороны Азербайджана заявило, что армянские подразделения ночью обстреляли "
        "позиции в Кельбаджарском районе.\n\n"
        "Минобороны Армении в свою очередь сообщило об атаке на свои позиции в Сюникской "
        "области. По данным ведомства, азербайджанские войска применили артиллерию и "
        "ударные беспилотники."
    )
    assert speakers(text, "ru", desk) == [
        ("армянские", desk["az-mod"]),
        ("азербайджанские", desk["am-mod"]),
    ]


def test_an_agency_told_in_an_attributing_sentence_is_not_who_the_information_means(desk):
    text = (
        "Gecə saatlarında Ermənistan silahlı qüvvələrinin bölmələri Kəlbəcər rayonu "
        "istiqamətində mövqelərimizi atəşə tutub.\n\n"
        "Bu barədə APA-ya Müdafiə Nazirliyindən məlumat verilib.\n\n"
        "“Ermənistan tərəfi sərhəddə vəziyyəti gərginləşdirməyə çalışır və bunun məsuliyyətini "
        "daşıyır”, - deyə məlumatda qeyd olunub."
    )
    assert [speaker for _, speaker in speakers(text, "az", desk)] == [desk["az-mod"]] * 2


def test_an_agency_reporting_without_content_is_not_who_the_statement_means(desk):
    text = (
        "Минобороны Азербайджана заявило, что армянские подразделения ночью обстреляли "
        "позиции в Кельбаджарском районе.\n\n"
        "ТАСС сообщает об обстреле со ссылкой на жителей района.\n\n"
        "«Ответными мерами огневые точки противника подавлены, потерь нет», - говорится в "
        "сообщении."
    )
    assert [speaker for _, speaker in speakers(text, "ru", desk)] == [desk["az-mod"]] * 2


def test_with_nobody_before_it_the_statement_is_the_publishers_only_when_it_is_no_outlet(desk):
    text = (
        "Qeyd olunub ki, Ermənistan silahlı qüvvələrinin bölmələri gecə saatlarında "
        "mövqelərimizi atəşə tutub."
    )
    assert extracted(text, "az", Source.objects.get(pk=desk["publisher"])) == []
    ministry = Source.objects.get(pk=desk["az-mod"])
    assert [speaker for _, speaker in extracted(text, "az", ministry)] == [desk["az-mod"]]
