"""Claim extraction in Azerbaijani: attribution formulas of agency and news-site copy beyond the
one-sentence-per-pattern cases of test_extraction_az, each in sentences written for these
tests, with the statement's span, its speaker and its relays."""

import pytest

from claims.extraction.services import document_claims_extract
from sources.models import Source, SourceProposal
from sources.registry import registry_load
from sources.services import source_proposal_confirm
from tests.claims.test_extraction_az import AM_MOD, AZ_MOD, extract
from tests.factories import make_document, make_editor, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def az_desk():
    """The sources these sentences name, by the names Azerbaijani copy gives them."""
    kinds = Source.Kind

    def source(name, kind, *aliases):
        return make_source(name, kind=kind, aliases=list(aliases))

    return {
        "apa": source("Azeri Press Agency", kinds.NEWS_AGENCY, "APA"),
        "trend": source("Trend", kinds.NEWS_AGENCY),
        "oxu": source("Oxu.az", kinds.OUTLET),
        "az-mod": source(AZ_MOD, kinds.MINISTRY, "Azərbaycan Müdafiə Nazirliyi"),
        "bayramov": source("Jeyhun Bayramov", kinds.OFFICIAL, "Ceyhun Bayramov"),
        "dargahli": source("Vagif Dargahli", kinds.OFFICIAL, "Vaqif Dərgahlı", "Dərgahlı"),
    }


ANAMA_PARAGRAPHS = (
    "Füzulidə mina partlayışı baş verib.\n\n"
    "Trend-ə bu barədə Azərbaycan Müdafiə Nazirliyindən məlumat verilib.\n\n"
)


def test_an_outlet_told_first_then_this_was_said_by(az_desk):
    """The outlet told, in the dative, opens the sentence: "X-a bu barədə Y-dan məlumat
    verilib"."""
    _, _, found = extract(ANAMA_PARAGRAPHS, az_desk, publisher="oxu")
    assert found == [("Füzulidə mina partlayışı baş verib", AZ_MOD, ["Trend"])]


def test_the_publisher_told_first_relays_nothing(az_desk):
    _, _, found = extract(
        "Füzulidə mina partlayışı baş verib.\n\n"
        "APA-ya bu barədə Azərbaycan Müdafiə Nazirliyindən məlumat verilib.",
        az_desk,
    )
    assert found == [("Füzulidə mina partlayışı baş verib", AZ_MOD, [])]


def test_according_to_an_agency_this_was_said_by(az_desk):
    """The agency whose report it is relays it: "Trend-in məlumatına görə, bunu X deyib"."""
    _, _, found = extract(
        "Ermənistan işğal dövründə itkin düşənlər barədə faktları gizlədib.\n\n"
        "Trend-in məlumatına görə, bunu xarici işlər naziri Ceyhun Bayramov Bakıda keçirilən "
        "konfransda deyib.",
        az_desk,
        publisher="oxu",
    )
    assert found == [
        (
            "Ermənistan işğal dövründə itkin düşənlər barədə faktları gizlədib",
            "Jeyhun Bayramov",
            ["Trend"],
        )
    ]


def test_according_to_the_publisher_this_was_said_by(az_desk):
    _, _, found = extract(
        "Ermənistan işğal dövründə itkin düşənlər barədə faktları gizlədib.\n\n"
        "APA-nın məlumatına görə, bunu Ceyhun Bayramov deyib.",
        az_desk,
    )
    assert found == [
        (
            "Ermənistan işğal dövründə itkin düşənlər barədə faktları gizlədib",
            "Jeyhun Bayramov",
            [],
        )
    ]


def test_the_one_saying_a_quotation_goes_on_to_say_what(az_desk):
    """The quotation and what its speaker goes on to say are two statements ("“Q”, - deyən X
    C-dığını da bildirib"); the capitalised word opening the second is no part of the speaker."""
    _, _, found = extract(
        "“Sərhəddə vəziyyət sabitdir və nəzarət altındadır”, - deyən V.Dərgahlı Qazax "
        "istiqamətində atəş açılmadığını da bildirib.",
        az_desk,
    )
    assert found == [
        ("Sərhəddə vəziyyət sabitdir və nəzarət altındadır", "Vagif Dargahli", []),
        ("Qazax istiqamətində atəş açılmadığını", "Vagif Dargahli", []),
    ]


def test_according_to_the_information_is_the_statement_before(az_desk):
    """A sentence "Məlumata görə, C" (according to the information) names no one: the information is
    the one the sentence before gave, its relays kept; a missing space after the comma changes
    nothing."""
    _, _, found = extract(
        ANAMA_PARAGRAPHS
        + "Məlumata görə, partlayış Horadiz qəsəbəsi yaxınlığında minalardan təmizlənməmiş "
        "ərazidə baş verib.\n\n"
        "Məlumata görə,hadisə yerində araşdırma aparılır və ərazi mühafizəyə alınıb.",
        az_desk,
        publisher="oxu",
    )
    assert found[1:] == [
        (
            "partlayış Horadiz qəsəbəsi yaxınlığında minalardan təmizlənməmiş ərazidə baş verib",
            AZ_MOD,
            ["Trend"],
        ),
        ("hadisə yerində araşdırma aparılır və ərazi mühafizəyə alınıb", AZ_MOD, ["Trend"]),
    ]


def test_according_to_the_information_with_nobody_before_is_no_statement(az_desk):
    _, result, found = extract(
        "Məlumata görə, partlayış minalardan təmizlənməmiş ərazidə baş verib.", az_desk
    )
    assert found == [] and result.proposed == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Azərbaycan MN habelə Füzuli istiqamətində mövqelərinin atəşə tutulduğunu bildirib.",
            AZ_MOD,
        ),
        ("Ermənistan MN-i bildirib ki, sərhəddə vəziyyət nəzarət altındadır.", AM_MOD),
    ],
    ids=["Azərbaycan MN, habelə", "Ermənistan MN in the accusative"],
)
def test_a_defence_ministry_by_its_abbreviation(text, speaker):
    """The country, then "MN", as the press abbreviates Müdafiə Nazirliyi (the registry's
    names)."""
    registry_load()
    apa = Source.objects.get(name="Azeri Press Agency")
    document = make_document(text, publisher=apa, language="az")
    document_claims_extract(document=document)
    assert [c.speaker.name for c in document.claims.all()] == [speaker]


def test_an_ambassador_by_the_title_in_lower_case_before_the_name(az_desk):
    """The name after the last title is the speaker: "…daimi nümayəndəsi, səfir X"."""
    _, result, _ = extract(
        "“Sərhəd-buraxılış məntəqəsi zəruri tədbir idi”.\n\n"
        "APA xəbər verir ki, bu barədə Azərbaycanın ATƏT yanındakı daimi nümayəndəsi, səfir "
        "Rövşən Sadıqbəyli qurumun Daimi Şurasının iclasında deyib.",
        az_desk,
        publisher="oxu",
    )
    assert result.proposed == ["Rövşən Sadıqbəyli"]


def test_a_confirmed_person_is_not_followed_by_another_name(az_desk):
    """Once the desk confirms a proposed person, who come in as "other", the capitalised words
    after their name ("qurumun Daimi Şurasının") are not proposed as a person of that body."""
    document, _, _ = extract(
        "“Sərhəd-buraxılış məntəqəsi zəruri tədbir idi”.\n\n"
        "APA xəbər verir ki, bu barədə səfir Rövşən Sadıqbəyli qurumun Daimi Şurasının "
        "iclasında deyib.",
        az_desk,
        publisher="oxu",
    )
    proposal = SourceProposal.objects.get(name="Rövşən Sadıqbəyli")
    source_proposal_confirm(proposal=proposal, actor=make_editor(), name="Rövşən Sadıqbəyli")
    again = document_claims_extract(document=document)
    assert again.proposed == []
    assert [c.speaker.name for c in document.claims.all()] == ["Rövşən Sadıqbəyli"]


@pytest.mark.parametrize("capital", ["Bakı", "İrəvan"])
def test_a_bare_capital_is_a_side_not_a_source_to_propose(az_desk, capital):
    """Only "rəsmi Bakı" names a government; "Bakı iddia edir ki" proposes no source "Bakı"."""
    make_source("Xəbər saytı", kind=Source.Kind.OUTLET)
    _, result, _ = extract(
        f"{capital} iddia edir ki, atışma zamanı hərbçilər arasında itki olmayıb.", az_desk
    )
    assert capital not in result.proposed


@pytest.mark.parametrize(
    "text",
    [
        "C.Bayramov deyib ki, İrəvanın son açıqlamaları əsassızdır və əmin olduğunu bildirib ki, "
        "sərhəd komissiyaları işini vaxtında başa çatdıracaq.",
        "C.Bayramov deyib ki, İrəvanın son açıqlamaları əsassızdır, həmçinin vurğulayıb ki, "
        "sərhəd komissiyaları işini vaxtında başa çatdıracaq.",
    ],
    ids=["və … bildirib ki", ", həmçinin vurğulayıb ki"],
)
def test_a_second_verb_of_saying_in_the_sentence_is_a_second_statement(az_desk, text):
    _, _, found = extract(text, az_desk)
    assert found == [
        ("İrəvanın son açıqlamaları əsassızdır", "Jeyhun Bayramov", []),
        ("sərhəd komissiyaları işini vaxtında başa çatdıracaq", "Jeyhun Bayramov", []),
    ]


def test_a_name_before_a_second_verb_of_saying_keeps_one_statement(az_desk):
    """What others said, reported inside the content ("… və ATƏT bildirib ki, …"), is no second
    statement of the speaker."""
    _, _, found = extract(
        "C.Bayramov deyib ki, Rusiya sülhməramlıları və ATƏT bildirib ki, yol açıqdır.", az_desk
    )
    assert found == [
        ("Rusiya sülhməramlıları və ATƏT bildirib ki, yol açıqdır", "Jeyhun Bayramov", [])
    ]


def test_an_outlet_reports_what_a_named_speaker_said_made_a_noun(az_desk):
    """ "Trend xəbər verir ki, X … açıqlamasında C-dığını bildirib": X is the speaker, the outlet
    relays it; the quotation the colon introduces keeps both."""
    make_source("Nikol Pashinyan", kind=Source.Kind.OFFICIAL, aliases=["Nikol Paşinyan"])
    _, _, found = extract(
        "Trend xəbər verir ki, N.Paşinyan parlamentdəki çıxışında sərhəd komissiyalarının "
        "iclasının təxirə salındığını bildirib:\n\n"
        "“Növbəti iclasın tarixi tərəflər arasında razılaşdırılır”.",
        az_desk,
        publisher="oxu",
    )
    assert found == [
        ("sərhəd komissiyalarının iclasının təxirə salındığını", "Nikol Pashinyan", ["Trend"]),
        ("Növbəti iclasın tarixi tərəflər arasında razılaşdırılır", "Nikol Pashinyan", ["Trend"]),
    ]


def test_a_country_before_a_title_narrows_it_to_that_country_official(az_desk):
    """ "Erməni baş nazirin sözlərinə görə" after an Azerbaijani official spoke: the Armenian
    official who spoke before, the body they belong to being Armenian."""
    government = make_source(
        "Government of Armenia", kind=Source.Kind.GOVERNMENT_BODY, aliases=["Ermənistan hökuməti"]
    )
    pashinyan = make_source(
        "Nikol Pashinyan", kind=Source.Kind.OFFICIAL, aliases=["Nikol Paşinyan"]
    )
    pashinyan.parent = government
    pashinyan.save()
    _, _, found = extract(
        "Nikol Paşinyan bildirib ki, sərhəd komissiyalarının iclası təxirə salınıb.\n\n"
        "Ceyhun Bayramov isə qeyd edib ki, Bakı növbəti iclasa hazırdır.\n\n"
        "Erməni baş nazirin sözlərinə görə, iclasın tarixi hələ razılaşdırılmayıb.",
        az_desk,
    )
    assert found[-1] == ("iclasın tarixi hələ razılaşdırılmayıb", "Nikol Pashinyan", [])


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        (
            "“Təmizləmə işləri gələn həftə bərpa olunacaq”.\n\n"
            "Trend xəbər verir ki, bunu Vüqar Süleymanov Ağdamda jurnalistlərə deyib.",
            "Vüqar Süleymanov",
        ),
        (
            "“Təmizləmə işləri gələn həftə bərpa olunacaq”.\n\n"
            "Trend xəbər verir ki, bunu Elnur Quluzadə jurnalistlərə deyib.",
            "Elnur Quluzadə",
        ),
    ],
    ids=["a place in the locative after the name", "a surname in -zadə"],
)
def test_a_place_after_an_unknown_name_is_no_part_of_it(az_desk, text, proposed):
    _, result, _ = extract(text, az_desk, publisher="oxu")
    assert result.proposed == [proposed]


def test_the_border_service_by_its_abbreviation(az_desk):
    """ "DSX", as the press abbreviates the State Border Service (a registry name), is no one to
    propose and no other body that spoke last."""
    registry_load()
    _, result, found = extract(
        "Ermənistan Milli Təhlükəsizlik Xidməti bildirib ki, sərhədçilər geri qayıdıb.\n\n"
        "DSX-dən bildirilib ki, sərhəddə vəziyyət sabitdir və nəzarət altındadır.",
        az_desk,
    )
    assert result.proposed == []
    assert found[-1] == (
        "sərhəddə vəziyyət sabitdir və nəzarət altındadır",
        "State Border Service of Azerbaijan",
        [],
    )


def test_on_the_strength_of_a_ministry_statement_after_its_spokesperson(az_desk):
    """ "XİN-in yaydığı bəyanata əsasən, C" after the ministry's spokesperson spoke: the ministry
    they speak for."""
    mfa = make_source("Ministry of Foreign Affairs of Azerbaijan", kind=Source.Kind.MINISTRY)
    hajizada = make_source("Ayhan Hajizada", kind=Source.Kind.OFFICIAL, aliases=["Ayxan Hacızadə"])
    hajizada.parent = mfa
    hajizada.save()
    _, _, found = extract(
        "Ayxan Hacızadə deyib ki, sakinlərin keçidi üçün şərait yaradılıb.\n\n"
        "XİN-in yaydığı bəyanata əsasən, məntəqə yolda hərəkətin təhlükəsizliyini təmin "
        "edəcək.",
        az_desk,
    )
    assert found[-1] == (
        "məntəqə yolda hərəkətin təhlükəsizliyini təmin edəcək",
        "Ministry of Foreign Affairs of Azerbaijan",
        [],
    )


def test_having_said_what_the_speaker_said_what(az_desk):
    """ "C1-dığını xatırladan X C2-dığını bildirib": two statements; a capitalised word opening
    the first is no speaker."""
    _, _, found = extract(
        "Vətən müharibəsi zamanı şəhərlərin atəşə tutulduğunu xatırladan V.Dərgahlı həmin "
        "ərazilərdə minaların təmizləndiyini bildirib.",
        az_desk,
    )
    assert found == [
        (
            "Vətən müharibəsi zamanı şəhərlərin atəşə tutulduğunu",
            "Vagif Dargahli",
            [],
        ),
        ("həmin ərazilərdə minaların təmizləndiyini", "Vagif Dargahli", []),
    ]


def test_a_title_in_capitals_is_left_out_of_the_name_proposed(az_desk):
    _, result, _ = extract(
        "“Ərazilərin minalanması ilə bağlı hesabat hazırlanıb”.\n\n"
        "APA xəbər verir ki, bunu Türkiyənin Baş Ombudsmanı Şeref Malkoç Bakıda deyib.",
        az_desk,
        publisher="oxu",
    )
    assert result.proposed == ["Şeref Malkoç"]


def test_the_ombudsman_office_as_the_press_names_it(az_desk):
    """ "Aparatdan bildirilib ki" with no one before, in a site's copy: the ombudsman's office of
    the site's country (the registry's "Azərbaycan Ombudsman Aparatı"); "Ombudsman" after it
    refers back to it."""
    registry_load()
    az_desk["site"] = make_source("Xəbər saytı", kind=Source.Kind.OUTLET, country="AZ")
    _, _, found = extract(
        "Aparatdan bildirilib ki, işğal dövründə meşələr qəsdən qırılıb.\n\n"
        "“Bu, ekoloji cinayətdir”, - Ombudsman Aparatından bildirilib.",
        az_desk,
        publisher="site",
    )
    ombudsman = "Commissioner for Human Rights of Azerbaijan"
    assert found == [
        ("işğal dövründə meşələr qəsdən qırılıb", ombudsman, []),
        ("Bu, ekoloji cinayətdir", ombudsman, []),
    ]


@pytest.mark.parametrize("site", ["Oxu.az", "Xəbərçi.info"], ids=["known site", "unknown site"])
def test_a_site_told_with_its_ending_apart(az_desk, site):
    """ "Bu barədə Xəbərçi.info ya Müdafiə Nazirliyindən bildirilib": the site's address with the
    dative ending written apart is who was told, not part of the speaker."""
    _, result, found = extract(
        "Ermənistan tərəfinin yaydığı məlumatın heç bir əsası yoxdur.\n\n"
        f"Bu barədə {site} ya Azərbaycan Müdafiə Nazirliyindən bildirilib.",
        az_desk,
        publisher="oxu",
    )
    assert result.proposed == []
    assert found == [("Ermənistan tərəfinin yaydığı məlumatın heç bir əsası yoxdur", AZ_MOD, [])]


def test_the_armed_forces_after_a_person_the_desk_lacks_are_no_part_of_the_name(az_desk):
    # The registry's armed forces are a known name, so the proposed name stops before them.
    registry_load()
    document = make_document(
        "“Sərhəddə vəziyyət gərgindir”.\n\n"
        "Bunu mətbuat xidmətinin rəis müavini, polkovnik Elçin Qasımlı Ermənistan Silahlı "
        "Qüvvələrinin təxribatı ilə bağlı brifinqdə deyib.",
        publisher=az_desk["oxu"],
        language="az",
    )
    document_claims_extract(document=document)
    names = SourceProposal.objects.filter(documents=document).values_list("name", flat=True)
    assert list(names) == ["Elçin Qasımlı"]
