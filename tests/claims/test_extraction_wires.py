"""Claim extraction on the ways wire copy attributes: datelines, social media, agencies that
carry a statement, hearsay, spokespeople, split quotations, denials and two speakers in one
sentence. Each sentence is written for the test; the expected claims are (span, speaker,
relays, nearest the speaker first)."""

import pytest

from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source
from tests.factories import make_document, make_source

pytestmark = pytest.mark.django_db

AZ = "Ministry of Defence of Azerbaijan"
AM = "Ministry of Defence of Armenia"
AZ_MFA = "Ministry of Foreign Affairs of Azerbaijan"
PM = "Nikol Pashinyan"


@pytest.fixture
def desk():
    kinds = Source.Kind
    sources = {
        "publisher": make_source("Caspian Evening Wire", kind=kinds.NEWS_AGENCY),
        "az": make_source(
            AZ,
            kind=kinds.MINISTRY,
            country="AZ",
            aliases=["Baku", "Azerbaijani Defense Ministry", "Azerbaijan's Ministry of Defense"],
        ),
        "am": make_source(
            AM,
            kind=kinds.MINISTRY,
            country="AM",
            aliases=["Yerevan", "Armenian Defense Ministry", "Armenia's Defense Ministry"],
        ),
        "az_mfa": make_source(
            AZ_MFA, kind=kinds.MINISTRY, country="AZ", aliases=["Azerbaijani foreign ministry"]
        ),
        "pm": make_source(PM, kind=kinds.OFFICIAL, country="AM", aliases=["Pashinyan"]),
        "peskov": make_source("Dmitry Peskov", kind=kinds.OFFICIAL, aliases=["Peskov"]),
        "interfax": make_source("Interfax", kind=kinds.NEWS_AGENCY),
        "apa": make_source("Azeri Press Agency", kind=kinds.NEWS_AGENCY, short_name="APA"),
        "trend": make_source("Trend", kind=kinds.NEWS_AGENCY),
        "ria": make_source("RIA Novosti", kind=kinds.NEWS_AGENCY),
    }
    sources["hajizada"] = make_source(
        "Ayhan Hajizada", kind=kinds.OFFICIAL, aliases=["Hajizada"], parent=sources["az_mfa"]
    )
    return sources


def extract(text: str, desk) -> list[tuple[str, str, list[str]]]:
    document = make_document(text, publisher=desk["publisher"])
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "BAKU, May 3 (Caspian Evening Wire) - Armenian troops fired on positions near "
            "Lachin overnight, Azerbaijan's Ministry of Defense said on Wednesday, in the third "
            "such report this week.",
            [("Armenian troops fired on positions near Lachin overnight", AZ, [])],
            id="dateline, statement, speaker said, and the publisher's aside",
        ),
        pytest.param(
            "Pashinyan wrote on Facebook that the village school would reopen on Monday.",
            [("the village school would reopen on Monday", PM, [])],
            id="wrote on Facebook",
        ),
        pytest.param(
            "Ayhan Hajizada said in a post on X that Yerevan had ignored three invitations.",
            [("Yerevan had ignored three invitations", "Ayhan Hajizada", [])],
            id="said in a post on X",
        ),
        pytest.param(
            "Pashinyan tweeted that the talks in Brussels had been useful.",
            [("the talks in Brussels had been useful", PM, [])],
            id="tweeted",
        ),
        pytest.param(
            "In a statement on its website on Friday, the Azerbaijani foreign ministry said the "
            "visit had been agreed in advance.",
            [("the visit had been agreed in advance", AZ_MFA, [])],
            id="in a statement on its website, speaker said",
        ),
        pytest.param(
            "Foreign ministry spokesman Ayhan Hajizada said during a visit to Vienna that the "
            "text of the treaty was almost ready.",
            [("the text of the treaty was almost ready", "Ayhan Hajizada", [])],
            id="said during a visit, that",
        ),
        pytest.param(
            "Pashinyan, speaking at a cabinet meeting, said the new checkpoint would open in May.",
            [("the new checkpoint would open in May", PM, [])],
            id="speaker, speaking at an occasion, said",
        ),
        pytest.param(
            "The Azerbaijani foreign ministry said in a statement carried by state news agency "
            "APA that the convoy had been let through.",
            [("the convoy had been let through", AZ_MFA, ["Azeri Press Agency"])],
            id="said in a statement carried by an agency",
        ),
        pytest.param(
            "The convoy had been let through, the Azerbaijani foreign ministry said in a "
            "statement carried by RIA Novosti.",
            [("The convoy had been let through", AZ_MFA, ["RIA Novosti"])],
            id="statement, said in a statement carried by an agency",
        ),
        pytest.param(
            "Two soldiers were wounded near Zar, Trend reports citing Azerbaijan's Ministry of "
            "Defense.",
            [("Two soldiers were wounded near Zar", AZ, ["Trend"])],
            id="statement, agency reports citing speaker",
        ),
        pytest.param(
            "Trend reports citing Azerbaijan's Ministry of Defense that two soldiers were "
            "wounded near Zar.",
            [("two soldiers were wounded near Zar", AZ, ["Trend"])],
            id="agency reports citing speaker that",
        ),
        pytest.param(
            "Armenia's Defense Ministry said on Tuesday that 12 soldiers were missing, the "
            "Interfax news agency quoted it as saying.",
            [("12 soldiers were missing", AM, ["Interfax"])],
            id="statement, agency quoted it as saying",
        ),
        pytest.param(
            "Peskov told reporters that Moscow had not been asked to mediate, according to "
            "Russian news agencies.",
            [("Moscow had not been asked to mediate", "Dmitry Peskov", [])],
            id="hearsay names no relay",
        ),
        pytest.param(
            "Peskov was quoted by Russian news agencies as saying that the meeting would take "
            "place in Sochi.",
            [("the meeting would take place in Sochi", "Dmitry Peskov", [])],
            id="quoted by hearsay as saying",
        ),
        pytest.param(
            "“The road is open,” Pashinyan said, “and it will stay open.”",
            [("The road is open,” Pashinyan said, “and it will stay open", PM, [])],
            id="quotation split at a comma",
        ),
        pytest.param(
            "Azerbaijan's Ministry of Defense dismissed the report as “fabricated”, saying its "
            "units had not left their positions.",
            [
                ("dismissed the report as “fabricated”", AZ, []),
                ("its units had not left their positions", AZ, []),
            ],
            id="dismissed as a quoted word, saying",
        ),
        pytest.param(
            "Yerevan denied reports that its troops had been moved to the border.",
            [("denied reports that its troops had been moved to the border", AM, [])],
            id="a denial of reports",
        ),
    ],
)
def test_wire_formulas(desk, text, expected):
    assert extract(text, desk) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan have again accused each other of breaking the ceasefire.",
        "Caspian Evening Wire could not independently verify either account.",
        "(Reporting by Anna Keller in Baku; Editing by Tom Wright)",
        "The Governor of Syunik, Davit Harutyunyan, did not respond to a request for comment.",
        "By Anna Keller",
    ],
)
def test_wire_negatives(desk, text):
    assert extract(text, desk) == []


def test_the_statement_reads_is_its_author_not_the_agency(desk):
    text = (
        "Azerbaijan's Ministry of Defense said two posts had come under fire near Kalbajar. "
        "“The enemy was silenced by return fire,” the statement reads."
    )
    assert extract(text, desk) == [
        ("two posts had come under fire near Kalbajar", AZ, []),
        ("The enemy was silenced by return fire", AZ, []),
    ]


def test_a_spokesperson_named_with_the_ministry_is_the_speaker(desk):
    text = (
        "The Azerbaijani foreign ministry's spokesman, Ayhan Hajizada, wrote on X that the "
        "claims were groundless."
    )
    assert extract(text, desk) == [("the claims were groundless", "Ayhan Hajizada", [])]
