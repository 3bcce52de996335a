"""Russian copy: attribution formulas of real reporting of 2020–2023 that the earlier rules
missed (a diplomatic source an agency quotes, posts on Фейсбук and X, "Об этом, <a converb's
clause>, заявил", "Отметим, что", "Касательно", an ambassador, deputy or ombudsman by title, a
person named right after a body whose name is a title in lower case). Each sentence written for
its test."""

import pytest
from django.contrib.auth import get_user_model

from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source, SourceProposal
from sources.services import source_proposal_confirm
from tests.claims.test_extraction_ru_bodies import desk, extract  # noqa: F401
from tests.factories import make_source

pytestmark = pytest.mark.django_db

KINDS = Source.Kind


@pytest.fixture
def more(desk):  # noqa: F811
    desk.update(
        {
            "ru-mfa": make_source(
                "Ministry of Foreign Affairs of Russia",
                kind=KINDS.MINISTRY,
                country="RU",
                aliases=["МИД России"],
            ),
            "az-mfa": make_source(
                "Ministry of Foreign Affairs of Azerbaijan",
                kind=KINDS.MINISTRY,
                country="AZ",
                aliases=["МИД Азербайджана"],
            ),
            "am-mfa": make_source(
                "Ministry of Foreign Affairs of Armenia",
                kind=KINDS.MINISTRY,
                country="AM",
                aliases=["МИД Армении"],
            ),
            "am-hrd": make_source(
                "Human Rights Defender of Armenia",
                kind=KINDS.GOVERNMENT_BODY,
                country="AM",
                aliases=["омбудсмен Армении"],
            ),
            "ria": make_source(
                "RIA Novosti", kind=KINDS.NEWS_AGENCY, country="RU", aliases=["РИА Новости"]
            ),
            "mirzoyan": make_source(
                "Ararat Mirzoyan", kind=KINDS.OFFICIAL, country="AM", aliases=["Арарат Мирзоян"]
            ),
            "torosyan": make_source(
                "Aram Torosyan", kind=KINDS.OFFICIAL, country="AM", aliases=["Арам Торосян"]
            ),
        }
    )
    return desk


def _confirmed(document) -> None:
    """Confirm every source proposed from ``document`` under the name proposed, and extract it
    again as the desk does."""
    editor = get_user_model().objects.create_user(username="editor", is_superuser=True)
    for proposal in SourceProposal.objects.filter(documents=document):
        source_proposal_confirm(proposal=proposal, actor=editor, name=proposal.name)
    document_claims_extract(document=document)


def _found(document, sources):
    keys = {source.pk: key for key, source in sources.items()}
    return [
        (
            c.quote,
            keys.get(c.speaker_id, c.speaker.name),
            [keys.get(a.source_id, a.source.name) for a in c.attributions.all()],
        )
        for c in Claim.objects.filter(document=document)
        .order_by("start")
        .prefetch_related("attributions__source")
    ]


def test_a_diplomatic_source_an_agency_quotes_twice(more):
    _, found = extract(
        "Сообщения о переговорах о выводе миротворцев не соответствуют действительности, "
        "заявил дипломатический источник в МИД России, передает РИА Новости.\n\n"
        "«Речь идет только о текущих вопросах работы контингента», — приводит агентство слова "
        "собеседника.",
        more,
    )
    assert found == [
        (
            "Сообщения о переговорах о выводе миротворцев не соответствуют действительности",
            "ru-mfa",
            ["ria"],
        ),
        ("Речь идет только о текущих вопросах работы контингента", "ru-mfa", ["ria"]),
    ]


@pytest.mark.parametrize(
    "between",
    [", впервые публично выразив недовольство темпами переговоров,", " в Вене"],
)
def test_about_this_with_a_clause_or_a_city_before_the_verb(more, between):
    _, found = extract(
        "Армения готова подписать договор до конца года. "
        f"Об этом{between} заявил 3 октября глава армянского МИДа Арарат Мирзоян, призвав "
        "стороны не затягивать процесс.",
        more,
    )
    assert found == [("Армения готова подписать договор до конца года", "mirzoyan", [])]


@pytest.mark.parametrize("lead", ["Отметим, что ", "Касательно ситуации на границе "])
def test_an_opening_formula_before_the_speaker(more, lead):
    _, found = extract(
        f"{lead}пресс-секретарь Минобороны Армении Арам Торосян заявил, что огонь первыми "
        "открыли азербайджанские подразделения.",
        more,
    )
    assert found == [
        ("огонь первыми открыли азербайджанские подразделения", "torosyan", []),
    ]


@pytest.mark.parametrize("where", ["в Фейсбуке", "в фейсбуке", "в соцсети X", "в твиттере"])
def test_a_post_on_social_media(more, where):
    _, found = extract(
        f"Арам Торосян написал {where}, что обстановка на границе относительно стабильная.",
        more,
    )
    assert found == [("обстановка на границе относительно стабильная", "torosyan", [])]


def test_it_is_spoken_of_on_the_ministrys_site(more):
    _, found = extract(
        "Армянские подразделения обстреляли позиции в Лачинском районе. Об этом идет речь на "
        "сайте Минобороны Азербайджана.",
        more,
    )
    assert found == [
        ("Армянские подразделения обстреляли позиции в Лачинском районе", "az-mod", []),
    ]


def test_there_they_summed_up(more):
    _, found = extract(
        "В Минобороны Азербайджана подчеркнули, что армянская сторона обостряет ситуацию. Там "
        "же подытожили, что ответственность за последствия лежит на Ереване.",
        more,
    )
    assert found == [
        ("армянская сторона обостряет ситуацию", "az-mod", []),
        ("ответственность за последствия лежит на Ереване", "az-mod", []),
    ]


def test_a_call_after_a_statement_is_no_part_of_it(more):
    _, found = extract(
        "Глава МИД Армении Арарат Мирзоян заявил, что Ереван готов к встрече министров, а также "
        "призвал Баку воздержаться от резких заявлений.",
        more,
    )
    assert found == [("Ереван готов к встрече министров", "mirzoyan", [])]


def test_that_without_its_comma(more):
    _, found = extract(
        "Арарат Мирзоян в интервью агентству АПА заявил что Ереван не изменит своей позиции.",
        more,
    )
    assert found == [("Ереван не изменит своей позиции", "mirzoyan", ["apa"])]


def test_a_ministry_narrowed_by_an_adjective_in_the_locative(more):
    _, found = extract(
        "Собеседник «Ararat Daily» в азербайджанском МИДе заявил, что Баку не выдвигает "
        "предварительных условий.",
        more,
    )
    assert found == [("Баку не выдвигает предварительных условий", "az-mfa", [])]


def test_a_converbs_clause_with_a_quoted_agency_before_the_verb(more):
    _, found = extract(
        "Арам Торосян, отвечая на вопрос агентства «Новости-Армения», опроверг информацию о "
        "потерях.",
        more,
    )
    assert found == [("опроверг информацию о потерях", "torosyan", [])]


def test_a_person_after_a_body_named_by_a_title(more):
    # "омбудсмен Армении" is the body's name; the person after it speaks, and the title
    # refers back to her.
    document, found = extract(
        "Омбудсмен Армении Анаит Манасян написала в Фейсбуке, что снаряд повредил школу. "
        "«Это удар по гражданской инфраструктуре», — добавила омбудсмен.",
        more,
    )
    names = set(SourceProposal.objects.filter(documents=document).values_list("name", flat=True))
    assert names == {"Анаит Манасян"}
    assert found == []  # the body is not the speaker
    _confirmed(document)
    assert _found(document, more) == [
        ("снаряд повредил школу", "Анаит Манасян", []),
        ("Это удар по гражданской инфраструктуре", "Анаит Манасян", []),
    ]


@pytest.mark.parametrize("title", ["посол", "депутат"])
def test_a_person_referred_back_to_by_title(more, title):
    document, _ = extract(
        f"{title.capitalize()} Азербайджана в России Рахман Мустафаев обвинил Ереван в срыве "
        f"договоренностей. «Армения отступает от своих обязательств», — заявил {title}.",
        more,
    )
    names = set(SourceProposal.objects.filter(documents=document).values_list("name", flat=True))
    assert names == {"Рахман Мустафаев"}
    _confirmed(document)
    assert _found(document, more) == [
        ("обвинил Ереван в срыве договоренностей", "Рахман Мустафаев", []),
        ("Армения отступает от своих обязательств", "Рахман Мустафаев", []),
    ]


def test_in_reply_to_a_quoted_agencys_request_before_the_verb(more):
    _, found = extract(
        "Пресс-секретарь Минобороны Армении Арам Торосян, в ответ на запрос агентства "
        "«Новости-Армения», опроверг информацию о перестрелке.",
        more,
    )
    assert found == [("опроверг информацию о перестрелке", "torosyan", [])]


def test_a_rank_after_a_comma_before_a_name_the_desk_does_not_have(more):
    document, _ = extract(
        "Перемирие будет соблюдаться, уверен советник премьер-министра Армении, "
        "генерал-лейтенант Давид Арутюнов.",
        more,
    )
    names = set(SourceProposal.objects.filter(documents=document).values_list("name", flat=True))
    assert names == {"Давид Арутюнов"}
    _confirmed(document)
    assert _found(document, more) == [("Перемирие будет соблюдаться", "Давид Арутюнов", [])]


@pytest.mark.parametrize(
    "verb",
    ["выразил мнение", "обратил внимание на то", "посетовал", "парировал", "возразил"],
)
def test_verbs_of_opinion_complaint_and_retort(more, verb):
    _, found = extract(f"Арарат Мирзоян {verb}, что переговоры идут медленно.", more)
    assert found == [("переговоры идут медленно", "mirzoyan", [])]


def test_a_participles_clause_after_the_body_that_released_the_statement(more):
    _, found = extract(
        "Ереван готов к заседанию комиссии по делимитации, говорится в заявлении МИД Армении, "
        "распространенном в пятницу.",
        more,
    )
    assert found == [("Ереван готов к заседанию комиссии по делимитации", "am-mfa", [])]


def test_in_the_statement_published_on_telegram_it_is_said(more):
    _, found = extract(
        "В заявлении Минобороны Армении, опубликованном в Telegram, говорится, что позиции у "
        "села Кут обстреляны ночью.",
        more,
    )
    assert found == [("позиции у села Кут обстреляны ночью", "am-mod", [])]


def test_a_bulletin_about_another_source_is_the_ministrys(more):
    more["peacekeepers"] = make_source(
        "Russian peacekeepers",
        kind=KINDS.MILITARY,
        aliases=["российский миротворческий контингент"],
    )
    more["ru-mod"] = make_source(
        "Ministry of Defence of Russia", kind=KINDS.MINISTRY, aliases=["Минобороны РФ"]
    )
    _, found = extract(
        "За сутки зафиксировано одно нарушение режима прекращения огня. Об этом говорится в "
        "бюллетене Минобороны РФ о деятельности российского миротворческого контингента в зоне "
        "карабахского конфликта, опубликованном на сайте ведомства.",
        more,
    )
    assert found == [
        ("За сутки зафиксировано одно нарушение режима прекращения огня", "ru-mod", []),
    ]


@pytest.fixture
def cabinet(more):
    more["am-gov"] = make_source(
        "Government of Armenia",
        kind=KINDS.GOVERNMENT_BODY,
        country="AM",
        aliases=["Правительство Армении"],
    )
    more["pashinyan"] = make_source(
        "Nikol Pashinyan", kind=KINDS.OFFICIAL, country="AM", aliases=["Никол Пашинян", "Пашинян"]
    )
    return more


def test_a_name_before_a_day_and_an_occasion_is_the_speaker(cabinet):
    _, found = extract(
        "«Граница должна стать линией мира», – подчеркнул Пашинян в четверг, 18 мая, на "
        "заседании совета в Ереване.",
        cabinet,
    )
    assert found == [("Граница должна стать линией мира", "pashinyan", [])]


def test_about_this_with_a_date_an_occasion_and_a_town(cabinet):
    _, found = extract(
        "Граница должна стать линией мира. Об этом сегодня, 20 апреля, в беседе с журналистами "
        "в Иджеване заявил премьер-министр Армении Никол Пашинян.",
        cabinet,
    )
    assert found == [("Граница должна стать линией мира", "pashinyan", [])]


def test_the_head_of_a_government_is_the_person_not_the_body(cabinet):
    _, found = extract(
        "Никол Пашинян заявил, что граница должна стать линией мира. «Мы готовы к совместной "
        "работе», - сказал глава армянского правительства.",
        cabinet,
    )
    assert found == [
        ("граница должна стать линией мира", "pashinyan", []),
        ("Мы готовы к совместной работе", "pashinyan", []),
    ]


def test_an_occasion_naming_a_body_before_the_speaker(cabinet):
    _, found = extract(
        "На заседании правительства Армении 2 марта премьер-министр Никол Пашинян заявил, что "
        "делимитация должна опираться на карты 1991 года.",
        cabinet,
    )
    assert found == [
        ("делимитация должна опираться на карты 1991 года", "pashinyan", []),
    ]
