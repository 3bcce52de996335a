"""Pairing in the admin: candidates on the claim page, one-click confirm, "Pair with…", actions."""

import html
import re

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from claims.models import ClaimPair
from claims.services import claim_pair_create
from sources.models import Source
from tests.factories import (
    framing_label,
    make_annotation,
    make_claim,
    make_document,
    make_editor,
    make_incident,
    make_reviewer,
    make_source,
    make_user,
)

pytestmark = pytest.mark.django_db


def claim_page(client, claim):
    return client.get(reverse("admin:claims_claim_change", args=[claim.pk]))


def test_the_claim_page_proposes_the_opposing_claim_first_and_confirming_asks_for_a_rationale(
    client, clash
):
    client.force_login(make_reviewer())
    accusation, counter = clash["accusation"], clash["counter"]

    page = claim_page(client, accusation).content.decode()

    panel = page[page.index("Contradiction candidates") :]
    assert panel.index(f"#{counter.pk}") < panel.index(f"#{clash['unrelated'].pk}")
    assert "who acted: Ministry of Defence of Azerbaijan says Armenian units opened fire" in panel
    assert "Conflict: initiator" in panel
    confirm = re.search(r'href="([^"]*/pair/\?other=' + str(counter.pk) + r'[^"]*)"', panel)
    assert confirm is not None
    # The form opens filled in from the reasons, for the reviewer to edit, not saved yet.
    form = client.get(html.unescape(confirm.group(1))).content.decode()
    assert not ClaimPair.objects.exists()
    assert "Who acted: Ministry of Defence of Azerbaijan says" in html.unescape(form)
    assert re.search(r'value="initiator"[^>]*checked', form)

    response = client.post(
        reverse("admin:claims_claim_pair", args=[accusation.pk]),
        {
            "other": counter.pk,
            "relation": "contradicts",
            "rationale": "Each ministry says the other opened fire first.",
            "axes": ["initiator"],
        },
    )

    pair = ClaimPair.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("admin:claims_claimpair_change", args=[pair.pk])
    assert {pair.claim_a, pair.claim_b} == {accusation, counter}
    assert (pair.relation, pair.rationale, pair.axes) == (
        "contradicts",
        "Each ministry says the other opened fire first.",
        ["initiator"],
    )
    after = claim_page(client, accusation).content.decode()
    assert f"?other={counter.pk}&" not in after


def test_pair_with_shows_a_claim_search_and_refuses_a_duplicate(client, clash):
    client.force_login(make_editor())
    accusation, counter = clash["accusation"], clash["counter"]
    claim_pair_create(claim_a=counter, claim_b=accusation, relation="corroborates")
    url = reverse("admin:claims_claim_pair", args=[accusation.pk])

    form_page = client.get(url).content.decode()
    response = client.post(url, {"other": counter.pk, "relation": "contradicts"})
    itself = client.post(url, {"other": accusation.pk, "relation": "contradicts"})

    assert "admin-autocomplete" in form_page
    assert response.status_code == 200
    assert "already paired" in response.content.decode()
    assert "cannot be paired with itself" in itself.content.decode()
    assert ClaimPair.objects.count() == 1


def test_people_outside_the_desk_cannot_pair(client, clash):
    client.force_login(make_user(is_staff=True))
    url = reverse("admin:claims_claim_pair", args=[clash["accusation"].pk])
    assert (
        client.post(url, {"other": clash["counter"].pk, "relation": "contradicts"}).status_code
        == 403
    )
    assert not ClaimPair.objects.exists()


def run_action(client, action, claims):
    return client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": action, ACTION_CHECKBOX_NAME: [claim.pk for claim in claims]},
        follow=True,
    )


def test_the_list_action_pairs_exactly_two_claims(client, clash):
    client.force_login(make_reviewer())
    accusation, counter, unrelated = clash["accusation"], clash["counter"], clash["unrelated"]

    three = run_action(client, "pair_as_contradicting", [accusation, counter, unrelated])
    assert "Select exactly two claims to pair." in three.content.decode()
    assert not ClaimPair.objects.exists()

    two = run_action(client, "pair_as_corroborating", [accusation, unrelated])
    pair = ClaimPair.objects.get()
    assert pair.relation == "corroborates"
    assert f"Pair #{pair.pk} saved" in two.content.decode()

    again = run_action(client, "pair_as_contradicting", [unrelated, accusation])
    assert "already paired" in again.content.decode()
    assert ClaimPair.objects.count() == 1


def test_candidate_text_is_escaped(client, clash):
    client.force_login(make_reviewer())
    text = "Azerbaijani forces <script>alert(1)</script> opened fire near Sotk."
    make_claim(
        make_document(text),
        "<script>alert(1)</script> opened fire",
        speaker=clash["counter"].speaker,
        incident=clash["accusation"].incident,
    )

    page = claim_page(client, clash["accusation"]).content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_side_by_side_page_shows_each_claims_chain_context_and_framing(client):
    client.force_login(make_editor())
    baku = make_source("Минобороны Азербайджана", country="AZ")
    agency = make_source("Interfax", kind=Source.Kind.NEWS_AGENCY)
    yerevan = make_source("Հայաստանի ՊՆ", country="AM")
    first_text = "Ночью армянские подразделения открыли огонь по позициям <b>у Сотка</b>."
    first = make_claim(
        make_document(first_text, title="Сводка"),
        "армянские подразделения открыли огонь",
        speaker=baku,
        relay_chain=[agency],
    )
    make_annotation(first.document, "армянские подразделения", label=framing_label())
    second = make_claim(
        make_document("Ադրբեջանական ստորաբաժանումները կրակ են բացել։", title="Հաղորդագրություն"),
        "Ադրբեջանական ստորաբաժանումները կրակ են բացել",
        speaker=yerevan,
    )
    pair = claim_pair_create(claim_a=first, claim_b=second, relation="contradicts")
    url = reverse("admin:claims_claimpair_change", args=[pair.pk])

    page = client.get(url).content.decode()

    assert f"Минобороны Азербайджана → Interfax → {first.document.publisher}" in page
    assert "Հայաստանի ՊՆ" in page and "Հաղորդագրություն" in page
    assert "“армянские подразделения” (" in page
    assert "&lt;b&gt;у Сотка&lt;/b&gt;" in page and "<b>у Сотка</b>" not in page

    edited = client.post(
        url, {"relation": "contradicts", "rationale": "Каждая сторона обвиняет другую."}
    )
    assert edited.status_code == 302
    pair.refresh_from_db()
    assert pair.rationale == "Каждая сторона обвиняет другую."


def test_the_side_by_side_page_shows_each_source_of_a_chain_once(client):
    """A ministry publishing its own statement, or an agency publishing what it relayed, is
    not shown passing the claim on to itself."""
    client.force_login(make_reviewer())
    ministry = make_source("Ministry of Defence of Armenia", country="AM")
    agency = make_source("Interfax", kind=Source.Kind.NEWS_AGENCY)
    council = make_source("Security Council of Armenia", country="AM")
    own = make_claim(
        make_document("Azerbaijani units tried to advance overnight.", publisher=ministry),
        "Azerbaijani units tried to advance",
        speaker=ministry,
    )
    relayed = make_claim(
        make_document("The incursion took place on Sunday, the council said.", publisher=agency),
        "The incursion took place on Sunday",
        speaker=council,
        relay_chain=[agency],
    )
    pair = claim_pair_create(claim_a=own, claim_b=relayed, relation="corroborates")

    page = client.get(reverse("admin:claims_claimpair_change", args=[pair.pk])).content.decode()

    chains = re.findall(r"<dt>Said by, then relayed by</dt>\s*<dd>(.*?)</dd>", page)
    assert chains == ["Ministry of Defence of Armenia", "Security Council of Armenia → Interfax"]


def test_the_incident_matrix_counts_pairs_between_speakers(client, clash):
    client.force_login(make_reviewer())
    accusation, counter = clash["accusation"], clash["counter"]
    same_side = clash["same_speaker"]
    claim_pair_create(claim_a=accusation, claim_b=counter, relation="contradicts")
    claim_pair_create(claim_a=same_side, claim_b=counter, relation="contradicts")
    claim_pair_create(claim_a=clash["unrelated"], claim_b=counter, relation="corroborates")
    incident = accusation.incident

    change_page = client.get(reverse("admin:claims_incident_change", args=[incident.pk]))
    matrix_url = reverse("admin:claims_incident_matrix", args=[incident.pk])
    page = client.get(matrix_url).content.decode()

    assert matrix_url in change_page.content.decode()
    start = page.index('<table class="parallax-matrix">')
    table = page[start : page.index("</table>", start)]
    rows = dict(re.findall(r'<th scope="row">(.*?)</th>(.*?)</tr>', table, re.S))
    assert "<strong>2</strong> / 0" in rows["Ministry of Defence of Azerbaijan"]
    assert "<strong>0</strong> / 1" in rows["RIA Novosti"]
    links = page[page.index("<h2>Links</h2>") : page.index("<h2>Claims by speaker</h2>")]
    by_speaker = page[page.index("<h2>Claims by speaker</h2>") :]
    assert links.count("<li>") == 3
    assert by_speaker.count("<li>") == 4
    assert "Night fire near Jermuk" not in page and f"#{clash['elsewhere'].pk}<" not in page


def test_the_incident_matrix_escapes_claims_in_any_script(client):
    client.force_login(make_reviewer())
    incident = make_incident(title="Обстрел <i>у Сотка</i>")
    make_claim(
        make_document("Ադրբեջանական ստորաբաժանումները <script>x</script> կրակ են բացել։"),
        "Ադրբեջանական ստորաբաժանումները <script>x</script>",
        speaker=make_source("Հայաստանի ՊՆ", country="AM"),
        incident=incident,
    )

    page = client.get(reverse("admin:claims_incident_matrix", args=[incident.pk])).content.decode()

    assert "Հայաստանի ՊՆ" in page
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "<i>у Сотка</i>" not in page
    assert "None of these claims is paired yet." in page
