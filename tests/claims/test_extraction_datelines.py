"""Datelines: the place, date and agency that open an agency's copy ("Bakı, 14 mart, APA.",
"ЕРЕВАН, 14 марта. /ТАСС/.") are no part of any statement, also when a later paragraph
attributes the whole first one ("Bu barədə … məlumat verilib"). Written for these tests."""

import pytest

from claims.extraction.rules import rules_for
from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source
from tests.factories import make_document, make_source


@pytest.mark.parametrize(
    ("language", "text", "dateline"),
    [
        ("az", "Bakı, 14 mart, APA. Ermənistan", "Bakı, 14 mart, APA. "),
        ("az", "Bakı. 14 mart. REPORT. Ermənistan", "Bakı. 14 mart. REPORT. "),
        (
            "az",
            "Bakı, Azərbaycan, 14 mart (Trend): Ermənistan",
            "Bakı, Azərbaycan, 14 mart (Trend): ",
        ),
        ("az", "Bakı. 12 iyul. Trend: Azərbaycan", "Bakı. 12 iyul. Trend: "),
        ("ru", "Ереван. 14 марта. ИНТЕРФАКС - Азербайджанские", "Ереван. 14 марта. ИНТЕРФАКС - "),
        ("ru", "ЕРЕВАН, 14 марта. /ТАСС/. Подразделения", "ЕРЕВАН, 14 марта. /ТАСС/. "),
        ("ru", "БАКУ, 14 мар - РИА Новости. Минобороны", "БАКУ, 14 мар - РИА Новости. "),
        ("ru", "Москва, 14 марта 2023 г. Министр", "Москва, 14 марта 2023 г. "),
        ("hy", "ԵՐԵՎԱՆ, 14 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ: Ադրբեջանական", "ԵՐԵՎԱՆ, 14 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ: "),
        ("hy", "Երևան, 14 մարտի։ Ադրբեջանական", "Երևան, 14 մարտի։ "),
        ("en", "YEREVAN, March 14 (Reuters) - Azerbaijani", "YEREVAN, March 14 (Reuters) - "),
        ("en", "YEREVAN, March 14. /ARKA/. Armenia", "YEREVAN, March 14. /ARKA/. "),
        ("en", "BAKU, Azerbaijan, Sept. 3. Trend: The", "BAKU, Azerbaijan, Sept. 3. Trend: "),
    ],
)
def test_a_dateline_is_read_to_its_end_and_no_further(language, text, dateline):
    assert rules_for(language).dateline.match(text).group() == dateline


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A date the copy opens with, a place and a number that is no date, no place at all.
        ("en", "Monday, March 14, 2022, the ministry said the talks had failed."),
        ("en", "On March 14, Azerbaijan said its positions had come under fire."),
        ("ru", "Армения, 14 военнослужащих которой пропали, требует ответа."),
        ("az", "Ermənistan silahlı qüvvələri 14 mart tarixində atəşkəsi pozub."),
        # A name, a date and a colon or a dash, with no agency: the copy itself.
        ("en", "Pashinyan, 14 March: we will not give up the talks, he said."),
        ("ru", "В Баку, 9 мая - в День Победы - прошел парад, сообщило агентство."),
    ],
)
def test_copy_that_opens_with_a_date_or_a_place_has_no_dateline(language, text):
    assert rules_for(language).dateline.match(text) is None


def test_a_place_and_date_alone_leave_the_first_words_of_the_copy_alone():
    text = "Bakı, 14 mart. Prezident bildirib ki, danışıqlar davam edəcək."
    assert rules_for("az").dateline.match(text).group() == "Bakı, 14 mart. "


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "publisher", "text", "statement"),
    [
        (
            "az",
            "APA",
            "Bakı, 14 mart, APA. Ermənistan silahlı qüvvələrinin bölmələri gecə Kəlbəcər "
            "istiqamətində mövqelərimizi atəşə tutub.\n\n"
            "Bu barədə APA-ya Azərbaycan Müdafiə Nazirliyindən məlumat verilib.",
            "Ermənistan silahlı qüvvələrinin bölmələri gecə Kəlbəcər istiqamətində "
            "mövqelərimizi atəşə tutub",
        ),
        (
            "ru",
            "TASS",
            "ЕРЕВАН, 14 марта. /ТАСС/. Азербайджанские подразделения ночью обстреляли "
            "армянские позиции у села Сотк.\n\n"
            "Об этом сообщили в Министерстве обороны Армении.",
            "Азербайджанские подразделения ночью обстреляли армянские позиции у села Сотк",
        ),
        (
            "hy",
            "Armenpress",
            "ԵՐԵՎԱՆ, 14 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ: Ադրբեջանական ստորաբաժանումները գիշերը կրակ են "
            "բացել Սոթքի ուղղությամբ տեղակայված հայկական դիրքերի վրա:\n\n"
            "Այս մասին հայտնում են ՀՀ պաշտպանության նախարարությունից։",
            "Ադրբեջանական ստորաբաժանումները գիշերը կրակ են բացել Սոթքի ուղղությամբ "
            "տեղակայված հայկական դիրքերի վրա",
        ),
    ],
)
def test_a_statement_never_holds_the_dateline(language, publisher, text, statement):
    make_source(
        "Ministry of Defence of Azerbaijan",
        kind=Source.Kind.MINISTRY,
        aliases=["Azərbaycan Müdafiə Nazirliyi"],
    )
    make_source(
        "Ministry of Defence of Armenia",
        kind=Source.Kind.MINISTRY,
        aliases=["ՀՀ պաշտպանության նախարարություն", "Министерство обороны Армении"],
    )
    document = make_document(
        text, language=language, publisher=make_source(publisher, kind=Source.Kind.NEWS_AGENCY)
    )
    document_claims_extract(document=document)
    assert [claim.quote for claim in Claim.objects.filter(document=document)] == [statement]


@pytest.mark.django_db
def test_a_dateline_after_a_pasted_headline_is_left_out_too():
    make_source(
        "Ministry of Defence of Azerbaijan",
        kind=Source.Kind.MINISTRY,
        aliases=["Azərbaycan Müdafiə Nazirliyi"],
    )
    text = (
        "Kəlbəcər istiqamətində atəş açılıb\n\n"
        "Bakı, 14 mart, APA. Ermənistan silahlı qüvvələrinin bölmələri gecə Kəlbəcər "
        "istiqamətində mövqelərimizi atəşə tutub.\n\n"
        "Bu barədə APA-ya Azərbaycan Müdafiə Nazirliyindən məlumat verilib."
    )
    document = make_document(
        text, language="az", publisher=make_source("APA", kind=Source.Kind.NEWS_AGENCY)
    )
    document_claims_extract(document=document)
    assert [claim.quote for claim in Claim.objects.filter(document=document)] == [
        "Ermənistan silahlı qüvvələrinin bölmələri gecə Kəlbəcər istiqamətində mövqelərimizi "
        "atəşə tutub"
    ]
