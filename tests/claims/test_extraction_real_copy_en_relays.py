"""Claim extraction on more formulas of real English copy of 2020–2023: a bulletin as its
author, "said in a bulletin detailing … that", "said in particular:" before a quotation in
the next paragraph, "the PM said", an outlet told with no "that" after it, a name with two
titles set off by commas, "said X, <title>, Trend reports", "TASS quotes … as saying", "is
denying", an outlet with a full stop in its name, "It was noted that" and "According to the
information" going on with the speaker before, "said in a comment to Trend that", and the
registry's English names of the Karabakh defence ministry and of a capital's. Each sentence
is written for the test."""

import pytest

from sources.models import Source
from sources.registry import registry_load
from tests.claims.test_extraction_wires import AM, AZ, PM, desk, extract  # noqa: F401
from tests.factories import make_source

pytestmark = pytest.mark.django_db

RU_MOD = "Ministry of Defence of the Russian Federation"
HAJIYEV = "Hikmet Hajiyev"
PANORAMA = "Panorama.am"
RU_PK = "Russian Peacekeeping Contingent"


@pytest.fixture
def more(desk):  # noqa: F811
    kinds = Source.Kind
    desk["ru_mod"] = make_source(
        RU_MOD, kind=kinds.MINISTRY, country="RU", aliases=["Russian Defense Ministry"]
    )
    desk["hajiyev"] = make_source(HAJIYEV, kind=kinds.OFFICIAL, country="AZ", aliases=["Hajiyev"])
    desk["panorama"] = make_source(PANORAMA, kind=kinds.OUTLET, country="AM")
    desk["ru_pk"] = make_source(RU_PK, kind=kinds.MILITARY, country="RU")
    desk["tass"] = make_source("TASS", kind=kinds.NEWS_AGENCY, country="RU")
    return desk


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Russian Defense Ministry said in a bulletin detailing the work of its "
            "peacekeeping force that one serviceman had been wounded.\n\n"
            "“The command is investigating the incident,” the bulletin said.",
            [
                ("one serviceman had been wounded", RU_MOD, []),
                ("The command is investigating the incident", RU_MOD, []),
            ],
            id="a bulletin and its author",
        ),
        pytest.param(
            "Azerbaijan has moved further into the peacekeepers' area. This was announced by "
            "Prime Minister Nikol Pashinyan at Thursday's Cabinet meeting.\n\n"
            "Speaking at the cabinet sitting, the prime minister said in particular:\n\n"
            "“The road to the villages is now watched from the height.”\n\n"
            "“We have to keep informing our partners about this,” the PM said.",
            [
                ("Azerbaijan has moved further into the peacekeepers' area", PM, []),
                ("The road to the villages is now watched from the height", PM, []),
                ("We have to keep informing our partners about this", PM, []),
            ],
            id="said in particular: and the PM",
        ),
        pytest.param(
            "Armenia's Defense Ministry told Panorama.am the situation along the border was "
            "relatively calm overnight.",
            [("the situation along the border was relatively calm overnight", AM, [PANORAMA])],
            id="told an outlet, no that",
        ),
        pytest.param(
            "“Armenia tries to widen the geography of its provocations,” Hikmet Hajiyev, "
            "Assistant to the President of Azerbaijan, Head of the Foreign Policy Affairs "
            "Department of the Presidential Administration, wrote on his Twitter page.",
            [("Armenia tries to widen the geography of its provocations", HAJIYEV, [])],
            id="two titles between a name and its verb",
        ),
        pytest.param(
            "Several EU institutions must stop their provocations against Azerbaijan, said "
            "Aykhan Hajizada, Spokesman for Azerbaijan's Ministry of Foreign Affairs, Trend "
            "reports.",
            [
                (
                    "Several EU institutions must stop their provocations against Azerbaijan",
                    "Ayhan Hajizada",
                    ["Trend"],
                )
            ],
            id="said a name with its title, an agency reports",
        ),
        pytest.param(
            "Armenian units fired on Azerbaijani positions in the Kalbajar district, the "
            "Azerbaijani Defense Ministry told Qala.Az on Thursday.",
            [("Armenian units fired on Azerbaijani positions in the Kalbajar district", AZ, [])],
            id="told an outlet whose name holds a full stop",
        ),
        pytest.param(
            "Russian peacekeepers have demanded that both sides keep the ceasefire, a "
            "representative of the headquarters of the Russian Peacekeeping Contingent said.\n\n"
            "“The situation is stable and under the control of the units,” TASS quotes the "
            "representative of the peacekeepers as saying.",
            [
                (
                    "Russian peacekeepers have demanded that both sides keep the ceasefire",
                    RU_PK,
                    [],
                ),
                ("The situation is stable and under the control of the units", RU_PK, ["TASS"]),
            ],
            id="an agency quotes the representative as saying",
        ),
        pytest.param(
            "The Armenian Defense Ministry is denying Azerbaijan's accusations that its troops "
            "fired toward Nakhchivan.",
            [
                (
                    "denying Azerbaijan's accusations that its troops fired toward Nakhchivan",
                    AM,
                    [],
                )
            ],
            id="is denying",
        ),
        pytest.param(
            "Azerbaijan's Defense Ministry said Armenian units fired on its positions "
            "overnight. It was noted that the units took adequate retaliatory measures.",
            [
                ("Armenian units fired on its positions overnight", AZ, []),
                ("the units took adequate retaliatory measures", AZ, []),
            ],
            id="it was noted that",
        ),
        pytest.param(
            "Azerbaijan's Defense Ministry said Armenian units fired on its positions "
            "overnight. According to the information, no casualties were recorded.",
            [
                ("Armenian units fired on its positions overnight", AZ, []),
                ("no casualties were recorded", AZ, []),
            ],
            id="according to the information",
        ),
        pytest.param(
            "Aykhan Hajizada said in a comment to Trend that the remarks were unacceptable.",
            [("the remarks were unacceptable", "Ayhan Hajizada", ["Trend"])],
            id="said in a comment to an agency that",
        ),
    ],
)
def test_real_copy_formula(more, text, expected):
    assert extract(text, more) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Artsakh Defense Ministry said the fire had come from Azerbaijani positions.",
            "Ministry of Defence of Artsakh",
        ),
        (
            "Moscow's defence ministry said the fire had come from Azerbaijani positions.",
            "Ministry of Defence of the Russian Federation",
        ),
    ],
)
def test_the_registry_names_a_ministry_as_english_copy_does(desk, text, speaker):  # noqa: F811
    registry_load()
    assert extract(text, desk) == [("the fire had come from Azerbaijani positions", speaker, [])]
