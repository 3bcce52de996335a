"""Whose act an account reads: a party's denial of fire is of its own side's fire; who acted
is read at the verb of fighting."""

import pytest

from claims.accounts.reading import denied_act, read_account

pytestmark = pytest.mark.django_db


def reading(text, language, side):
    return read_account(text, language, speaker_side=side)


@pytest.mark.parametrize(
    ("language", "side", "text"),
    [
        # The other side named as the accuser ("Baku's statements") or the target
        # ("Azerbaijani villages") of the fire denied.
        (
            "hy",
            "AM",
            "Ադրբեջանական սահմանամերձ գյուղերի գնդակոծության մասին "
            "Բաքվի հայտարարությունները կեղծ են",
        ),
        (
            "az",
            "AZ",
            "Ermənistan tərəfinin bölmələrimizin Sotk istiqamətində atəş açması barədə "
            "iddiaları əsassızdır",
        ),
        # The party's own units named: whatever the act, it is theirs that is denied.
        (
            "ru",
            "AZ",
            "Армянская сторона распространяет ложь о наступлении наших подразделений у Кута",
        ),
    ],
)
def test_a_party_denies_what_its_own_side_is_accused_of(language, side, text):
    found = reading(text, language, side)

    assert (found.act, found.initiator) == ("denial", side)


def test_a_party_may_deny_the_other_side_s_advance():
    found = reading("Reports that Azerbaijani troops captured the village are false", "en", "AM")

    assert (found.act, found.initiator) == ("denial", "AZ")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Azerbaijani forces resumed their attack, striking Armenian positions near Kut with "
            "drones and heavy artillery",
        ),
        (
            "ru",
            "азербайджанские войска с утра обстреливают армянские позиции на горисском "
            "направлении из артиллерии и с беспилотников",
        ),
    ],
)
def test_who_acted_is_read_at_the_verb_not_at_the_means_named_after_the_target(language, text):
    found = reading(text, language, "AM")

    assert (found.act, found.initiator, found.target) == ("drone_strike", "AZ", "AM")


def test_a_word_that_starts_as_our_is_not_our():
    # "մերձակա" (nearby) is no "մեր" (our).
    found = reading("Հրետակոծվել են Գորիսի մերձակա բնակավայրերը", "hy", "AM")

    assert (found.act, found.initiator) == ("shelling", "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Армянская сторона распространяет ложь"),
        ("az", "Mülki əhali və mülki infrastruktur hədəf deyil"),
        ("ru", "Мирное население целью не является"),
        ("en", "civilians and civilian infrastructure were not targets"),
    ],
)
def test_a_lie_and_civilians_not_targeted_are_denials(language, text):
    assert reading(text, language, "AZ").act == "denial"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Azerbaijani troops had moved into the zone watched by Russian peacekeepers"),
        ("en", "it was Azerbaijani troops who tried to take one of its border posts"),
        ("ru", "вооруженные силы Азербайджана вошли в зону ответственности миротворцев"),
        ("hy", "Ադրբեջանի զինված ուժերի ստորաբաժանումները հատել են շփման գիծը"),
        ("az", "Azərbaycan bölmələri təmas xəttini keçib"),
    ],
)
def test_entering_crossing_and_trying_to_take_are_an_advance(language, text):
    found = reading(text, language, "AM")

    assert (found.act, found.initiator) == ("advance", "AZ")


def test_by_after_another_participle_names_that_participle_s_agent_not_the_act_s():
    moved = reading(
        "Azerbaijani troops moved into the zone watched by Russian peacekeepers", "en", "RU"
    )
    shelled = reading("our positions were shelled by Armenian units", "en", "AZ")

    assert (moved.initiator, moved.target) == ("AZ", "RU")
    assert (shelled.initiator, shelled.target) == ("AM", "AZ")


@pytest.mark.parametrize(
    ("language", "side", "text", "hurt"),
    [
        ("en", "AZ", "one civilian died and four were hurt in an Armenian missile strike", "AZ"),
        ("en", "AM", "an Azerbaijani drone strike near Sotk killed one of its soldiers", "AM"),
        # A third party's account: the other party is the one attacked.
        ("ru", "RU", "азербайджанская сторона открыла огонь по рабочим, один человек погиб", "AM"),
    ],
)
def test_casualties_of_an_attack_are_the_attacked_side_s_not_the_attacker_s(
    language, side, text, hurt
):
    found = reading(text, language, side)

    assert found.casualties
    assert {count[0] for count in found.casualties} == {hurt}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "hy",
            "Ադրբեջանի ՊՆ տարածած տեղեկությունը, թե Պաշտպանության բանակի ստորաբաժանումները "
            "կրակ են բացել Մարտունու ուղղությամբ, չի համապատասխանում իրականությանը",
        ),
        (
            "ru",
            "Сообщения о том, что Армия обороны открыла огонь, не соответствуют действительности",
        ),
    ],
)
def test_the_karabakh_defence_army_is_of_the_armenian_side(language, text):
    # Its speaker's side unknown, the denial reads the side its words name.
    found = reading(text, language, "")

    assert (found.act, found.initiator) == ("denial", "AM")


def test_a_side_in_a_relative_clause_or_in_the_genitive_of_a_place_did_not_act():
    found = reading(
        "незаконные армянские вооруженные формирования на территории Азербайджана, где временно "
        "размещен российский миротворческий контингент, обстреляли позиции нашей армии",
        "ru",
        "AZ",
    )

    assert (found.act, found.initiator, found.target) == ("shelling", "AM", "AZ")


def test_a_relative_clause_in_english_names_no_actor():
    found = reading(
        "Armenian units, which Russian peacekeepers had watched for weeks, opened fire",
        "en",
        "AZ",
    )

    assert found.initiator == "AM"


def test_azerbaijani_fire_named_after_its_verb_is_opening_fire():
    # "açılan atəş" (the fire opened): the participle before its noun.
    found = reading(
        "Ermənistan ərazisindəki postdan açılan atəş nəticəsində bir hərbi qulluqçu yaralanıb",
        "az",
        "AZ",
    )

    assert (found.act, found.initiator) == ("opening_fire", "AM")
    assert found.casualties == [("AZ", "wounded", 1, False)]


@pytest.mark.parametrize(
    "text",
    ["армянские подразделения огня не открывали", "армянские подразделения огонь не открывали"],
)
def test_fire_not_opened_with_the_noun_before_the_verb_is_a_denial_of_opening_fire(text):
    found = reading(text, "ru", "AM")
    assert (found.act, found.initiator) == ("denial", "AM")
    assert denied_act(text, "ru") == "opening_fire"
