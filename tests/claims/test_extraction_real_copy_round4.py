"""Formulas of real wire copy read since the fourth round of real articles: a capital standing
for its government in Russian ("В Ереване заявили, что …"), and English ones (an agency that
"reports on <date> citing" a ministry, "with the ministry reporting that", "laid the blame
on"). Each sentence written for its test."""

import pytest

from sources.models import Source
from sources.registry import registry_load
from tests.claims import test_extraction_wires as wires
from tests.claims.test_extraction_ru_bodies import desk, extract  # noqa: F401
from tests.factories import make_source

pytestmark = pytest.mark.django_db

KINDS = Source.Kind


@pytest.fixture
def capitals():
    return {
        "am-outlet": make_source("Ararat Daily", kind=KINDS.OUTLET, country="AM"),
        "am-mod": make_source(
            "Ministry of Defence of Armenia",
            kind=KINDS.MINISTRY,
            country="AM",
            aliases=["Минобороны Армении", "официальный Ереван"],
        ),
        "az-mod": make_source(
            "Ministry of Defence of Azerbaijan",
            kind=KINDS.MINISTRY,
            country="AZ",
            aliases=["Минобороны Азербайджана", "официальный Баку"],
        ),
        "hovhannisyan": make_source(
            "Artsrun Hovhannisyan", kind=KINDS.OFFICIAL, country="AM", aliases=["Арцрун Ованнисян"]
        ),
    }


def test_a_capital_after_in_is_its_government_as_the_registry_names_it(capitals):
    _, found = extract(
        "Перестрелка на границе продолжалась всю ночь. В Баку заявили, что потерь среди "
        "военных нет. В Ереване, в свою очередь, утверждают, что обстрел начала другая сторона.",
        capitals,
    )
    assert found == [
        ("потерь среди военных нет", "az-mod", []),
        ("обстрел начала другая сторона", "am-mod", []),
    ]


def test_a_capital_as_the_object_of_a_statement_is_no_speaker(capitals):
    _, found = extract(
        "«Это чистая выдумка», — прокомментировал заявление Баку об уничтожении установок «Град» "
        "представитель Минобороны Армении Арцрун Ованнисян.",
        capitals,
    )
    assert found == [("Это чистая выдумка", "hovhannisyan", [])]


def test_a_capital_the_desk_has_no_source_for_gives_no_statement(desk):  # noqa: F811
    _, found = extract("В Ереване заявили, что потерь среди военных нет.", desk)
    assert found == []


@pytest.fixture
def wire_desk():
    return wires.desk.__wrapped__()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Armenian units shelled the village overnight, Trend reports on Oct.15 citing the "
            "Azerbaijani Defense Ministry.",
            [("Armenian units shelled the village overnight", wires.AZ, ["Trend"])],
            id="an agency reports on a date, citing",
        ),
        pytest.param(
            "Gunfire was heard near the border post, with the Azerbaijani Defense Ministry "
            "reporting that Armenian units had used mortars.",
            [("Armenian units had used mortars", wires.AZ, [])],
            id="with the ministry reporting that",
        ),
        pytest.param(
            "Gunfire was heard near the border post, with the ministry reporting no casualties.",
            [],
            id="reporting a noun is no clause",
        ),
        pytest.param(
            "Baku laid the blame on Yerevan for the overnight exchange of fire.",
            [("laid the blame on Yerevan for the overnight exchange of fire", wires.AZ, [])],
            id="laid the blame on",
        ),
    ],
)
def test_english_wire_formula(wire_desk, text, expected):
    assert wires.extract(text, wire_desk) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Azerbaijani military said the fire had come from Armenian positions.", wires.AZ),
        ("Armenia's military said the fire had come from Armenian positions.", wires.AM),
    ],
)
def test_the_registry_names_a_countrys_military_as_its_defence_ministry(wire_desk, text, speaker):
    registry_load()
    assert wires.extract(text, wire_desk) == [
        ("the fire had come from Armenian positions", speaker, [])
    ]
