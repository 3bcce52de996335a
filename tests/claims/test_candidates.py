"""Contradiction candidates: who is proposed, in what order, and why."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.test import APIClient

from claims.candidates import POOL_LIMIT, claim_candidates, contradiction_candidates, trigrams
from claims.models import ClaimPair
from claims.services import claim_pair_create
from tests.factories import (
    make_claim,
    make_document,
    make_editor,
    make_incident,
    make_reviewer,
    make_source,
    make_user,
)

pytestmark = pytest.mark.django_db


def ids(candidates):
    return [candidate.claim.pk for candidate in candidates]


def test_the_mutual_accusation_comes_first_with_its_reasons(clash):
    found = contradiction_candidates(clash["accusation"])

    assert ids(found) == [clash["counter"].pk, clash["unrelated"].pk]
    top = found[0]
    assert top.score > found[1].score
    assert top.axes == ["initiator"]
    assert top.reasons[0] == (
        "who acted: Ministry of Defence of Azerbaijan says Armenian units opened fire; "
        "Ministry of Defence of Armenia says Azerbaijani units opened fire"
    )
    assert "same incident: Night fire near Sotk (2021-11-13)" in top.reasons
    assert "the same kind of act" in top.reasons
    assert not found[1].axes
    assert not any(reason.startswith("who acted") for reason in found[1].reasons)


def test_the_same_speaker_s_statement_is_a_duplicate_and_the_same_side_corroborates(clash):
    ally = make_source("Office of the President of Azerbaijan", country="AZ")
    agreeing = make_claim(clash["accusation"].document, "Armenian units opened fire", speaker=ally)

    found = claim_candidates(clash["accusation"])

    assert ids(found.duplicates) == [clash["same_speaker"].pk]
    assert ids(found.corroborations) == [agreeing.pk]
    assert found.corroborations[0].reasons[0] == "the same side (Azerbaijani)"
    assert not {clash["same_speaker"].pk, agreeing.pk} & set(ids(found.contradictions))


def test_the_same_speaker_other_incidents_and_existing_pairs_are_left_out(clash):
    found = ids(contradiction_candidates(clash["accusation"]))
    assert clash["same_speaker"].pk not in found
    assert clash["elsewhere"].pk not in found

    claim_pair_create(claim_a=clash["counter"], claim_b=clash["accusation"], relation="contradicts")

    assert ids(contradiction_candidates(clash["accusation"])) == [clash["unrelated"].pk]


def test_without_an_incident_the_window_is_three_days_either_side():
    baku = make_source("Baku ministry", country="AZ")
    yerevan = make_source("Yerevan ministry", country="AM")
    text = "Armenian units shelled villages near Tovuz."
    claim = make_claim(
        make_document(text), "shelled villages", speaker=baku, stated_on=date(2026, 11, 10)
    )

    def answer(day):
        reply = f"Azerbaijani artillery shelled Armenian villages, statement of {day}."
        return make_claim(
            make_document(reply), "shelled Armenian villages", speaker=yerevan, stated_on=day
        )

    inside = [answer(date(2026, 11, 7)), answer(date(2026, 11, 10)), answer(date(2026, 11, 13))]
    outside = [answer(date(2026, 11, 6)), answer(date(2026, 11, 14))]

    found = contradiction_candidates(claim)

    assert set(ids(found)) == {c.pk for c in inside}
    assert not set(ids(found)) & {c.pk for c in outside}
    reasons = {candidate.claim.stated_on: candidate.reasons for candidate in found}
    assert "the same day" in reasons[date(2026, 11, 10)]
    assert "3 days apart" in reasons[date(2026, 11, 13)]


def test_scripts_other_than_latin_are_compared_and_cued():
    baku = make_source("Минобороны Азербайджана", country="AZ")
    yerevan = make_source("Минобороны Армении", country="AM")
    incident = make_incident(title="Обстрел у Сотка")
    first = make_claim(
        make_document("Армянские подразделения открыли огонь по позициям Азербайджана."),
        "Армянские подразделения открыли огонь",
        speaker=baku,
        incident=incident,
    )
    second = make_claim(
        make_document("Азербайджанские войска открыли огонь по армянским позициям."),
        "Азербайджанские войска открыли огонь",
        speaker=yerevan,
        incident=incident,
    )

    [found] = contradiction_candidates(first)

    assert found.claim == second
    assert found.similarity > 0
    assert found.axes == ["initiator"]
    assert found.reasons[0] == (
        "who acted: Минобороны Азербайджана says Armenian units opened fire; "
        "Минобороны Армении says Azerbaijani units opened fire"
    )


@pytest.mark.postgres
def test_the_portable_similarity_is_pg_trgm_s():
    pairs = [
        ("Armenian units opened fire near Sotk.", "Azerbaijani forces opened fire near Sotk."),
        ("Drone strike on a checkpoint", "Talks resume in Moscow"),
        ("Обстрел у Сотка", "Обстрел позиций у Сотка"),
    ]
    for a, b in pairs:
        with connection.cursor() as cursor:
            cursor.execute("SELECT similarity(%s, %s)", [a, b])
            expected = cursor.fetchone()[0]
        ours, theirs = trigrams(a), trigrams(b)
        assert len(ours & theirs) / len(ours | theirs) == pytest.approx(expected, abs=1e-6)


# --- API -------------------------------------------------------------------------------------


def api(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def test_the_candidates_endpoint_gives_scores_and_reasons(clash):
    url = reverse("claim-contradiction-candidates", args=[clash["accusation"].pk])

    response = api(make_reviewer()).get(url)

    assert response.status_code == 200
    top = response.json()[0]
    assert top["claim"]["id"] == clash["counter"].pk
    assert top["claim"]["speaker"] == "Ministry of Defence of Armenia"
    assert top["score"] > 1 and 0 < top["similarity"] < 1
    assert "the same kind of act" in top["reasons"]
    assert top["axes"] == ["initiator"]


def test_the_candidates_endpoint_is_for_the_desk_only(clash):
    url = reverse("claim-contradiction-candidates", args=[clash["accusation"].pk])
    assert api().get(url).status_code == 401  # no credentials
    assert api(make_user()).get(url).status_code == 403
    missing = reverse("claim-contradiction-candidates", args=[999_999])
    assert api(make_reviewer()).get(missing).status_code == 404


def test_a_pair_is_created_in_either_order_and_a_duplicate_is_refused(clash):
    client = api(make_editor())
    url = reverse("claim-pair-list")
    accusation, counter = clash["accusation"], clash["counter"]

    created = client.post(
        url,
        {"claim_a": counter.pk, "claim_b": accusation.pk, "relation": "contradicts"},
        format="json",
    )
    again = client.post(
        url,
        {"claim_a": accusation.pk, "claim_b": counter.pk, "relation": "corroborates"},
        format="json",
    )

    assert created.status_code == 201
    body = created.json()
    assert (body["claim_a"], body["claim_b"]) == tuple(sorted((accusation.pk, counter.pk)))
    assert again.status_code == 400
    assert "already paired" in again.json()["detail"][0]
    assert ClaimPair.objects.count() == 1
    listed = client.get(url).json()
    assert [pair["id"] for pair in listed["results"]] == [body["id"]]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"relation": "contradicts"}, "claim_b"),
        ({"relation": "disputes"}, "relation"),
        ({"relation": "contradicts", "self": True}, "detail"),
    ],
)
def test_bad_pairs_answer_400_and_change_nothing(clash, body, field):
    payload = {"claim_a": clash["accusation"].pk, "relation": body["relation"]}
    if body.get("self"):
        payload["claim_b"] = clash["accusation"].pk
    elif field != "claim_b":
        payload["claim_b"] = clash["counter"].pk

    response = api(make_editor()).post(reverse("claim-pair-list"), payload, format="json")

    assert response.status_code == 400
    assert field in response.json()
    assert not ClaimPair.objects.exists()


def test_only_the_desk_pairs_claims(clash):
    payload = {
        "claim_a": clash["accusation"].pk,
        "claim_b": clash["counter"].pk,
        "relation": "contradicts",
    }
    # 401 without credentials, 403 without a desk role; reading is open (public pairs only).
    for client, refusal in ((api(), 401), (api(make_user()), 403)):
        assert (
            client.post(reverse("claim-pair-list"), payload, format="json").status_code == refusal
        )
        assert client.get(reverse("claim-pair-list")).status_code == 200
    assert not ClaimPair.objects.exists()


def test_the_pair_list_makes_the_same_queries_for_one_pair_as_for_five(django_assert_num_queries):
    editor = make_editor()
    client = api(editor)

    def add_pair():
        claim_pair_create(
            claim_a=make_claim(), claim_b=make_claim(), relation="contradicts", created_by=editor
        )

    add_pair()
    client.get(reverse("claim-pair-list"))  # warm: content types and the like, cached once
    with CaptureQueriesContext(connection) as one:
        assert client.get(reverse("claim-pair-list")).status_code == 200
    for _ in range(4):
        add_pair()
    with django_assert_num_queries(len(one.captured_queries)):
        assert len(client.get(reverse("claim-pair-list")).json()["results"]) == 5


def test_candidates_take_the_same_queries_for_an_empty_pool_as_for_a_full_one(clash):
    lonely = make_claim(make_document("Nothing else happened anywhere."), speaker=make_source())
    counts = []
    for claim in (lonely, clash["accusation"], clash["counter"]):
        with CaptureQueriesContext(connection) as queries:
            claim_candidates(claim)
        counts.append(len(queries.captured_queries))

    assert len(set(counts)) == 1, counts


def test_a_pair_records_its_axes_and_refuses_unknown_ones_or_axes_on_a_corroboration(clash):
    from django.core.exceptions import ValidationError

    accusation, counter = clash["accusation"], clash["counter"]
    with pytest.raises(ValidationError):
        claim_pair_create(
            claim_a=accusation, claim_b=counter, relation="contradicts", axes=["mood"]
        )
    with pytest.raises(ValidationError):
        claim_pair_create(
            claim_a=accusation, claim_b=counter, relation="corroborates", axes=["initiator"]
        )
    assert not ClaimPair.objects.exists()

    pair = claim_pair_create(
        claim_a=accusation,
        claim_b=counter,
        relation="contradicts",
        axes=["casualties", "initiator", "initiator"],
    )

    assert pair.axes == ["initiator", "casualties"]


def test_a_denial_and_casualty_figures_are_axes_of_conflict():
    baku = make_source("Baku ministry", country="AZ")
    yerevan = make_source("Yerevan ministry", country="AM")
    incident = make_incident(title="Night near Sotk")

    def said(speaker, text):
        return make_claim(make_document(text), speaker=speaker, incident=incident)

    accusation = said(baku, "Armenian units opened fire on Azerbaijani positions near Sotk.")
    denial = said(yerevan, "The reports that Armenian units opened fire are false.")
    losses = said(baku, "Azerbaijani units answered; 3 Armenian servicemen were killed.")
    none = said(
        yerevan, "Azerbaijani units fired; there are no casualties among Armenian servicemen."
    )

    first = contradiction_candidates(accusation)[0]
    counted = next(c for c in contradiction_candidates(losses) if c.claim == none)

    assert (first.claim, first.axes) == (denial, ["denial"])
    assert first.reasons[0].startswith("Yerevan ministry denies it: Baku ministry says Armenian")
    assert "casualties" in counted.axes
    assert any(
        r.startswith("casualties: Baku ministry says Armenian 3 killed") for r in counted.reasons
    )


def test_the_date_window_keeps_the_nearest_days_when_the_week_is_crowded():
    baku = make_source("Baku ministry", country="AZ")
    yerevan = make_source("Yerevan ministry", country="AM")
    day = date(2026, 11, 10)
    claim = make_claim(
        make_document("Armenian units shelled a village."), speaker=baku, stated_on=day
    )
    same_day = [
        make_claim(
            make_document(f"Azerbaijani units shelled post {n}."), speaker=yerevan, stated_on=day
        )
        for n in range(3)
    ]
    for n in range(POOL_LIMIT // 2 + 10):  # more than a window held before
        make_claim(
            make_document(f"A later statement, number {n}."),
            speaker=yerevan,
            stated_on=date(2026, 11, 13),
        )

    pool = {c.claim.pk for c in contradiction_candidates(claim, limit=1_000)}

    assert {c.pk for c in same_day} <= pool


def _fire(speaker, text, phrase, **fields):
    return make_claim(make_document(text), phrase, speaker=speaker, **fields)


@pytest.fixture
def ministries():
    from claims.accounts.services import places_load

    places_load()
    return make_source("Baku MoD", country="AZ"), make_source("Yerevan MoD", country="AM")


def test_places_facing_each_other_across_the_border_are_one_sector(ministries):
    baku, yerevan = ministries
    day = date(2023, 9, 1)
    claim = _fire(
        yerevan,
        "Azerbaijani units opened fire on Armenian positions near Sotk.",
        "Azerbaijani units opened fire on Armenian positions near Sotk",
        stated_on=day,
    )
    facing = _fire(
        baku,
        "Armenian units opened fire on Azerbaijani positions in Kalbajar.",
        "Armenian units opened fire on Azerbaijani positions in Kalbajar",
        stated_on=day,
    )
    far = _fire(
        baku,
        "Armenian units opened fire on Azerbaijani positions in Tovuz.",
        "Armenian units opened fire on Azerbaijani positions in Tovuz",
        stated_on=day,
    )

    found = contradiction_candidates(claim)

    assert ids(found) == [facing.pk, far.pk]
    assert any(reason.startswith("facing places: Sotk and Kalbajar") for reason in found[0].reasons)
    assert any(reason.startswith("different places") for reason in found[1].reasons)


def test_nearer_days_rank_first_and_a_day_before_an_incident_is_not_about_it(ministries):
    baku, yerevan = ministries
    incident = make_incident(title="Clash at Tegh", starts_on=date(2023, 4, 11))
    claim = _fire(
        baku,
        "Armenian units opened fire on Azerbaijani positions.",
        "Armenian units opened fire on Azerbaijani positions",
        stated_on=date(2023, 4, 11),
        incident=incident,
    )
    next_day = _fire(
        yerevan,
        "Azerbaijani units opened fire on Armenian positions.",
        "Azerbaijani units opened fire on Armenian positions",
        stated_on=date(2023, 4, 12),
    )
    days_later = _fire(
        yerevan,
        "Azerbaijani units opened fire on Armenian soldiers.",
        "Azerbaijani units opened fire on Armenian soldiers",
        stated_on=date(2023, 4, 14),
    )
    before = _fire(
        yerevan,
        "Azerbaijani units opened fire on Armenian posts.",
        "Azerbaijani units opened fire on Armenian posts",
        stated_on=date(2023, 4, 9),
    )

    found = contradiction_candidates(claim)

    assert ids(found) == [next_day.pk, days_later.pk, before.pk]
    assert "before Clash at Tegh (2023-04-11) began" in found[2].reasons


def test_an_opposing_claim_the_evidence_puts_at_another_event_is_listed_apart(ministries):
    baku, yerevan = ministries
    incident = make_incident(title="Clash near Lachin", starts_on=date(2023, 4, 11))
    claim = _fire(
        baku,
        "Armenian units opened fire on Azerbaijani positions in Lachin.",
        "Armenian units opened fire on Azerbaijani positions in Lachin",
        stated_on=date(2023, 4, 11),
        incident=incident,
    )
    elsewhere = _fire(
        yerevan,
        "Two Armenian servicemen were wounded near Tavush.",
        "Two Armenian servicemen were wounded near Tavush",
        stated_on=date(2023, 4, 9),
    )

    found = claim_candidates(claim)

    assert elsewhere.pk not in ids(found.contradictions)
    assert ids(found.other_events) == [elsewhere.pk]
    assert found.other_events[0].score < 0
    assert "different places: Lachin and Tavush" in found.other_events[0].reasons


def test_a_denial_answers_the_act_it_denies_before_another_act_of_that_side(ministries):
    baku, yerevan = ministries
    day = date(2023, 5, 11)
    denial = _fire(
        baku,
        "Azerbaijani units did not shell Armenian positions.",
        "Azerbaijani units did not shell Armenian positions",
        stated_on=day,
    )
    shelling = _fire(
        yerevan,
        "Azerbaijani units shelled Armenian positions.",
        "Azerbaijani units shelled Armenian positions",
        stated_on=day,
    )
    advance = _fire(
        yerevan,
        "Azerbaijani units advanced towards Armenian posts.",
        "Azerbaijani units advanced towards Armenian posts",
        stated_on=day,
    )

    found = contradiction_candidates(denial)

    assert ids(found) == [shelling.pk, advance.pk]
    assert [c.axes for c in found] == [["denial"], ["denial"]]
    assert "the same kind of act" in found[0].reasons
    assert "the same kind of act" not in found[1].reasons


def test_no_losses_conflicts_with_the_other_side_s_report_of_losses(ministries):
    baku, yerevan = ministries
    incident = make_incident(title="Clash in Tavush", starts_on=date(2020, 7, 12))
    none = make_claim(
        make_document("Հայկական կողմը կորուստներ չունի։", language="hy"),
        "Հայկական կողմը կորուստներ չունի",
        speaker=yerevan,
        incident=incident,
    )
    losses = make_claim(
        make_document("Düşmən itki verərək geri çəkilib.", language="az"),
        "Düşmən itki verərək geri çəkilib",
        speaker=baku,
        incident=incident,
    )

    found = contradiction_candidates(none)

    assert ids(found) == [losses.pk]
    assert found[0].axes == ["casualties"]
