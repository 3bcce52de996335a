"""Claim extraction on formulas of English wire and agency copy: long appositions after a
name, titles opening with a demonym, the deputy prime minister or a minister the desk confirmed
from a proposal, accusations that run over commas, a body's abbreviation and a capital's
government. Each sentence is written for the test."""

import pytest

from claims.extraction.rules import rules_for
from claims.extraction.services import document_claims_extract, read_statements
from claims.models import Claim
from sources.models import Source, SourceProposal
from sources.services import source_proposal_confirm
from tests.claims.test_extraction_wires import AM, AZ, PM, desk, extract  # noqa: F401
from tests.factories import make_document, make_editor, make_source

pytestmark = pytest.mark.django_db

HAJIYEV = "Hikmet Hajiyev"
NSS = "National Security Service of Armenia"


@pytest.fixture
def more(desk):  # noqa: F811
    kinds = Source.Kind
    desk["hajiyev"] = make_source(HAJIYEV, kind=kinds.OFFICIAL, country="AZ")
    desk["nss"] = make_source(
        NSS,
        kind=kinds.GOVERNMENT_BODY,
        country="AM",
        aliases=["Armenia's National Security Service", "NSS"],
    )
    desk["gov"] = make_source(
        "Government of Armenia",
        kind=kinds.GOVERNMENT_BODY,
        country="AM",
        aliases=["Yerevan government"],
    )
    return desk


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mines are still being laid along the grey zone, Hikmet Hajiyev, Assistant to the "
            "President of Azerbaijan and head of the Foreign Policy Affairs Department of the "
            "Presidential Administration, wrote on X, Trend reports.",
            [("Mines are still being laid along the grey zone", HAJIYEV, ["Trend"])],
            id="an apposition of over a hundred characters, opening with Assistant",
        ),
        pytest.param(
            "But the Azerbaijani Defense Ministry accused Armenian units of firing on posts in "
            "Kalbajar, Lachin and Zangilan, adding that its troops had “taken adequate measures”.",
            [
                (
                    "accused Armenian units of firing on posts in Kalbajar, Lachin and Zangilan",
                    AZ,
                    [],
                ),
                ("its troops had “taken adequate measures”", AZ, []),
            ],
            id="an accusation with commas, then adding that",
        ),
        pytest.param(
            "“The four were handed over at the border,” the NSS said in a statement.",
            [("The four were handed over at the border", NSS, [])],
            id="the service's abbreviation",
        ),
        pytest.param(
            "Armenia's National Security Service (NSS) said the checkpoint had been moved.",
            [("the checkpoint had been moved", NSS, [])],
            id="the abbreviation in brackets after the full name, itself a name",
        ),
        pytest.param(
            "The Yerevan government said it would ask the CSTO for help, Interfax reported.",
            [("it would ask the CSTO for help", "Government of Armenia", ["Interfax"])],
            id="the capital's government, then the agency that reported it",
        ),
        pytest.param(
            "Baku explains this with the movement of troops to the border.",
            [],
            id="explains this with a cause is no statement",
        ),
        pytest.param(
            "Pashinyan noted that Baku explains the delay with the movement of troops.",
            [("Baku explains the delay with the movement of troops", PM, [])],
            id="a verb of saying and that before a name are not words of the name",
        ),
    ],
)
def test_agency_and_wire_formulas(more, text, expected):
    assert extract(text, more) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Talks must resume within a month, Armenian Foreign Minister Vahe Sarkisyan said.",
            "Vahe Sarkisyan",
            id="a demonym before the title",
        ),
        pytest.param(
            "“We want them back home,” Lusine Arakelyan, one Berd resident, told Caspian "
            "Evening Wire.",
            "Lusine Arakelyan",
            id="an apposition opening with one",
        ),
        pytest.param(
            "The peacekeepers will stay until the exchange is complete, Major General Oleg "
            "Sidorenko told reporters.",
            "Oleg Sidorenko",
            id="a military rank before the name",
        ),
        pytest.param(
            "Lieutenant Colonel Arif Gasimov said the mine had been laid years ago.",
            "Arif Gasimov",
            id="a rank of two words opening the sentence",
        ),
    ],
)
def test_the_name_after_a_demonym_and_title_or_before_an_apposition_is_proposed(
    desk,  # noqa: F811
    text,
    name,
):
    document = make_document(text, publisher=desk["publisher"])
    assert document_claims_extract(document=document).proposed == [name]


def test_a_title_refers_back_to_the_person_the_text_named_with_it(
    desk,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    # "the prime minister" means only officials the desk has, unless the text itself named the
    # person with that title: then it is them, also once confirmed from a proposal.
    document = make_document(
        "Forty detainees have gone home since the ceasefire, Azerbaijani Prime Minister Ali "
        "Asadov told a meeting on Friday.\n\n"
        "“The exchanges will go on,” the prime minister said.",
        publisher=desk["publisher"],
    )
    document_claims_extract(document=document)
    with django_capture_on_commit_callbacks(execute=True):
        source_proposal_confirm(
            proposal=SourceProposal.objects.get(name="Ali Asadov"), actor=make_editor()
        )
    claims = Claim.objects.filter(document=document).order_by("start")
    assert [(c.quote, c.speaker.name) for c in claims] == [
        ("Forty detainees have gone home since the ceasefire", "Ali Asadov"),
        ("The exchanges will go on", "Ali Asadov"),
    ]


def test_the_deputy_prime_minister_is_the_person_confirmed_from_a_proposal(
    desk,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    document = make_document(
        "Five detainees were handed over on Monday, Deputy Prime Minister Gurgen Avetisyan "
        "said.\n\n"
        "Their families had been told of their return, the Deputy Prime Minister said.",
        publisher=desk["publisher"],
    )
    document_claims_extract(document=document)
    with django_capture_on_commit_callbacks(execute=True):
        source_proposal_confirm(
            proposal=SourceProposal.objects.get(name="Gurgen Avetisyan"), actor=make_editor()
        )
    claims = Claim.objects.filter(document=document).order_by("start")
    assert [(c.quote, c.speaker.name) for c in claims] == [
        ("Five detainees were handed over on Monday", "Gurgen Avetisyan"),
        ("Their families had been told of their return", "Gurgen Avetisyan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pashinyan noted that the checkpoint had been moved overnight. “This breaks the "
            "trilateral statement. We will raise it in Brussels.”",
            [
                ("the checkpoint had been moved overnight", PM, []),
                ("This breaks the trilateral statement. We will raise it in Brussels", PM, []),
            ],
            id="a quotation after reported speech is the same speaker's",
        ),
        pytest.param(
            "Defense Ministry stated that the report of shelling near Sotk was false.",
            [("the report of shelling near Sotk was false", AZ, [])],
            id="a ministry without its article refers back",
        ),
    ],
)
def test_follow_ons_of_agency_copy(more, text, expected):
    document = make_document(
        "Armenian units fired on posts in Kalbajar, the Azerbaijani Defense Ministry said.\n\n"
        + text,
        publisher=more["publisher"],
    )
    document_claims_extract(document=document)
    claims = (
        Claim.objects.filter(document=document)
        .select_related("speaker")
        .prefetch_related("attributions__source")
        .order_by("start")
    )
    assert [
        (c.quote, c.speaker.name, [a.source.name for a in c.attributions.all()]) for c in claims
    ][1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Our units are holding the ceasefire”, – Pashinyan wrote on Facebook.",
            [("Our units are holding the ceasefire", PM, [])],
            id="a dash between the quotation and its attribution",
        ),
        pytest.param(
            "Landmines were found near Aghdam again, Hikmet Hajiyev, Assistant to the President "
            "- Head of the Foreign Policy Affairs Department said on X.",
            [("Landmines were found near Aghdam again", HAJIYEV, [])],
            id="an apposition its closing comma forgot",
        ),
    ],
)
def test_punctuation_of_translated_and_hurried_copy(more, text, expected):
    assert extract(text, more) == expected


@pytest.mark.parametrize(
    ("text", "name", "quote"),
    [
        pytest.param(
            "Two more detainees were returned on Monday, Lena Arakelyan, Ombudsperson of the "
            "region, wrote on Facebook.",
            "Lena Arakelyan",
            "Two more detainees were returned on Monday",
            id="Ombudsperson opens an apposition, and wrote is no agency's",
        ),
        pytest.param(
            "The detainees were flown to Yerevan, Gurgen Avetisyan, the Deputy Prime Minister, "
            "has informed.",
            "Gurgen Avetisyan",
            "The detainees were flown to Yerevan",
            id="has informed ends the attribution",
        ),
    ],
)
def test_a_person_the_desk_does_not_know_after_the_statement(
    desk,  # noqa: F811
    text,
    name,
    quote,
):
    document = make_document(text, publisher=desk["publisher"])
    assert document_claims_extract(document=document).proposed == [name]
    statements = read_statements(document, rules_for("en")).statements
    assert [text[s.start : s.end] for s in statements] == [quote]


def test_the_press_secretary_is_the_person_confirmed_from_a_proposal(
    desk,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    document = make_document(
        "Press Secretary Marine Hakobyan said that talks would resume in May.\n\n"
        "Red Cross staff had visited the detainees, the press secretary said.",
        publisher=desk["publisher"],
    )
    document_claims_extract(document=document)
    with django_capture_on_commit_callbacks(execute=True):
        source_proposal_confirm(
            proposal=SourceProposal.objects.get(name="Marine Hakobyan"), actor=make_editor()
        )
    claims = Claim.objects.filter(document=document).order_by("start")
    assert [(c.quote, c.speaker.name) for c in claims] == [
        ("talks would resume in May", "Marine Hakobyan"),
        ("Red Cross staff had visited the detainees", "Marine Hakobyan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Azerbaijan's Ministry of Defense denied the report. “It was an accident,” "
            "Azerbaijan's ministry said in a statement.",
            [
                ("denied the report", AZ, []),
                ("It was an accident", AZ, []),
            ],
            id="a description after its country's possessive refers back",
        ),
        pytest.param(
            '"The talks must resume," Pashinyan said.-0-',
            [("The talks must resume", PM, [])],
            id="an agency's end-of-story mark after the full stop",
        ),
        pytest.param(
            "Azerbaijan's Ministry of Defense said posts near Tovuz were shelled. “Two posts "
            "were hit,” the release continues. The posts have been repaired, the release "
            "concludes.",
            [
                ("posts near Tovuz were shelled", AZ, []),
                ("Two posts were hit", AZ, []),
                ("The posts have been repaired", AZ, []),
            ],
            id="the release continues, and concludes",
        ),
        pytest.param(
            "Pashinyan reaffirmed his commitment to the peace agenda. The Azerbaijani Defense "
            "Ministry acknowledged casualties among its forces. Pashinyan confirmed two "
            "soldiers were wounded.",
            [("two soldiers were wounded", PM, [])],
            id="a thing after reaffirmed or acknowledged is no statement, a clause after "
            "confirmed is",
        ),
    ],
)
def test_formulas_of_wire_and_agency_copy(more, text, expected):
    assert extract(text, more) == expected


def test_a_country_s_body_nobody_named_before_is_still_proposed(desk):  # noqa: F811
    document = make_document(
        "Georgia's defence ministry said the border crossing was calm.",
        publisher=desk["publisher"],
    )
    assert document_claims_extract(document=document).proposed == ["Georgia's defence ministry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Caspian Evening Wire: Azerbaijan's Ministry of Defense accused Armenian units of "
            "firing on Tovuz.",
            [("accused Armenian units of firing on Tovuz", AZ, [])],
            id="the outlet's name and a colon open the story",
        ),
        pytest.param(
            "However, within minutes of the truce taking hold, Azerbaijan's Ministry of Defense "
            "accused Armenian units of shelling Tartar.",
            [("accused Armenian units of shelling Tartar", AZ, [])],
            id="two openings before the speaker",
        ),
        pytest.param(
            "Pashinyan tweeted on Sunday to thank the mediators.",
            [],
            id="tweeted to: a purpose, no statement",
        ),
        pytest.param(
            "Hikmet Hajiyev said Armenia was trying to “keep the status quo”, adding: “Baku is "
            "showing restraint.”",
            [
                ("Armenia was trying to “keep the status quo”", HAJIYEV, []),
                ("Baku is showing restraint", HAJIYEV, []),
            ],
            id="adding and a colon",
        ),
        pytest.param(
            "The Armenian Defense Ministry accused Azerbaijan of shelling Sotk, while local "
            "militias alleged that a new offensive had begun.",
            [("accused Azerbaijan of shelling Sotk", AM, [])],
            id="an accusation ends at while, though the second speaker names no source",
        ),
    ],
)
def test_openings_and_second_clauses_of_wire_copy(more, text, expected):
    assert extract(text, more) == expected


def test_a_spokesperson_confirmed_from_a_proposal_speaks_after_the_body_they_speak_for(
    desk,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    document = make_document(
        "Azerbaijan's Ministry of Defense spokesman Kamran Aliyev said the border was calm.",
        publisher=desk["publisher"],
    )
    document_claims_extract(document=document)
    with django_capture_on_commit_callbacks(execute=True):
        source_proposal_confirm(
            proposal=SourceProposal.objects.get(name="Kamran Aliyev"), actor=make_editor()
        )
    claims = Claim.objects.filter(document=document)
    assert [(c.quote, c.speaker.name) for c in claims] == [("the border was calm", "Kamran Aliyev")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pashinyan said two soldiers had been wounded and the Azerbaijani Defense Ministry "
            "said its units had returned fire.",
            [
                ("two soldiers had been wounded", PM, []),
                ("its units had returned fire", AZ, []),
            ],
            id="a second speaker after and the",
        ),
        pytest.param(
            "Pashinyan and Peskov said the talks would resume in May.",
            [("the talks would resume in May", PM, [])],
            id="a name after and alone is the first speaker's partner",
        ),
    ],
)
def test_two_speakers_joined_by_and(more, text, expected):
    assert extract(text, more) == expected


def test_the_author_of_a_message_posted_by_someone_is_the_speaker(desk):  # noqa: F811
    document = make_document(
        "Two more detainees were handed over, says the message posted on Facebook by Gurgen "
        'Avetisyan, the Deputy Prime Minister, which was translated by the "Evening Wire".',
        publisher=desk["publisher"],
    )
    assert document_claims_extract(document=document).proposed == ["Gurgen Avetisyan"]
    statements = read_statements(document, rules_for("en")).statements
    assert [document.text[s.start : s.end] for s in statements] == [
        "Two more detainees were handed over"
    ]
