"""Which accounts a denial answers: a denial of fire on civilians answers accounts of
civilians, homes and villages hit, not of fire on positions."""

from datetime import date

import pytest

from claims.accounts.services import places_load
from claims.candidates import contradiction_candidates
from tests.factories import make_claim, make_document, make_source

pytestmark = pytest.mark.django_db


def _said(speaker, text, language="en"):
    return make_claim(
        make_document(text, language=language),
        text,
        speaker=speaker,
        stated_on=date(2022, 9, 14),
    )


def test_a_denial_of_fire_on_civilians_answers_civilians_hit_not_positions_fired_on():
    places_load()
    baku, yerevan = make_source("Baku MoD", country="AZ"), make_source("Yerevan MoD", country="AM")
    denial = _said(baku, "Mülki əhali və mülki infrastruktur hədəf deyil", "az")
    homes = _said(yerevan, "Azerbaijani shells hit homes in Goris")
    positions = _said(yerevan, "Azerbaijani units fired on Armenian positions")

    found = {candidate.claim.pk: candidate for candidate in contradiction_candidates(denial)}

    assert found[homes.pk].axes == ["denial"]
    assert found[positions.pk].axes == []
    assert found[homes.pk].score > found[positions.pk].score


def test_a_denial_naming_no_one_by_a_speaker_of_unknown_side_answers_the_account_it_faces():
    places_load()
    baku = make_source("Baku MoD", country="AZ")
    karabakh = make_source("Karabakh Armenian leader", country="")
    strike = _said(baku, "One civilian was killed when Armenian forces fired missiles at homes")
    denial = _said(karabakh, "Мирное население целью не является", "ru")

    found = contradiction_candidates(strike)

    assert [candidate.claim.pk for candidate in found] == [denial.pk]
    assert found[0].axes == ["denial"]


def test_a_denial_of_losses_answers_the_report_of_those_losses_not_an_account_of_fire():
    places_load()
    baku, yerevan = make_source("Baku MoD", country="AZ"), make_source("Yerevan MoD", country="AM")
    denial = _said(baku, "The claim that three Azerbaijani servicemen were killed is false")
    losses = _said(yerevan, "the Azerbaijani side lost three servicemen killed")
    fire = _said(yerevan, "Azerbaijani units opened fire on Armenian positions")

    found = {candidate.claim.pk: candidate for candidate in contradiction_candidates(denial)}

    assert found[losses.pk].axes[0] == "denial"
    assert "denial" not in found[fire.pk].axes
    assert found[losses.pk].score > found[fire.pk].score


def test_a_denial_of_opening_fire_answers_an_account_of_an_attack_as_the_same_kind_of_act():
    places_load()
    baku, yerevan = make_source("Baku MoD", country="AZ"), make_source("Yerevan MoD", country="AM")
    attack = _said(baku, "Armenian armed groups attacked our positions")
    denial = _said(yerevan, "Armenian units did not open fire")

    found = contradiction_candidates(attack)

    assert found[0].claim.pk == denial.pk
    assert "the same kind of act" in found[0].reasons
