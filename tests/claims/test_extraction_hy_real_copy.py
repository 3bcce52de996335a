"""Claim extraction in Armenian: formulas of real 2020–2023 copy that the first rules missed (a
spokesman named again by his body's initials, a converb after an attribution of the sentence
before, an agency between commas, a body's press service, an alarm passed on, "Ասում է՝",
"C, այդ մասին …", "այսպես է X-ը արձագանքել", a circulated statement quoted after a colon), each
in sentences written for these tests."""

import pytest

from tests.claims.test_extraction_hy import extract, make_desk

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk():
    return make_desk()


def test_a_spokesman_named_again_by_his_bodys_initials_after_a_quotation(desk):
    text = (
        "Արամ Թորոսյանն ասաց, որ հակառակորդը գիշերը կրակել է Սոթքի ուղղությամբ։ «Մեր կողմից "
        "տուժածներ չկան»,-հայտնեց ՊՆ մամուլի խոսնակը։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("հակառակորդը գիշերը կրակել է Սոթքի ուղղությամբ", "torosyan", []),
        ("Մեր կողմից տուժածներ չկան", "torosyan", []),
    ]


def test_a_converb_after_an_attribution_of_the_sentence_before_is_a_statement_too(desk):
    text = (
        "Սահմանին իրավիճակը կայուն է։ «Արմենպրես»-ի հետ զրույցում այս մասին ասաց Արամ "
        "Թորոսյանը՝ հավելելով, որ հակառակորդը կրակել է ականանետից։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Սահմանին իրավիճակը կայուն է", "torosyan", ["armenpress"]),
        ("հակառակորդը կրակել է ականանետից", "torosyan", ["armenpress"]),
    ]


def test_an_agency_between_commas_after_the_speaker_is_a_relay_not_a_second_name(desk):
    text = "Ջեյհուն Բայրամովը, ՏԱՍՍ-ի փոխանցմամբ, հայտարարել է, որ Բաքուն պատրաստ է բանակցել։"
    _, _, found = extract(text, desk)
    assert found == [("Բաքուն պատրաստ է բանակցել", "bayramov", ["tass"])]


def test_a_bodys_press_service_is_the_body(desk):
    text = "Ինչպես հաղորդում է Ադրբեջանի ՊՆ մամուլի ծառայությունը, հայկական կողմը կրակել է։"
    _, _, found = extract(text, desk)
    assert found == [("հայկական կողմը կրակել է", "az-mod", [])]


def test_citing_by_giving_a_reference(desk):
    text = (
        "Հայկական կողմը կրակել է Նախիջևանի ուղղությամբ, հայտնում է APA-ն` հղում տալով "
        "Ադրբեջանի ՊՆ-ին։"
    )
    _, _, found = extract(text, desk)
    assert found == [("Հայկական կողմը կրակել է Նախիջևանի ուղղությամբ", "az-mod", ["apa"])]


def test_the_statement_then_this_was_said_by_in_one_sentence(desk):
    text = "Գիշերը Սոթքում լսվել են պայթյուններ, այդ մասին հայտնում են ՀՀ ՊՆ-ից։"
    _, _, found = extract(text, desk)
    assert found == [("Գիշերը Սոթքում լսվել են պայթյուններ", "am-mod", [])]


def test_says_with_no_subject_goes_on_for_the_person_who_spoke_last(desk):
    text = "«Մենք չենք հեռանա»,- ասաց Նիկոլ Փաշինյանը։ Ասում է՝ կառավարությունը կօգնի բնակիչներին։"
    _, _, found = extract(text, desk)
    assert found == [
        ("Մենք չենք հեռանա", "pashinyan", []),
        ("կառավարությունը կօգնի բնակիչներին", "pashinyan", []),
    ]


def test_this_is_how_the_speaker_reacted(desk):
    text = "«Սա սադրանք է»,- այսպես է Մարիա Զախարովան արձագանքել Բաքվի հայտարարությանը։"
    _, _, found = extract(text, desk)
    assert found == [("Սա սադրանք է", "zakharova", [])]


def test_shared_a_concern_is_saying(desk):
    text = "«Գյուղում դեղեր չկան»,- լրագրողների հետ նման մտահոգությամբ կիսվեց Նիկոլ Փաշինյանը։"
    _, _, found = extract(text, desk)
    assert found == [("Գյուղում դեղեր չկան", "pashinyan", [])]


def test_a_circulated_statement_quoted_after_a_colon(desk):
    text = "ՀՀ ՊՆ-ն հաղորդագրություն է տարածել․ «Հակառակորդը կրակ է բացել Սոթքի ուղղությամբ»։"
    _, _, found = extract(text, desk)
    assert found == [("Հակառակորդը կրակ է բացել Սոթքի ուղղությամբ", "am-mod", [])]


def test_an_alarm_passed_to_an_agency_attributes_the_sentence_before(desk):
    text = "Սոթքում գիշերը կրակոցներ են հնչել։ Ահազանգը «Արմենպրես»-ին փոխանցեց Արամ Թորոսյանը։"
    _, _, found = extract(text, desk)
    assert found == [("Սոթքում գիշերը կրակոցներ են հնչել", "torosyan", ["armenpress"])]


def test_a_setting_before_a_described_speaker(desk):
    text = (
        "Արամ Թորոսյանն ասաց, որ հակառակորդը կրակել է։ Լրագրողների հետ ճեպազրույցում ՊՆ "
        "խոսնակը վստահեցրել է, որ բանակը պատրաստ է։"
    )
    _, _, found = extract(text, desk)
    assert found[1] == ("բանակը պատրաստ է", "torosyan", [])


def test_one_sentence_two_speakers_joined_by_but(desk):
    text = (
        "Ադրբեջանի ՊՆ-ն պնդում է, որ հայկական ստորաբաժանումները կրակել են, սակայն ՀՀ ՊՆ-ն "
        "հերքում է այդ տեղեկությունը։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("հայկական ստորաբաժանումները կրակել են", "az-mod", []),
        ("հերքում է այդ տեղեկությունը", "am-mod", []),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "apparently": the publisher's own voice
        "Ըստ ամենայնի, հրադադարը կխախտվի մինչև բանակցությունները։",
        # an alarm that was no one's telling
        "Ահազանգը հնչել է գիշերը, և բնակիչները դուրս են եկել փողոց։",
        # "reacted" with no words of its own
        "Ալիևի խոսքերին այսօր արձագանքել է Նիկոլ Փաշինյանը։",
    ],
)
def test_no_statement(text, desk):
    _, _, found = extract(text, desk)
    assert found == []
