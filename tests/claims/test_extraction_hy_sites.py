"""Claim extraction in Armenian: formulas of news sites' copy (2020–2023) the rules missed before
``demo.extraction_sets.real2_hy`` (a converb of time before a titled speaker, a title that refers
back to a speaker confirmed from a proposal, "C, հայտնել է X-ը՝ հստակեցնելով, որ C2", an agency
quoting "նրա խոսքը" of one who spoke of something), each in sentences written for these tests."""

import pytest

from sources.models import Source
from tests.claims.test_extraction_hy import extract, make_desk
from tests.factories import make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk():
    return make_desk()


def test_a_converb_of_time_before_a_titled_speaker(desk):
    text = (
        "Խորհրդարանում լրագրողների հարցերին պատասխանելիս ՀՀ վարչապետ Նիկոլ Փաշինյանը հայտնել "
        "է, որ սահմանազատման հանձնաժողովը կհավաքվի հաջորդ ամիս։"
    )
    _, _, found = extract(text, desk)
    assert found == [("սահմանազատման հանձնաժողովը կհավաքվի հաջորդ ամիս", "pashinyan", [])]


def test_a_title_refers_back_to_a_speaker_confirmed_from_a_proposal(desk):
    # A speaker an editor confirmed from a proposal is a source of no kind yet ("other").
    make_source("Hayk Chobanyan", kind=Source.Kind.OTHER, aliases=["Հայկ Չոբանյան"])
    text = (
        "Տավուշի մարզպետ Հայկ Չոբանյանն ասաց, որ դպրոցները բնականոն աշխատում են։ «Խուճապի "
        "պատճառ չկա»,- ընդգծեց մարզպետը։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("դպրոցները բնականոն աշխատում են", "Hayk Chobanyan", []),
        ("Խուճապի պատճառ չկա", "Hayk Chobanyan", []),
    ]


def test_the_statement_said_by_the_speaker_then_more_after_a_converb(desk):
    text = (
        "Կառավարությունը նոր քարտեզներ է ստացել, հայտնել է Նիկոլ Փաշինյանը՝ հստակեցնելով, որ "
        "դրանք կներկայացվեն խորհրդարանին։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Կառավարությունը նոր քարտեզներ է ստացել", "pashinyan", []),
        ("դրանք կներկայացվեն խորհրդարանին", "pashinyan", []),
    ]


def test_an_agency_quotes_the_words_of_the_one_who_spoke_of_it(desk):
    text = (
        "Իլհամ Ալիևն այսօր խոսել է սահմանի իրավիճակի մասին։\n\n"
        "«Մեր դիրքերն ամուր են»,- «Ինտերֆաքս»-ը մեջբերում է նրա խոսքը։"
    )
    _, _, found = extract(text, desk)
    assert found == [("Մեր դիրքերն ամուր են", "aliyev", ["interfax"])]


def test_speaking_of_something_is_no_statement(desk):
    _, _, found = extract("Իլհամ Ալիևն այսօր խոսել է սահմանի իրավիճակի մասին։", desk)
    assert found == []


def test_this_right_after_the_dash_of_a_quotation(desk):
    text = (
        "«Բաքուն խաղաղության օրակարգ չունի»,-այս մասին «Թվիթեր»-ի իր միկրոբլոգում գրառում է "
        "կատարել Արամ Թորոսյանը։"
    )
    _, _, found = extract(text, desk)
    assert found == [("Բաքուն խաղաղության օրակարգ չունի", "torosyan", [])]


def test_a_quotation_after_what_a_microblog_says(desk):
    text = "Ալիևի միկրոբլոգում մասնավորապես նշված է. «Մեր բանակը պատրաստ է»։"
    _, _, found = extract(text, desk)
    assert found == [("Մեր բանակը պատրաստ է", "aliyev", [])]


def test_a_bodys_spokesperson_after_a_person_confirmed_from_a_proposal(desk):
    make_source(
        "Ministry of Foreign Affairs of Azerbaijan",
        kind=Source.Kind.MINISTRY,
        aliases=["Ադրբեջանի ԱԳՆ"],
    )
    make_source("Leyla Abdullayeva", kind=Source.Kind.OTHER, aliases=["Լեյլա Աբդուլլաևա"])
    text = (
        "Լեյլա Աբդուլլաևան ընդգծել է, որ ԱԳՆ-ն բողոքի նոտա է հղել։ Ադրբեջանի ԱԳՆ խոսնակը "
        "նշել է, որ ռուսական կողմը սխալը կուղղի։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("ԱԳՆ-ն բողոքի նոտա է հղել", "Leyla Abdullayeva", []),
        ("ռուսական կողմը սխալը կուղղի", "Leyla Abdullayeva", []),
    ]


def test_the_ministrys_representative_named_again(desk):
    text = (
        "Արամ Թորոսյանն ասաց, որ սահմանին իրավիճակը կայուն է։ «Հակառակորդի փորձերը "
        "տապալվել են»,- հիշեցրեց ՊՆ ներկայացուցիչը։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("սահմանին իրավիճակը կայուն է", "torosyan", []),
        ("Հակառակորդի փորձերը տապալվել են", "torosyan", []),
    ]
