"""Claim extraction in Azerbaijani: formulas real agency and news-site copy of 2020-2023
attributes with and the first rules missed, each in sentences written for these tests, with the
statement's span, its speaker and its relays."""

import pytest

from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source, SourceProposal
from tests.factories import make_document, make_source

pytestmark = pytest.mark.django_db

AZ_MOD = "Ministry of Defence of Azerbaijan"
AM_MOD = "Ministry of Defence of Armenia"
AM_MFA = "Ministry of Foreign Affairs of Armenia"


@pytest.fixture
def desk():
    """The sources these sentences name, by the names Azerbaijani copy gives them, with their
    countries (a bare "Müdafiə Nazirliyi" is the publisher's country's); the spokespeople belong
    to their ministries."""
    kinds = Source.Kind

    def source(name, kind, *aliases, **fields):
        return make_source(name, kind=kind, aliases=list(aliases), **fields)

    am_mfa = source(
        AM_MFA, kinds.MINISTRY, "Ermənistan Xarici İşlər Nazirliyi", "Ermənistan XİN", country="AM"
    )
    az_mfa = source(
        "Ministry of Foreign Affairs of Azerbaijan",
        kinds.MINISTRY,
        "Azərbaycan Xarici İşlər Nazirliyi",
        "Azərbaycan XİN",
        country="AZ",
    )
    ru_mfa = source(
        "Ministry of Foreign Affairs of Russia", kinds.MINISTRY, "Rusiya XİN", country="RU"
    )
    return {
        "apa": source("Azeri Press Agency", kinds.NEWS_AGENCY, "APA", country="AZ"),
        "sahil": source("Sahil Xəbər", kinds.OUTLET, country="AZ"),
        "az-mod": source(AZ_MOD, kinds.MINISTRY, "Azərbaycan Müdafiə Nazirliyi", country="AZ"),
        "am-mod": source(AM_MOD, kinds.MINISTRY, "Ermənistan Müdafiə Nazirliyi", country="AM"),
        "am-mfa": am_mfa,
        "az-mfa": az_mfa,
        "ru-mfa": ru_mfa,
        "bayramov": source(
            "Jeyhun Bayramov", kinds.OFFICIAL, "Ceyhun Bayramov", parent=az_mfa, country="AZ"
        ),
        "hajizada": source(
            "Ayhan Hajizada", kinds.OFFICIAL, "Ayxan Hacızadə", "Hacızadə", parent=az_mfa
        ),
        "badalyan": source("Ani Badalyan", kinds.OFFICIAL, parent=am_mfa),
        "zakharova": source(
            "Maria Zakharova", kinds.OFFICIAL, "Mariya Zaxarova", "Zaxarova", parent=ru_mfa
        ),
        "lavrov": source("Sergey Lavrov", kinds.OFFICIAL, parent=ru_mfa),
    }


def extract(text, desk, publisher="apa"):
    document = make_document(text, publisher=desk[publisher], language="az")
    document_claims_extract(document=document)
    claims = (
        Claim.objects.filter(document=document)
        .select_related("speaker")
        .prefetch_related("attributions__source")
        .order_by("start")
    )
    return [
        (c.quote, c.speaker.name, [a.source.name for a in c.attributions.all()]) for c in claims
    ]


def test_a_quotation_attributed_after_a_comma_alone(desk):
    found = extract(
        "“Sülhməramlılarımız öz vəzifələrini peşəkarcasına yerinə yetirir”, Sergey Lavrov "
        "bildirib.",
        desk,
    )
    assert found == [
        ("Sülhməramlılarımız öz vəzifələrini peşəkarcasına yerinə yetirir", "Sergey Lavrov", [])
    ]


def test_quoted_names_opening_a_sentence_are_no_quotation(desk):
    found = extract(
        "“Azəriqaz”, “Azərişıq” və digər qurumların nümayəndələri də görüşdə iştirak edib.",
        desk,
    )
    assert found == []


def test_a_quotation_after_danisib_and_a_colon(desk):
    found = extract(
        "S. Lavrov danışıqların formatından da danışıb: “Biz istənilən formatı dəstəkləyirik, "
        "əsas odur ki, nəticə olsun”.",
        desk,
    )
    assert found == [
        (
            "Biz istənilən formatı dəstəkləyirik, əsas odur ki, nəticə olsun",
            "Sergey Lavrov",
            [],
        )
    ]


def test_a_quotation_between_doubled_single_marks_is_quoted_without_them(desk):
    found = extract(
        "Zaxarova deyib: ‘‘Atəşkəsin pozulması ilə bağlı bütün hallar araşdırılır’’.", desk
    )
    assert found == [
        ("Atəşkəsin pozulması ilə bağlı bütün hallar araşdırılır", "Maria Zakharova", [])
    ]


def test_this_is_said_in_someones_comment_attributes_the_paragraph_before(desk):
    """ "Bu, X-in … şərhində bildirilib.": the speaker is the first name after "bu,", the
    body they answered after it is no speaker."""
    found = extract(
        "Ermənistanın minalanma xəritələrini təqdim etməməsi dinc sakinlərin həyatını təhlükə "
        "altında saxlayır.\n\n"
        "Bu, Ayxan Hacızadənin Ermənistan XİN-in son bəyanatına dair şərhində bildirilib.",
        desk,
        publisher="sahil",
    )
    assert found == [
        (
            "Ermənistanın minalanma xəritələrini təqdim etməməsi dinc sakinlərin həyatını "
            "təhlükə altında saxlayır",
            "Ayhan Hajizada",
            [],
        )
    ]


def test_it_was_reported_by_the_ministry_and_a_passive_continues_it(desk):
    found = extract(
        "Ermənistan tərəfinin yaydığı videogörüntülər başqa əraziyə aiddir.\n\n"
        "Bu barədə Müdafiə Nazirliyindən xəbər verilib.\n\n"
        "Diqqətə çatdırılıb ki, videoda əks olunan mövqe Azərbaycan Ordusuna məxsus deyil.",
        desk,
    )
    assert found == [
        ("Ermənistan tərəfinin yaydığı videogörüntülər başqa əraziyə aiddir", AZ_MOD, []),
        ("videoda əks olunan mövqe Azərbaycan Ordusuna məxsus deyil", AZ_MOD, []),
    ]


def test_the_defence_ministry_after_a_foreign_ministry_spokeswoman_is_no_foreign_ministry(desk):
    """ "Müdafiə Nazirliyindən" after Armenia's foreign ministry spokeswoman spoke: the
    publisher's country's defence ministry, not the ministry she speaks for."""
    found = extract(
        "Ermənistan XİN-in sözçüsü Ani Badalyan bəyan edib ki, sərhəddə vəziyyət gərgindir.\n\n"
        "Ermənistan tərəfinin yaydığı videogörüntülər başqa əraziyə aiddir.\n\n"
        "Bu barədə Müdafiə Nazirliyindən xəbər verilib.",
        desk,
    )
    assert [(quote, speaker) for quote, speaker, _ in found] == [
        ("sərhəddə vəziyyət gərgindir", "Ani Badalyan"),
        ("Ermənistan tərəfinin yaydığı videogörüntülər başqa əraziyə aiddir", AZ_MOD),
    ]


def test_the_head_of_the_foreign_ministry_is_its_minister_who_spoke(desk):
    found = extract(
        "Ceyhun Bayramov bildirib ki, Ermənistan real addımlar atmalıdır.\n\n"
        "XİN rəhbəri bildirib ki, sülh gündəliyinə qarşı çıxan qüvvələr dəstəyə malik deyil.",
        desk,
    )
    assert [(quote, speaker) for quote, speaker, _ in found] == [
        ("Ermənistan real addımlar atmalıdır", "Jeyhun Bayramov"),
        ("sülh gündəliyinə qarşı çıxan qüvvələr dəstəyə malik deyil", "Jeyhun Bayramov"),
    ]


def test_a_ministrys_official_after_its_name_is_its_spokeswoman_who_spoke(desk):
    """ "Rusiya XİN-in rəsmisi": the official of the Russian ministry who spoke before."""
    found = extract(
        "Mariya Zaxarova bildirib ki, Rusiya səylərini davam etdirir.\n\n"
        "Laçın dəhlizindəki vəziyyətdən danışan Rusiya XİN-in rəsmisi qeyd edib ki, "
        "üçtərəfli bəyanatın bütün müddəaları yerinə yetirilməlidir.",
        desk,
    )
    assert [(quote, speaker) for quote, speaker, _ in found] == [
        ("Rusiya səylərini davam etdirir", "Maria Zakharova"),
        ("üçtərəfli bəyanatın bütün müddəaları yerinə yetirilməlidir", "Maria Zakharova"),
    ]


def test_this_statement_was_made_by_the_ministrys_press_service(desk):
    found = extract(
        "“Ermənistan bölmələri Laçın istiqamətində yeni atəş mövqeləri qurur”.\n\n"
        "Sahil Xəbər xəbər verir ki, bu açıqlama ilə Müdafiə Nazirliyinin mətbuat xidməti "
        "çıxış edib.",
        desk,
        publisher="sahil",
    )
    assert found == [
        ("Ermənistan bölmələri Laçın istiqamətində yeni atəş mövqeləri qurur", AZ_MOD, [])
    ]


def test_said_these_words_with_a_colon_announces_the_next_paragraph(desk):
    found = extract(
        "Ceyhun Bayramov isə jurnalistlərin suallarını cavablandırarkən bu fikirləri deyib:\n\n"
        "“Sülh prosesinə zərbə vuran hər addım Ermənistanın özünə qarşı çevriləcək”.",
        desk,
    )
    assert found == [
        (
            "Sülh prosesinə zərbə vuran hər addım Ermənistanın özünə qarşı çevriləcək",
            "Jeyhun Bayramov",
            [],
        )
    ]


def test_the_publisher_citing_the_ministry_in_the_dative(desk):
    """ "Sahil Xəbər Müdafiə Nazirliyinə istinadən xəbər verir ki, C": the ministry cited is the
    speaker, and no source is proposed for its dative."""
    document_text = (
        "Sahil Xəbər Müdafiə Nazirliyinə istinadən xəbər verir ki, Ermənistan tərəfinin yaydığı "
        "xəbər uydurmadır."
    )
    found = extract(document_text, desk, publisher="sahil")
    assert found == [("Ermənistan tərəfinin yaydığı xəbər uydurmadır", AZ_MOD, [])]
    assert not SourceProposal.objects.exists()


def test_this_was_said_by_with_a_quotation_gives_the_sentence_before_and_the_quotation(desk):
    """ "Bu barədə X-dən bildirilib: “Q”": the attribution of the sentence before goes on with a
    quotation of its own; both are the ministry's."""
    found = extract(
        "Ermənistan tərəfinin yaydığı məlumat həqiqətə uyğun deyil.\n\n"
        "Bu barədə Müdafiə Nazirliyindən bildirilib: “Bölmələrimiz həmin istiqamətdə heç bir "
        "atəş açmayıb”.",
        desk,
    )
    assert found == [
        ("Ermənistan tərəfinin yaydığı məlumat həqiqətə uyğun deyil", AZ_MOD, []),
        ("Bölmələrimiz həmin istiqamətdə heç bir atəş açmayıb", AZ_MOD, []),
    ]


def test_a_quotation_attributed_by_deye_and_a_comma_continues_the_statement_before(desk):
    found = extract(
        "Bu barədə Müdafiə Nazirliyindən bildirilib ki, sərhəddə vəziyyət sabitdir.\n\n"
        "“Bölmələrimiz istənilən təxribatın qarşısını almağa hazırdır”-deyə, məlumatda qeyd "
        "olunub.",
        desk,
    )
    assert found == [
        ("sərhəddə vəziyyət sabitdir", AZ_MOD, []),
        ("Bölmələrimiz istənilən təxribatın qarşısını almağa hazırdır", AZ_MOD, []),
    ]


def test_an_outlets_report_before_according_to_someone(desk):
    """ "Sahil Xəbər xəbər verir ki, X-in sözlərinə görə, C": X's statement; the publisher's
    own name relays nothing."""
    found = extract(
        "Sahil Xəbər xəbər verir ki, Sergey Lavrovun sözlərinə görə, Moskva növbəti görüşə "
        "hazırdır.",
        desk,
        publisher="sahil",
    )
    assert found == [("Moskva növbəti görüşə hazırdır", "Sergey Lavrov", [])]


def test_the_one_answered_before_the_speaker_is_no_speaker(desk):
    found = extract(
        "Ermənistan XİN-in sözçüsü Ani Badalyanın açıqlamasına cavab olaraq, Hacızadə qeyd edib "
        "ki, bülletendə hadisənin təşəbbüskarı göstərilməyib.",
        desk,
    )
    assert found == [("bülletendə hadisənin təşəbbüskarı göstərilməyib", "Ayhan Hajizada", [])]


def test_who_gave_a_statement_is_whom_o_means_after_it(desk):
    """ "X açıqlama verib." takes nothing (no content), but "o" after it is X."""
    found = extract(
        "Nikol Paşinyan Fransa televiziyasına müsahibəsində açıqlama verib.\n\n"
        "Sahil Xəbər xəbər verir ki, o, danışıqlardan bəhs edərkən bildirib ki, Bakı ilə İrəvan "
        "arasında sülh indiki şəraitdə çətindir.",
        {
            **desk,
            "pashinyan": make_source(
                "Nikol Pashinyan", kind=Source.Kind.OFFICIAL, aliases=["Nikol Paşinyan"]
            ),
        },
        publisher="sahil",
    )
    assert found == [
        ("Bakı ilə İrəvan arasında sülh indiki şəraitdə çətindir", "Nikol Pashinyan", [])
    ]


def test_the_ombudsmans_office_after_a_prime_minister_is_no_government(desk):
    ombudsman = make_source(
        "Commissioner for Human Rights of Azerbaijan",
        kind=Source.Kind.GOVERNMENT_BODY,
        country="AZ",
        aliases=["Azərbaycan Ombudsman Aparatı"],
    )
    government = make_source(
        "Government of Armenia",
        kind=Source.Kind.GOVERNMENT_BODY,
        country="AM",
        aliases=["Ermənistan hökuməti"],
    )
    make_source(
        "Nikol Pashinyan", kind=Source.Kind.OFFICIAL, aliases=["Nikol Paşinyan"], parent=government
    )
    found = extract(
        "Nikol Paşinyan bildirib ki, sülh indiki şəraitdə çətindir.\n\n"
        "Ombudsman Aparatından Sahil Xəbər-ə bildirilib ki, beynəlxalq təşkilatlara yeni hesabat "
        "göndərilib.",
        desk,
        publisher="sahil",
    )
    assert [(quote, speaker) for quote, speaker, _ in found] == [
        ("sülh indiki şəraitdə çətindir", "Nikol Pashinyan"),
        ("beynəlxalq təşkilatlara yeni hesabat göndərilib", ombudsman.name),
    ]
