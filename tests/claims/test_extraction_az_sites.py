"""Claim extraction in Azerbaijani: formulas of news sites' copy (2020-2023) the rules missed
before ``demo.extraction_sets.real2_az`` (a woman's surname that looks like a dative, a title
that refers back to a speaker confirmed from a proposal, a broadcaster's report and its
correspondent), each in sentences written for these tests."""

import pytest

from sources.models import Source, SourceProposal
from tests.claims.test_extraction_az_real_copy import AM_MOD, AZ_MOD, desk, extract  # noqa: F401
from tests.factories import make_source

pytestmark = pytest.mark.django_db


def test_a_womans_surname_is_no_audience(desk):  # noqa: F811
    found = extract(
        "Leyla Abdullayeva qeyd edib ki, sərhəd pozuntuları komandirlər arasında həll olunur.",
        desk,
    )
    assert found == []  # a speaker the desk does not know waits for the editor
    assert list(SourceProposal.objects.values_list("name", flat=True)) == ["Leyla Abdullayeva"]


def test_a_title_refers_back_to_a_speaker_confirmed_from_a_proposal(desk):  # noqa: F811
    # A speaker an editor confirmed from a proposal is a source of no kind yet ("other").
    make_source("Leyla Abdullayeva", kind=Source.Kind.OTHER)
    found = extract(
        "Leyla Abdullayeva qeyd edib ki, sərhəd pozuntuları komandirlər arasında həll olunur. "
        "XİN sözçüsünün sözlərinə görə, qonşu ölkənin bəyanatının Azərbaycanla əlaqəsi yoxdur.",
        desk,
    )
    assert found == [
        ("sərhəd pozuntuları komandirlər arasında həll olunur", "Leyla Abdullayeva", []),
        ("qonşu ölkənin bəyanatının Azərbaycanla əlaqəsi yoxdur", "Leyla Abdullayeva", []),
    ]


def test_a_broadcasters_report_and_its_correspondent(desk):  # noqa: F811
    make_source("TRT Haber", kind=Source.Kind.OUTLET, aliases=["“TRT Haber”"])
    found = extract(
        "Geri çəkilən dəstələr meşələri yandırır.\n\n"
        "Sahil Xəbər xəbər verir ki, bu barədə “TRT Haber” material hazırlayıb.\n\n"
        "Telekanalın bölgədəki müxbiri binaların da yandırıldığını qeyd edib.",
        desk,
        publisher="sahil",
    )
    assert found == [
        ("Geri çəkilən dəstələr meşələri yandırır", "TRT Haber", []),
        ("binaların da yandırıldığını", "TRT Haber", []),
    ]


def test_a_stems_final_q_meets_its_gh_before_an_ending(desk):  # noqa: F811
    make_source(
        "Prosecutor General's Office of Azerbaijan",
        kind=Source.Kind.GOVERNMENT_BODY,
        aliases=["Baş Prokurorluq"],
    )
    found = extract(
        "Baş Prokurorluğun Mətbuat xidmətindən Sahil Xəbər-ə verilən məlumata görə, hadisə "
        "nəticəsində iki mülki şəxs yaralanıb.",
        desk,
        publisher="sahil",
    )
    assert found == [
        (
            "hadisə nəticəsində iki mülki şəxs yaralanıb",
            "Prosecutor General's Office of Azerbaijan",
            [],
        )
    ]


def test_a_prosecutor_after_where_he_spoke_and_named_again_by_his_title(desk):  # noqa: F811
    make_source("Kamran Əliyev", kind=Source.Kind.OTHER)
    found = extract(
        "“Tərtərə zərbə ilə bağlı cinayət işi başlanıb”.\n\n"
        "Sahil Xəbər bildirir ki, bunu cümə günü jurnalistlərə açıqlamasında Baş prokuror "
        "Kamran Əliyev deyib.\n\n"
        "Baş prokuror deyib ki, təqsirli şəxslərin bir qismi müəyyən edilib.",
        desk,
        publisher="sahil",
    )
    assert found == [
        ("Tərtərə zərbə ilə bağlı cinayət işi başlanıb", "Kamran Əliyev", []),
        ("təqsirli şəxslərin bir qismi müəyyən edilib", "Kamran Əliyev", []),
    ]


def test_the_publishers_report_citing_an_agency(desk):  # noqa: F811
    make_source("RIA Novosti", kind=Source.Kind.NEWS_AGENCY, aliases=["RİA Novosti"])
    found = extract(
        "Sahil Xəbər-in “RİA Novosti”yə istinadən verdiyi xəbərə görə, Ermənistan Müdafiə "
        "Nazirliyi bu xəbərləri təkzib edib.",
        desk,
        publisher="sahil",
    )
    assert found == [("bu xəbərləri təkzib edib", AM_MOD, ["RIA Novosti"])]


def test_who_said_the_sentence_before_is_no_statement_of_the_agency_cited(desk):  # noqa: F811
    found = extract(
        "Müharibənin nəticələri ən ağır problem olaraq qalır.\n\n"
        "Sahil Xəbər APA-ya istinadən xəbər verir ki, Ceyhun Bayramov bunu parlamentdə deyib.",
        desk,
        publisher="sahil",
    )
    assert found == [
        (
            "Müharibənin nəticələri ən ağır problem olaraq qalır",
            "Jeyhun Bayramov",
            ["Azeri Press Agency"],
        )
    ]


def test_what_was_said_made_a_noun_then_a_quotation_after_the_verb(desk):  # noqa: F811
    found = extract(
        "Ceyhun Bayramov sənədi imzalamağa hazır olduğunu da bildirib: “Biz bu təklifi "
        "dəstəkləyirik”.",
        desk,
    )
    assert found == [
        ("sənədi imzalamağa hazır olduğunu", "Jeyhun Bayramov", []),
        ("Biz bu təklifi dəstəkləyirik", "Jeyhun Bayramov", []),
    ]


def test_an_agency_told_in_a_dative_its_name_covers(desk):  # noqa: F811
    make_source(
        "NUHÇIXAN İnformasiya Agentliyi", kind=Source.Kind.NEWS_AGENCY, short_name="NUHÇIXAN"
    )
    found = extract(
        "Ordumuzun atəş açması barədə yayılan məlumatlar həqiqəti əks etdirmir.\n\n"
        "Bu barədə NUHÇIXAN İnformasiya Agentliyinə Azərbaycan Müdafiə Nazirliyindən (MN) "
        "məlumat verilib.",
        desk,
        publisher="sahil",
    )
    assert found == [
        (
            "Ordumuzun atəş açması barədə yayılan məlumatlar həqiqəti əks etdirmir",
            AZ_MOD,
            ["NUHÇIXAN İnformasiya Agentliyi"],
        )
    ]
