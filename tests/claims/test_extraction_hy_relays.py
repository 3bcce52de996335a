"""Claim extraction in Armenian: who passed a statement on (an agency before the verb or in
the dative, an outlet an interview was given to, a site reprinting an outlet) and the formulas
of news-site copy beyond the one-sentence-per-pattern cases of test_extraction_hy, each in
sentences written for these tests."""

import pytest

from tests.claims.test_extraction_hy import extract, make_desk

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk():
    return make_desk()


def test_an_agency_that_passed_it_on_first_attributes_the_sentence_before(desk):
    # Without "այս մասին", and the agency's name without its genitive ending.
    text = (
        "Հակառակորդը գիշերը կրակել է Սոթքի ուղղությամբ։ Sputnik Արմենիա փոխանցմամբ՝ "
        "հայտարարել է Արամ Թորոսյանը՝ Երևանում լրագրողների հետ հանդիպման ժամանակ։"
    )
    _, _, found = extract(text, desk)
    assert found == [("Հակառակորդը գիշերը կրակել է Սոթքի ուղղությամբ", "torosyan", ["sputnik-am"])]


def test_an_interview_given_to_a_broadcaster_makes_it_a_relay(desk):
    text = (
        "«Միջանցքի մասին խոսք լինել չի կարող»,- «Ալ Ջազիրա» հեռուստաընկերությանը տված "
        "հարցազրույցում հայտարարել է Նիկոլ Փաշինյանը։ «Մենք պատրաստ ենք բացել "
        "ճանապարհները»,- նշել է նա։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Միջանցքի մասին խոսք լինել չի կարող", "pashinyan", ["al-jazeera"]),
        ("Մենք պատրաստ ենք բացել ճանապարհները", "pashinyan", ["al-jazeera"]),
    ]


def test_according_to_in_lower_case_after_an_opening_phrase(desk):
    text = "Բացի այդ, ըստ ՀՀ ՊՆ-ի, հակառակորդը կրակել է ականանետից։"
    _, _, found = extract(text, desk)
    assert found == [("հակառակորդը կրակել է ականանետից", "am-mod", [])]


@pytest.mark.parametrize(
    "text",
    [
        "ՀՀ ՊՆ-ն փաստել է, որ հակառակորդը գիշերը խախտել է հրադադարը։",
        "ՀՀ ՊՆ-ն արձանագրել է, որ հակառակորդը գիշերը խախտել է հրադադարը։",
        "ՀՀ ՊՆ-ն ահազանգում է, որ հակառակորդը գիշերը խախտել է հրադադարը։",
        "ՀՀ ՊՆ-ն հույս է հայտնել, որ հակառակորդը գիշերը չի խախտի հրադադարը։",
    ],
)
def test_stating_as_a_fact_recording_alarming_and_hoping_are_saying(text, desk):
    _, _, found = extract(text, desk)
    assert [(speaker, relays) for _, speaker, relays in found] == [("am-mod", [])]


def test_the_hedge_alone_may_stand_for_that(desk):
    text = "Ադրբեջանի ՊՆ-ն պնդում է, իբր հայկական կողմը կրակել է Նախիջևանի ուղղությամբ։"
    _, _, found = extract(text, desk)
    assert found == [("հայկական կողմը կրակել է Նախիջևանի ուղղությամբ", "az-mod", [])]


def test_recording_without_that_is_no_statement(desk):
    _, _, found = extract("ՀՀ ՊՆ-ն արձանագրել է հրադադարի տասնհինգ խախտում։", desk)
    assert found == []


def test_the_news_told_to_an_agency_makes_it_a_relay(desk):
    text = (
        "Ադրբեջանական կողմը գիշերը կրակել է Տեղ գյուղի ուղղությամբ։ Տեղեկությունը Sputnik "
        "Արմենիայի հետ զրույցում հայտնեց Արամ Թորոսյանը։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Ադրբեջանական կողմը գիշերը կրակել է Տեղ գյուղի ուղղությամբ", "torosyan", ["sputnik-am"])
    ]


def test_this_in_lower_case_after_the_one_dot_full_stop(desk):
    text = (
        "Ադրբեջանական կողմը գիշերը կրակել է Տեղ գյուղի ուղղությամբ․ այս մասին լուրը "
        "«Արմենպրես»-ի հետ զրույցում հաստատեց Արամ Թորոսյանը։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Ադրբեջանական կողմը գիշերը կրակել է Տեղ գյուղի ուղղությամբ", "torosyan", ["armenpress"])
    ]


def test_the_plural_of_the_aorist_of_a_causative(desk):
    text = "ՀՀ ՊՆ-ից հավաստիացրին, որ սահմանին գիշերը միջադեպ չի գրանցվել։"
    _, _, found = extract(text, desk)
    assert found == [("սահմանին գիշերը միջադեպ չի գրանցվել", "am-mod", [])]


def test_media_described_by_an_adjective_are_no_speaker(desk):
    text = "Տեղական լրատվամիջոցների փոխանցմամբ, սահմանին գիշերը կրակոցներ են եղել։"
    _, result, found = extract(text, desk)
    assert found == []
    assert result.proposed == []


def test_the_hedge_set_off_by_commas(desk):
    text = "Ադրբեջանի ՊՆ-ն պնդում է, իբր, հայկական կողմը կրակել է Նախիջևանի ուղղությամբ։"
    _, _, found = extract(text, desk)
    assert found == [("հայկական կողմը կրակել է Նախիջևանի ուղղությամբ", "az-mod", [])]


def test_a_quotation_then_made_a_statement(desk):
    text = "«Մենք դատապարտում ենք ուժի գործադրումը սահմանին»,- ՀՀ ՊՆ-ն հայտարարություն է արել։"
    _, _, found = extract(text, desk)
    assert found == [("Մենք դատապարտում ենք ուժի գործադրումը սահմանին", "am-mod", [])]


def test_a_place_in_brackets_before_a_dash_is_no_speaker(desk):
    text = "Ստեփանակերտ (Արցախ) - Քաղաքում գիշերը լսվել են պայթյունների ձայներ։"
    _, result, found = extract(text, desk)
    assert found == []
    assert result.proposed == []


def test_the_information_service_of_a_ministry_refers_back_to_it(desk):
    text = (
        "ՀՀ ՊՆ-ն հայտնել է, որ հակառակորդը գիշերը կրակել է Սոթքի ուղղությամբ։ Լրատվական "
        "ծառայությունից նաև հավաստիացրին, որ կորուստներ չկան հայկական կողմում։"
    )
    _, _, found = extract(text, desk)
    assert [(speaker, relays) for _, speaker, relays in found] == [("am-mod", [])] * 2


def test_an_agency_in_the_dative_after_the_speaker_is_told(desk):
    text = "«Մոսկվան պատրաստ է օգնել կողմերին բանակցություններում»,- ասել է Զախարովան ՏԱՍՍ-ին։"
    _, _, found = extract(text, desk)
    assert found == [
        ("Մոսկվան պատրաստ է օգնել կողմերին բանակցություններում", "zakharova", ["tass"])
    ]


def test_the_agency_that_passed_it_on_just_before_the_verb_is_a_relay(desk):
    text = (
        "«Մոսկվան պատրաստ է օգնել կողմերին բանակցություններում»,- ՏԱՍՍ-ի փոխանցմամբ ասել է "
        "Զախարովան։"
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Մոսկվան պատրաստ է օգնել կողմերին բանակցություններում", "zakharova", ["tass"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ՀՀ ՊՆ-ից «Արմենպրես»-ին հայտնեցին, որ հակառակորդը կրակել է Սոթքի ուղղությամբ։",
        "ՀՀ պաշտպանության նախարարությունից «Արմենպրես»-ին հայտնեցին, որ հակառակորդը կրակել "
        "է Սոթքի ուղղությամբ։",
    ],
)
def test_a_body_in_the_ablative_told_an_agency(text, desk):
    _, _, found = extract(text, desk)
    assert found == [("հակառակորդը կրակել է Սոթքի ուղղությամբ", "am-mod", ["armenpress"])]


def test_a_question_whether_before_the_answer(desk):
    text = (
        "Լրագրողի հարցին, թե երբ կվերսկսվեն բանակցությունները, Ջեյհուն Բայրամովը պատասխանել "
        "է, որ ամսաթիվը դեռ համաձայնեցված չէ։"
    )
    _, _, found = extract(text, desk)
    assert found == [("ամսաթիվը դեռ համաձայնեցված չէ", "bayramov", [])]


def test_came_out_with_a_statement_then_noting(desk):
    text = (
        "ՀՀ ՊՆ-ն հայտարարությամբ է հանդես եկել՝ նշելով, որ հակառակորդը խախտել է հրադադարի ռեժիմը։"
    )
    _, _, found = extract(text, desk)
    assert found == [("հակառակորդը խախտել է հրադադարի ռեժիմը", "am-mod", [])]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "«Հակառակորդը խախտել է հրադադարի ռեժիմը»,- ընդգծված է ՀՀ ՊՆ հաղորդագրության մեջ։",
            "Հակառակորդը խախտել է հրադադարի ռեժիմը",
        ),
        (
            "ՀՀ ՊՆ հաղորդագրության մեջ ընդգծվում է, որ հակառակորդը խախտել է հրադադարի ռեժիմը։",
            "հակառակորդը խախտել է հրադադարի ռեժիմը",
        ),
        (
            "ՀՀ ՊՆ տեղեկատվության համաձայն՝ հակառակորդը խախտել է հրադադարի ռեժիմը։",
            "հակառակորդը խախտել է հրադադարի ռեժիմը",
        ),
    ],
)
def test_what_a_document_stresses_and_according_to_its_information(text, span, desk):
    _, _, found = extract(text, desk)
    assert found == [(span, "am-mod", [])]


def test_as_an_agency_had_reported_names_it_a_relay(desk):
    text = "Ինչպես տեղեկացրել էր ՏԱՍՍ-ը, Զախարովան ասել էր, որ Մոսկվան պատրաստ է օգնել կողմերին։"
    _, _, found = extract(text, desk)
    assert found == [("Մոսկվան պատրաստ է օգնել կողմերին", "zakharova", ["tass"])]


@pytest.mark.parametrize(
    "text",
    [
        "Բրյուսելում ԵՄ նախարարների հետ հանդիպման ժամանակ Ջեյհուն Բայրամովն ասել է, որ "
        "Բաքուն պատրաստ է շարունակել բանակցությունները։",
        "Զախարովայի հետ մամուլի ասուլիսում Ջեյհուն Բայրամովը հայտարարել է, որ Բաքուն պատրաստ "
        "է շարունակել բանակցությունները։",
    ],
)
def test_where_and_when_before_a_known_speaker(text, desk):
    _, _, found = extract(text, desk)
    assert found == [("Բաքուն պատրաստ է շարունակել բանակցությունները", "bayramov", [])]


def test_it_is_also_noted_that_continues_the_speaker(desk):
    text = (
        "ՀՀ ՊՆ-ն հայտնել է, որ հակառակորդը գիշերը կրակել է Սոթքի ուղղությամբ։ Նշվում է նաև, "
        "որ կորուստներ չկան հայկական կողմում։"
    )
    _, _, found = extract(text, desk)
    assert [(speaker, relays) for _, speaker, relays in found] == [("am-mod", [])] * 2


@pytest.mark.parametrize("line_break", ["\n\n", "\n"])
def test_a_site_reprinting_an_outlet_makes_it_the_farthest_relay(desk, line_break):
    text = line_break.join(
        [
            "Tert.am-ը գրում է.",
            "Զախարովան ՏԱՍՍ-ին ասել է, որ Մոսկվան պատրաստ է օգնել կողմերին։",
            "«Մենք սպասում ենք կողմերի պատասխանին»,- նշել է նա։",
            "Արամ Թորոսյանը հայտարարել է, որ սահմանին իրադրությունը կայուն է։",
        ]
    )
    _, _, found = extract(text, desk)
    assert found == [
        ("Մոսկվան պատրաստ է օգնել կողմերին", "zakharova", ["tass", "tert"]),
        ("Մենք սպասում ենք կողմերի պատասխանին", "zakharova", ["tass", "tert"]),
        ("սահմանին իրադրությունը կայուն է", "torosyan", ["tert"]),
    ]


def test_an_outlet_writing_within_a_paragraph_reprints_nothing(desk):
    text = (
        "Tert.am-ը գրում է, որ Թորոսյանը ժամանել է Տավուշ։\n\n"
        "Արամ Թորոսյանը հայտարարել է, որ սահմանին իրադրությունը կայուն է։"
    )
    _, _, found = extract(text, desk)
    assert found[-1] == ("սահմանին իրադրությունը կայուն է", "torosyan", [])


def test_a_body_in_the_locative_speaks_for_itself(desk):
    text = "ՀՀ ՊՆ-ում հայտարարել են, որ հակառակորդը գիշերը կրակել է Սոթքի ուղղությամբ։"
    _, _, found = extract(text, desk)
    assert found == [("հակառակորդը գիշերը կրակել է Սոթքի ուղղությամբ", "am-mod", [])]


def test_a_body_in_the_locative_before_a_speaker_is_no_speaker(desk):
    text = (
        "ՀՀ ՊՆ-ում կայացած հանդիպման ժամանակ Արամ Թորոսյանը հայտարարել է, որ սահմանին "
        "իրադրությունը կայուն է։"
    )
    _, _, found = extract(text, desk)
    assert found == [("սահմանին իրադրությունը կայուն է", "torosyan", [])]
