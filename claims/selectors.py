"""Reads of incidents, claims and pairs, with the joins their pages need."""

from collections import Counter

from django.db.models import Q, QuerySet

from desk.text import whole_number
from sources.selectors import sources_matching

from .models import ClaimPair, Incident


def claim_number_or_speaker_filter(term: str) -> Q | None:
    """Claims numbered ``term``, or said by a source whose name, short name or alias has it.

    Speaker ids, not a join, so that the database can combine this with the text indexes.
    """
    term = term.strip().lstrip("#")
    if not term:
        return None
    found = Q(speaker_id__in=sources_matching(term))
    number = whole_number(term)
    if number is not None and number < 2**63:
        found |= Q(pk=number)
    return found


def incident_matrix(incident: Incident) -> dict:
    """An incident's claims by speaker, the pairs among them, and pair counts per two speakers.

    ``rows`` is the speakers-by-speakers table: for each speaker, one cell per speaker with the
    number of contradicting and corroborating pairs between their claims.
    """
    claims = list(
        incident.claims.select_related("speaker").order_by("speaker__name", "stated_on", "id")
    )
    by_id = {claim.pk: claim for claim in claims}
    pairs = list(
        ClaimPair.objects.filter(claim_a_id__in=by_id, claim_b_id__in=by_id).order_by(
            "claim_a_id", "claim_b_id"
        )
    )
    speakers = sorted({claim.speaker for claim in claims}, key=lambda source: source.name)
    counts: Counter = Counter()
    for pair in pairs:
        between = frozenset((by_id[pair.claim_a_id].speaker_id, by_id[pair.claim_b_id].speaker_id))
        counts[between, pair.relation] += 1
    return {
        "groups": [
            (speaker, [claim for claim in claims if claim.speaker_id == speaker.pk])
            for speaker in speakers
        ],
        "speakers": speakers,
        "rows": [
            (
                speaker,
                [
                    {
                        relation: counts[frozenset((speaker.pk, other.pk)), relation]
                        for relation in ClaimPair.Relation.values
                    }
                    for other in speakers
                ],
            )
            for speaker in speakers
        ],
        "links": [(by_id[pair.claim_a_id], pair, by_id[pair.claim_b_id]) for pair in pairs],
    }


def pair_sides(pair: ClaimPair) -> list[dict]:
    """What the side-by-side page shows of each claim of a pair."""
    sides = []
    for claim in (pair.claim_a, pair.claim_b):
        relays = [
            a.source for a in claim.attributions.select_related("source").order_by("position")
        ]
        sides.append(
            {
                "claim": claim,
                "chain": [claim.speaker, *relays, claim.document.publisher],
                "verdict": claim.verdicts.filter(published_at__isnull=False)
                .select_related("rating")
                .order_by("-version")
                .first(),
                # Framing spans that overlap the quote; rejected suggestions are left out.
                "framing": claim.document.annotations.filter(
                    start__lt=claim.end, end__gt=claim.start
                )
                .exclude(state="rejected")
                .select_related("label")
                .order_by("start"),
            }
        )
    return sides


def claim_pairs() -> QuerySet[ClaimPair]:
    """Every pair, with who linked them: the desk's list."""
    return ClaimPair.objects.select_related("created_by")
