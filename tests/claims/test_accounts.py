"""Structured accounts: read from a claim's words in four languages, stored as suggestions,
corrected by reviewers; the gazetteer finds places in their inflected forms."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse

from claims.accounts.gazetteer import place_relation, places_in
from claims.accounts.models import ClaimAccount, Place, PlaceName
from claims.accounts.reading import denied_act, read_account
from claims.accounts.services import account_review, account_suggest, places_load, side_of
from sources.models import Source
from tests.factories import make_claim, make_document, make_reviewer, make_source, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def gazetteer():
    places_load()
    return {place.key: place for place in Place.objects.all()}


def reading(text, language, side, places=True):
    found = read_account(
        text,
        language,
        speaker_side=side,
        places=(lambda found_in: places_in(found_in, language)) if places else None,
    )
    return found


@pytest.mark.parametrize(
    ("language", "side", "text", "act", "initiator", "target", "place"),
    [
        (
            "en",
            "AZ",
            "Armenian armed forces units fired at Azerbaijani Army positions in Kalbajar "
            "overnight with sniper rifles.",
            "opening_fire",
            "AM",
            "AZ",
            "kalbajar",
        ),
        (
            "en",
            "AM",
            "Our positions came under fire from Azerbaijani units near Sotk.",
            "opening_fire",
            "AZ",
            "AM",
            "sotk",
        ),
        (
            "ru",
            "AZ",
            "армянские вооруженные силы обстреляли позиции азербайджанской армии на "
            "кельбаджарском направлении",
            "shelling",
            "AM",
            "AZ",
            "kalbajar",
        ),
        (
            "ru",
            "AM",
            "противник пытался продвинуться на восточном участке границы",
            "advance",
            "AZ",
            "",
            None,
        ),
        (
            "az",
            "AZ",
            "Ermənistan silahlı qüvvələrinin bölmələri Kəlbəcər rayonu istiqamətində "
            "mövqelərimizi atəşə tutub",
            "shelling",
            "AM",
            "AZ",
            "kalbajar",
        ),
        (
            "hy",
            "AM",
            "Ադրբեջանի զինված ուժերի ստորաբաժանումները փորձել են առաջխաղացում կատարել "
            "Քարվաճառի ուղղությամբ",
            "advance",
            "AZ",
            "",
            "kalbajar",
        ),
    ],
)
def test_the_act_the_sides_and_the_place_in_each_language(
    gazetteer, language, side, text, act, initiator, target, place
):
    found = reading(text, language, side)

    assert (found.act, found.initiator, found.target) == (act, initiator, target)
    assert found.place_id == (gazetteer[place].pk if place else None)


def test_casualties_no_losses_and_a_denial():
    losses = reading(
        "Azerbaijani units opened fire; three Armenian servicemen were killed and 2 wounded.",
        "en",
        "AM",
        places=False,
    )
    none = reading("Zoհեր չկան", "hy", "AM", places=False)
    quiet = reading("Հայկական կողմից զոհեր չկան։", "hy", "AM", places=False)
    denial = reading(
        "The reports that Armenian units opened fire on Azerbaijani positions are false.",
        "en",
        "AM",
        places=False,
    )

    assert sorted(losses.casualties) == [("AM", "killed", 3, False), ("AM", "wounded", 2, False)]
    assert none.casualties == []
    assert quiet.casualties == [("AM", "killed", 0, False)]
    assert (denial.act, denial.initiator, denial.target) == ("denial", "AM", "AZ")


def test_a_language_without_cues_reads_nothing():
    assert read_account("ქართული ტექსტი", "ka") is None


def test_places_are_loaded_once_with_their_names_in_four_languages(gazetteer):
    names_before = PlaceName.objects.count()

    assert places_load() == (0, 0)
    assert PlaceName.objects.count() == names_before
    kalbajar = gazetteer["kalbajar"]
    languages = set(kalbajar.names.values_list("language", flat=True))
    assert languages == {"en", "ru", "az", "hy"} and kalbajar.administered_by == "AZ"
    text = "Обстрел в Кельбаджаре и у Kəlbəcər."
    assert [place for _, _, place in places_in(text, "ru")] == [kalbajar.pk]


def test_a_new_claim_gets_a_suggested_account_and_a_reviewed_one_is_kept(gazetteer):
    baku = make_source("Baku ministry", country="AZ")
    document = make_document("Armenian units fired on Azerbaijani positions near Kalbajar.")

    claim = make_claim(document, speaker=baku)
    account = claim.account

    assert (account.act, account.initiator, account.target, account.place.key) == (
        "opening_fire",
        "AM",
        "AZ",
        "kalbajar",
    )
    assert not account.is_reviewed
    reviewer = make_reviewer()
    account_review(
        claim=claim, actor=reviewer, act="shelling", casualties=[("AZ", "wounded", 1, 2, 3, False)]
    )
    account_suggest(claim=claim)  # a later suggestion changes nothing
    account.refresh_from_db()
    assert (account.act, account.reviewed_by) == ("shelling", reviewer)
    assert [(c.side, c.kind, c.low, c.best, c.high) for c in account.casualties.all()] == [
        ("AZ", "wounded", 1, 2, 3)
    ]


def test_only_the_desk_reviews_an_account_and_bad_values_change_nothing(gazetteer):
    claim = make_claim()
    before = ClaimAccount.objects.filter(claim=claim).values().first()

    with pytest.raises(PermissionDenied):
        account_review(claim=claim, actor=make_user(), act="shelling")
    with pytest.raises(ValidationError):
        account_review(claim=claim, actor=make_reviewer(), act="singing")
    with pytest.raises(ValidationError):
        account_review(claim=claim, actor=make_reviewer(), initiator="AM", target="AM")
    with pytest.raises(ValidationError):
        account_review(
            claim=claim, actor=make_reviewer(), casualties=[("AM", "killed", 5, 2, 3, False)]
        )

    assert ClaimAccount.objects.filter(claim=claim).values().first() == before


def test_a_speaker_s_side_is_its_country_or_its_parent_s():
    ministry = make_source("Ministry", country="AM", kind=Source.Kind.MINISTRY)
    spokesperson = make_source("Spokesperson", parent=ministry)
    assert (side_of(ministry), side_of(spokesperson), side_of(make_source())) == ("AM", "AM", "")


def test_suggest_accounts_reads_every_claim_not_reviewed(gazetteer):
    claim = make_claim(
        make_document("Azerbaijani units shelled Armenian villages."),
        speaker=make_source(country="AM"),
    )
    ClaimAccount.objects.filter(claim=claim).delete()

    call_command("suggest_accounts", stdout=None)

    assert ClaimAccount.objects.get(claim=claim).act == "shelling"


def test_a_reviewer_corrects_the_account_in_the_admin_and_a_bad_line_changes_nothing(
    client, gazetteer
):
    reviewer = make_reviewer()
    claim = make_claim(
        make_document("Armenian units fired on Azerbaijani positions near Kalbajar."),
        speaker=make_source("Baku ministry", country="AZ"),
    )
    client.force_login(reviewer)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    url = reverse("admin:claims_claimaccount_change", args=[claim.pk])
    form = {
        "act": "shelling",
        "initiator": "AM",
        "target": "AZ",
        "place": gazetteer["kalbajar"].pk,
        "occurred_on": "2021-11-16",
        "time_of_day": "overnight",
        "weapons": "mortars",
    }

    refused = client.post(url, {**form, "casualties": "AZ dead lots"})
    saved = client.post(url, {**form, "casualties": "AZ wounded 1-2-3\nAM killed 0 civilians"})

    assert "Opening fire by AM against AZ at Kalbajar" in page and "Correct it" in page
    assert refused.status_code == 200 and "SIDE KIND LOW-BEST-HIGH" in refused.content.decode()
    assert saved.status_code == 302
    account = ClaimAccount.objects.get(claim=claim)
    assert (account.act, account.time_of_day, account.reviewed_by) == (
        "shelling",
        "overnight",
        reviewer,
    )
    assert sorted(
        (c.side, c.kind, c.low, c.best, c.high, c.civilians) for c in account.casualties.all()
    ) == [("AM", "killed", 0, 0, 0, True), ("AZ", "wounded", 1, 2, 3, False)]


def test_the_account_over_the_api_for_the_desk_only_and_bad_input_changes_nothing(gazetteer):
    from rest_framework.test import APIClient

    claim = make_claim(
        make_document("Armenian units fired on Azerbaijani positions near Kalbajar."),
        speaker=make_source("Baku ministry", country="AZ"),
    )
    url = reverse("claim-account", args=[claim.pk])
    desk = APIClient()
    desk.force_authenticate(make_reviewer())
    outsider = APIClient()
    outsider.force_authenticate(make_user())

    read = desk.get(url).json()
    refused = [
        desk.put(url, {"act": "singing"}, format="json"),
        desk.put(url, {"act": "shelling", "initiator": "AM", "target": "AM"}, format="json"),
        desk.put(
            url,
            {"casualties": [{"side": "AZ", "kind": "killed", "low": 5, "best": 2, "high": 3}]},
            format="json",
        ),
        desk.put(url, {"act": "shelling", "mood": "grim"}, format="json"),
    ]
    unchanged = desk.get(url).json()
    saved = desk.put(
        url,
        {
            "act": "shelling",
            "initiator": "AM",
            "target": "AZ",
            "place": "kalbajar",
            "casualties": [{"side": "AZ", "kind": "wounded", "low": 1, "best": 2, "high": 2}],
        },
        format="json",
    )

    assert (read["act"], read["initiator"], read["place"], read["reviewed_at"]) == (
        "opening_fire",
        "AM",
        "kalbajar",
        None,
    )
    assert [response.status_code for response in refused] == [400, 400, 400, 400]
    assert unchanged == read
    assert saved.status_code == 200
    body = saved.json()
    assert (body["act"], body["reviewed_at"] is not None) == ("shelling", True)
    assert body["casualties"] == [
        {"side": "AZ", "kind": "wounded", "low": 1, "best": 2, "high": 2, "civilians": False}
    ]
    assert outsider.get(url).status_code == 403
    assert APIClient().get(url).status_code == 401


def test_a_year_or_a_number_in_another_clause_is_no_casualty_count():
    in_2020 = reading("In 2020 Azerbaijani forces killed civilians.", "en", "AM", places=False)
    elsewhere = reading(
        "Azerbaijani units fired on 3 positions. A soldier was wounded.", "en", "AM", places=False
    )
    assert in_2020.casualties == [] and elsewhere.casualties == []


def test_a_review_refuses_the_same_count_twice_and_a_place_that_is_not_one(gazetteer):
    claim = make_claim()
    reviewer = make_reviewer()
    with pytest.raises(ValidationError):
        account_review(
            claim=claim,
            actor=reviewer,
            casualties=[("AZ", "killed", 1, 1, 1, False), ("AZ", "killed", 2, 2, 2, False)],
        )
    with pytest.raises(ValidationError):
        account_review(claim=claim, actor=reviewer, place=make_source())
    assert not ClaimAccount.objects.filter(claim=claim, reviewed_at__isnull=False).exists()


@pytest.mark.parametrize(
    ("language", "side", "text", "initiator"),
    [
        ("en", "AM", "Armenian units have not fired in the directions named.", "AM"),
        # No side named: the denial is of what the speaker's own side is accused of.
        ("az", "AZ", "Dinc əhaliyə və mülki obyektlərə atəş açılmır.", ""),
        ("hy", "AM", "Հայկական դիրքերից կրակոցներ չեն արձակվել։", "AM"),
        ("ru", "AM", "Армения боевых действий не начинала.", "AM"),
    ],
)
def test_an_act_negated_is_a_denial_of_it(language, side, text, initiator):
    found = reading(text, language, side, places=False)

    assert (found.act, found.initiator) == ("denial", initiator)


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("en", "Armenian units have not fired in the directions named.", "opening_fire"),
        ("ru", "Азербайджанская армия не обстреливает мирные населенные пункты.", "shelling"),
        ("az", "Dinc əhaliyə və mülki obyektlərə atəş açılmır.", "opening_fire"),
        # A denial that names no act denies nothing a candidate can match by kind.
        ("en", "These statements are false.", ""),
    ],
)
def test_a_denial_names_the_act_it_denies(language, text, act):
    assert denied_act(text, language) == act


def test_a_side_that_has_no_losses_reports_none():
    found = reading("Հայկական կողմը կորուստներ չունի։", "hy", "AM", places=False)

    assert found.casualties == [("AM", "killed", 0, False)]


def test_no_casualties_is_not_a_denial():
    assert reading("Հայկական կողմից զոհեր չկան։", "hy", "AM", places=False).act == "casualties"


@pytest.mark.parametrize(
    ("language", "side", "text"),
    [
        (
            "hy",
            "AM",
            "Ադրբեջանի ՊՆ-ի պնդումները, թե գնդակոծությունը սկսել է հայկական կողմը, սուտ են",
        ),
        (
            "hy",
            "AM",
            "Ադրբեջանի ՊՆ-ի հաղորդագրությունը, թե հայկական ստորաբաժանումները կրակ են բացել, "
            "իրականությանը չի համապատասխանում",
        ),
        (
            "az",
            "AZ",
            "Ermənistan tərəfinin guya bölmələrimizin atəş açması barədə yaydığı məlumat yalandır",
        ),
    ],
)
def test_a_denial_reads_the_sides_of_the_account_it_reports(language, side, text):
    found = reading(text, language, side, places=False)

    # Who the denied account says acted, not the side that gave that account.
    assert found.act == "denial"
    assert found.initiator == {"AM": "AM", "AZ": "AZ"}[side]


def test_a_cleft_sentence_keeps_its_subject():
    found = reading(
        "It was Azerbaijan that resumed the attack at dawn near Jermuk.", "en", "AM", places=False
    )

    assert (found.act, found.initiator) == ("attack", "AZ")


def test_a_russian_subject_after_its_verb_is_the_initiator_and_a_genitive_is_not():
    inverted = reading(
        "по его позициям утром открыли огонь армянские вооружённые формирования",
        "ru",
        "AZ",
        places=False,
    )
    genitive = reading("обстрел азербайджанских позиций продолжился", "ru", "AZ", places=False)

    assert (inverted.act, inverted.initiator) == ("opening_fire", "AM")
    assert (genitive.initiator, genitive.target) == ("", "AZ")


def test_casualty_counts_in_inflected_words_and_after_the_verb():
    three = reading(
        "азербайджанская сторона потеряла трёх военнослужащих убитыми", "ru", "AM", places=False
    )
    after = reading(
        "в результате азербайджанского нападения погибли 49 армянских военнослужащих",
        "ru",
        "AM",
        places=False,
    )

    assert three.casualties == [("AZ", "killed", 3, False)]
    assert after.casualties == [("AM", "killed", 49, False)]


def test_a_breakthrough_is_an_advance():
    found = reading(
        "Azerbaijani troops tried to break through into Armenia near Sotk.",
        "en",
        "AM",
        places=False,
    )

    assert (found.act, found.initiator) == ("advance", "AZ")


def test_places_within_one_another_are_one_and_places_across_the_border_face(gazetteer):
    sotk, kalbajar, tovuz = gazetteer["sotk"], gazetteer["kalbajar"], gazetteer["tovuz"]

    assert place_relation(sotk, gazetteer["gegharkunik"]) == "same"
    assert place_relation(gazetteer["murovdag"], gazetteer["karabakh"]) == "same"
    assert place_relation(sotk, kalbajar) == place_relation(kalbajar, sotk) == "facing"
    assert place_relation(gazetteer["tegh"], gazetteer["lachin-town"]) == "facing"
    assert place_relation(sotk, tovuz) == "other"


def test_our_units_in_a_reported_account_are_not_the_reporting_side_when_ours_is_unknown():
    found = reading(
        "Ադրբեջանական կողմի այն պնդումը, թե մեր ստորաբաժանումները կրակ են բացել, սուտ է",
        "hy",
        "",
        places=False,
    )

    assert (found.act, found.initiator) == ("denial", "")


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Armenian forces, not for the first time, opened fire on Azerbaijani positions"),
        ("en", "Armenian units fired no fewer than 40 shells at the village"),
        ("en", "Armenian forces have not stopped shelling Tovuz"),
        ("en", "No, Armenian forces opened fire first"),
        ("ru", "Армянские подразделения не менее трех раз открыли огонь"),
        ("ru", "Армянские формирования, не соблюдая перемирие, открыли огонь"),
        ("ru", "Армянские формирования открыли огонь, не считаясь с перемирием"),
    ],
)
def test_a_negation_in_an_idiom_or_across_a_comma_affirms_the_act(language, text):
    reading = read_account(text, language)
    assert reading.act not in ("", "denial")
    assert reading.initiator == "AM"


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Azerbaijani servicemen were killed 28 September in Tartar"),
        ("ru", "Азербайджанский военнослужащий погиб 27 сентября"),
        ("en", "Armenian civilians were wounded 500 metres from the border"),
        ("ru", "Армянский военнослужащий ранен 3 км от села"),
    ],
)
def test_a_date_or_a_distance_after_a_casualty_word_is_no_count(language, text):
    assert [count for _, _, count, _ in read_account(text, language).casualties] == []


def test_a_count_right_after_a_casualty_word_is_still_read():
    reading = read_account("Armenian soldiers killed 12 Azerbaijani servicemen", "en")
    assert reading.casualties == [("AZ", "killed", 12, False)]


def test_an_authority_with_no_country_speaks_for_the_party_its_name_names():
    army = make_source("Karabakh Armenian Defence Army", kind=Source.Kind.MILITARY)
    press = make_source("Press office", parent=army)
    mission = make_source("European Union Mission in Armenia", kind=Source.Kind.INTERNATIONAL_BODY)
    assert (side_of(army), side_of(press), side_of(mission)) == ("AM", "AM", "")
