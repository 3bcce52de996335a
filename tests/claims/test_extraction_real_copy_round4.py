"""Formulas of real wire copy read since the fourth round of real articles. Russian: a capital
standing for its government ("В Ереване заявили, что …"), "уточняется в сообщении", "цитирует
<agency> заявление <body>", "довел до внимания", a converb's clause with commas before the
speaker, an agency naming itself without its address ("Как сообщает Report" in Report.az's
copy), "по информации Баку". English: an agency that "reports on <date> citing" a ministry,
"with the ministry reporting that", "laid the blame on", "the Azerbaijani military", a
quotation's own paragraph after the speaker's quotation, "a separate statement said", an office
named right after its holder spoke in an undated document, "”, – the press service of the
Defense Ministry said", "In particular, according to", "confessed", "Yerevan, September 01
(IANS)". Azerbaijani: a description,
then what it said made a noun, then a quotation; "C1-dığını qeyd edərək, C2-dığını bildirib".
Armenian: "ՀՀ ռազմական գերատեսչությունը". Each sentence written for its test."""

import pytest

from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source
from sources.registry import registry_load
from sources.services import source_alias_add
from tests.claims import test_extraction_wires as wires
from tests.claims.test_extraction_ru_bodies import desk, extract  # noqa: F401
from tests.factories import make_document, make_source

pytestmark = pytest.mark.django_db

KINDS = Source.Kind


@pytest.fixture
def capitals(desk):  # noqa: F811
    # The registry's names of the governments a capital stands for.
    source_alias_add(source=desk["am-mod"], alias="официальный Ереван")
    source_alias_add(source=desk["az-mod"], alias="официальный Баку")
    desk["hovhannisyan"] = make_source(
        "Artsrun Hovhannisyan", kind=KINDS.OFFICIAL, country="AM", aliases=["Арцрун Ованнисян"]
    )
    return desk


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


@pytest.fixture
def agencies(capitals):
    capitals["report"] = make_source("Report.az", kind=KINDS.NEWS_AGENCY, country="AZ")
    capitals["ria"] = make_source(
        "RIA Novosti", kind=KINDS.NEWS_AGENCY, country="RU", aliases=["РИА Новости"]
    )
    capitals["aliyev"] = make_source(
        "Ilham Aliyev", kind=KINDS.OFFICIAL, country="AZ", aliases=["Ильхам Алиев"]
    )
    registry_load()  # its Russian names of the ministries ("оборонное ведомство Азербайджана")
    return capitals


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        pytest.param(
            "«Противник применяет минометы и бронетехнику», — уточняется в сообщении на сайте "
            "Минобороны Армении.",
            "am-outlet",
            [("Противник применяет минометы и бронетехнику", "am-mod", [])],
            id="уточняется в сообщении",
        ),
        pytest.param(
            "В Минобороны Азербайджана заявили, что огневые точки противника подавлены.\n\n"
            "«Ситуация на границе остается напряженной», — цитирует РИА Новости заявление "
            "азербайджанского ведомства.",
            "am-outlet",
            [
                ("огневые точки противника подавлены", "az-mod", []),
                ("Ситуация на границе остается напряженной", "az-mod", ["ria"]),
            ],
            id="цитирует агентство заявление ведомства",
        ),
        pytest.param(
            "Переговоры о мирном договоре продолжаются. Как сообщает Report, об этом сказал "
            "Ильхам Алиев на встрече с послами.",
            "report",
            [("Переговоры о мирном договоре продолжаются", "aliyev", [])],
            id="the agency naming itself without its address is no relay",
        ),
        pytest.param(
            "Ильхам Алиев заявил, что граница спокойна уже неделю. Глава государства довел до "
            "внимания, что переговоры о мирном договоре продолжаются.",
            "report",
            [
                ("граница спокойна уже неделю", "aliyev", []),
                ("переговоры о мирном договоре продолжаются", "aliyev", []),
            ],
            id="довел до внимания",
        ),
        pytest.param(
            "Отметив инцидент, произошедший накануне на границе, Ильхам Алиев заявил, что это "
            "была провокация.",
            "report",
            [("это была провокация", "aliyev", [])],
            id="a converb's clause with a comma before the speaker",
        ),
    ],
)
def test_russian_wire_formula(agencies, text, publisher, expected):
    assert extract(text, agencies, publisher=publisher)[1] == expected


def test_the_registry_names_the_armenian_military_department_as_its_ministry():
    registry_load()
    publisher = make_source("Ararat Daily", kind=KINDS.OUTLET, country="AM")
    document = make_document(
        "Սահմանին իրավիճակը կայուն է, հայտարարում է ՀՀ ռազմական գերատեսչությունը:",
        publisher=publisher,
        language="hy",
    )
    document_claims_extract(document=document)
    assert [(c.quote, c.speaker.name) for c in Claim.objects.filter(document=document)] == [
        ("Սահմանին իրավիճակը կայուն է", "Ministry of Defence of Armenia")
    ]


def _extract_az(text: str) -> list[tuple[str, str]]:
    publisher = make_source("Xəzər Xəbər", kind=KINDS.NEWS_AGENCY, country="AZ")
    mfa = make_source(
        "Ministry of Foreign Affairs of Azerbaijan",
        kind=KINDS.MINISTRY,
        country="AZ",
        aliases=["Azərbaycan Xarici İşlər Nazirliyi", "Azərbaycan XİN"],
    )
    make_source("Maria Zakharova", kind=KINDS.OFFICIAL, country="RU", aliases=["Mariya Zaxarova"])
    make_source(
        "Ayhan Hajizada", kind=KINDS.OFFICIAL, country="AZ", aliases=["Ayxan Hacızadə"], parent=mfa
    )
    document = make_document(text, publisher=publisher, language="az")
    document_claims_extract(document=document)
    claims = Claim.objects.filter(document=document).order_by("start")
    return [(c.quote, c.speaker.name) for c in claims]


def test_azerbaijani_description_said_what_then_a_quotation():
    assert _extract_az(
        "Ayxan Hacızadə bildirib ki, sərhəddə vəziyyət sabitdir. XİN sözçüsü bu "
        "birləşmələrin əsas təhdid olduğunu yazıb: “Ermənistan öhdəliklərini yerinə "
        "yetirməlidir”."
    ) == [
        ("sərhəddə vəziyyət sabitdir", "Ayhan Hajizada"),
        ("bu birləşmələrin əsas təhdid olduğunu", "Ayhan Hajizada"),
        ("Ermənistan öhdəliklərini yerinə yetirməlidir", "Ayhan Hajizada"),
    ]


def test_azerbaijani_noting_one_thing_then_saying_another():
    assert _extract_az(
        "Mariya Zaxarova bildirib ki, danışıqlar davam edəcək. O, Rusiyanın səylərinin "
        "zəifləmədiyini qeyd edərək, atışmanın xarici müdaxilə ilə bağlı olduğunu bildirib."
    ) == [
        ("danışıqlar davam edəcək", "Maria Zakharova"),
        ("Rusiyanın səylərinin zəifləmədiyini", "Maria Zakharova"),
        ("atışmanın xarici müdaxilə ilə bağlı olduğunu", "Maria Zakharova"),
    ]


def test_according_to_a_capital_in_the_genitive_is_its_government(capitals):
    _, found = extract("По информации Баку, погибли трое военнослужащих армии.", capitals)
    assert found == [("погибли трое военнослужащих армии", "az-mod", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Units of the Armenian army attempted to advance at dawn,” the Azerbaijani Defense "
            "Ministry said in a statement.\n\n"
            "“At the same time, several of our villages came under artillery fire.”",
            [
                ("Units of the Armenian army attempted to advance at dawn", wires.AZ, []),
                (
                    "At the same time, several of our villages came under artillery fire",
                    wires.AZ,
                    [],
                ),
            ],
            id="a quotation's paragraph after the speaker's quotation",
        ),
        pytest.param(
            "The Azerbaijani Defense Ministry said the Armenian army had attempted to advance at "
            "dawn.\n\n"
            "“Several of our villages came under artillery fire.”",
            [("the Armenian army had attempted to advance at dawn", wires.AZ, [])],
            id="not after reported speech",
        ),
        pytest.param(
            "“Units of the Armenian army attempted to advance,” the Azerbaijani Defense Ministry "
            "said.\n\n"
            "“The road is closed,” Pashinyan wrote on Facebook, “and the villages are shelled.”",
            [
                ("Units of the Armenian army attempted to advance", wires.AZ, []),
                ("The road is closed", wires.PM, []),
                ("and the villages are shelled", wires.PM, []),
            ],
            id="a quotation split by its own speaker",
        ),
        pytest.param(
            "The Azerbaijani Defense Ministry said the Armenian army attempted to advance.\n\n"
            "“The ceasefire was violated 45 times within a day”, – the press service of the "
            "Defense Ministry said in a statement circulated on Monday.",
            [
                ("the Armenian army attempted to advance", wires.AZ, []),
                ("The ceasefire was violated 45 times within a day", wires.AZ, []),
            ],
            id="the press service of the ministry, after a comma and a dash",
        ),
        pytest.param(
            "The Azerbaijani Defense Ministry said the Armenian army attempted to advance. In "
            "particular, according to the ministry, the positions near Agdam were shelled.",
            [
                ("the Armenian army attempted to advance", wires.AZ, []),
                ("the positions near Agdam were shelled", wires.AZ, []),
            ],
            id="in particular, according to",
        ),
        pytest.param(
            "Pashinyan confessed the talks would be difficult.",
            [("the talks would be difficult", wires.PM, [])],
            id="confessed",
        ),
        pytest.param(
            "Yerevan, September 01 (IANS) Armenia has proposed a new peace treaty, said Nikol "
            "Pashinyan.",
            [("Armenia has proposed a new peace treaty", wires.PM, [])],
            id="a dateline with a month, a day and an agency in brackets",
        ),
        pytest.param(
            "The Azerbaijani Defense Ministry said the Armenian army attempted to advance. A "
            "separate statement said the Armenian army was also shelling Agdam and Tartar.",
            [
                ("the Armenian army attempted to advance", wires.AZ, []),
                ("the Armenian army was also shelling Agdam and Tartar", wires.AZ, []),
            ],
            id="a separate statement",
        ),
    ],
)
def test_wire_quotations_and_statements(wire_desk, text, expected):
    assert wires.extract(text, wire_desk) == expected


def test_an_office_named_after_its_holder_spoke_is_that_holder_undated(wire_desk):
    registry_load()
    assert wires.extract(
        "“At least 49 soldiers were killed,” Pashinyan said in parliament.\n\n"
        "“The information still needs to be clarified,” the Armenian prime minister said.",
        wire_desk,
    ) == [
        ("At least 49 soldiers were killed", wires.PM, []),
        ("The information still needs to be clarified", wires.PM, []),
    ]


def test_an_office_nobody_who_held_it_spoke_before_is_nobody_undated(wire_desk):
    registry_load()
    assert (
        wires.extract(
            "“The information still needs to be clarified,” the Armenian prime minister said.",
            wire_desk,
        )
        == []
    )
