"""The labelled contradiction set: it loads through the services, and the candidates find it."""

import pytest

from claims.candidates import contradiction_candidates
from claims.models import Claim
from demo import evaluation

pytestmark = pytest.mark.django_db


def test_every_labelled_pair_is_two_claims_of_one_incident_by_opposing_sides():
    claims = evaluation.load()

    assert len(claims) == sum(len(report.claims) for report in evaluation.REPORTS)
    for first, second in evaluation.CONTRADICTIONS:
        a, b = claims[first], claims[second]
        assert a.incident_id == b.incident_id
        assert {a.speaker.country, b.speaker.country} == {"AZ", "AM"}


def test_recall_at_5_finds_nearly_every_true_partner_and_leaves_nothing_behind():
    recall = evaluation.recall_at(5)

    assert recall.expected == 2 * len(evaluation.CONTRADICTIONS)
    assert recall.mean_candidates > 5, "with five candidates or fewer, recall@5 means nothing"
    assert recall.value >= 0.85, f"recall@5 {recall.value:.2f}: {recall.found} of {recall.expected}"
    assert not Claim.objects.exists()


def test_the_opposing_ministry_ranks_first_for_the_sotk_accusation():
    claims = evaluation.load()

    top = contradiction_candidates(claims["sotk-az-fire"], limit=1)[0]

    assert top.claim == claims["sotk-am-fire"]
