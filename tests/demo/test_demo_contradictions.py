"""The demo desk's contradictions across languages: the Azerbaijani ministry's account is the
first candidate for the Armenian ministry's, with the incident, with a date only, or with
neither; a Russian agency's report of Yerevan's account finds Baku's in English; the incident
page sets the parties' accounts side by side."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from claims.candidates import claim_candidates
from claims.models import Claim, Incident
from demo import content
from demo.loader import load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    load_demo(with_users=True)
    return get_user_model().objects.get(username=content.EDITOR)


def claim(key: str) -> Claim:
    spec = next(spec for spec in content.CLAIMS if spec["key"] == key)
    return Claim.objects.get(speaker__name=spec["speaker"], quote=" ".join(spec["phrase"].split()))


@pytest.mark.parametrize("linked", ["incident", "date", "neither"])
def test_baku_s_account_is_the_first_candidate_for_yerevan_s(demo, linked):
    yerevan = claim("yerevan-counter-accusation")
    if linked != "incident":
        Claim.objects.filter(pk=yerevan.pk).update(incident=None)
    if linked == "neither":
        Claim.objects.filter(pk=yerevan.pk).update(stated_on=None)
    yerevan.refresh_from_db()

    found = claim_candidates(yerevan)
    first = found.contradictions[0]

    assert first.claim.speaker.name == content.AZ_MOD
    assert first.axes == ["initiator"]
    assert first.reasons[0].startswith(
        f"who acted: {content.AM_MOD} says Azerbaijani units advanced; {content.AZ_MOD} says "
        "Armenian units"
    )
    # Yerevan's own statement in Armenian and RIA's Russian report of it are the same account.
    assert {c.claim.document.language for c in found.duplicates} == {"hy", "ru"}


def test_a_russian_report_of_yerevan_s_account_finds_baku_s_in_english(demo):
    relayed = claim("ria-yerevan-advance")

    found = claim_candidates(relayed, limit=5).contradictions

    english = [c for c in found if c.claim.document.language == "en"]
    assert relayed.document.language == "ru"
    assert english and english[0].claim.speaker.name == content.AZ_MOD
    assert "initiator" in english[0].axes


def test_the_incident_page_shows_both_parties_accounts_side_by_side(client, demo):
    client.force_login(demo)
    incident = Incident.objects.get(title=content.INCIDENT["title"])

    page = client.get(reverse("admin:claims_incident_matrix", args=[incident.pk])).content.decode()

    table = page[page.index("The parties' accounts") : page.index("Pairs between speakers")]
    assert '<th scope="row">Armenian</th>' in table and '<th scope="row">Azerbaijani</th>' in table
    assert 'Who acted <strong class="parallax-conflict">conflict</strong>' in table
    assert "Kalbajar" in table
