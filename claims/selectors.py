"""Reads of incidents, claims and pairs, with the joins their pages need."""

from collections import Counter

from django.db.models import Prefetch, Q, QuerySet

from desk.text import whole_number
from sources.selectors import sources_matching

from .accounts.models import SIDE_NAMES
from .accounts.services import side_of
from .models import Attribution, Claim, ClaimPair, HeldClaim, Incident
from .status import Status


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


def document_claims(document_id: int) -> QuerySet[Claim]:
    """A document's claims in reading order (dismissed suggestions left out), with their
    speakers, relay chains and incidents: three queries whatever their number."""
    return (
        Claim.objects.filter(document_id=document_id)
        .exclude(status=Status.DISMISSED)
        .select_related("speaker", "incident")
        .prefetch_related(
            Prefetch(
                "attributions",
                queryset=Attribution.objects.select_related("source").order_by("position"),
            )
        )
        .order_by("start", "end", "id")
    )


def document_held_claims(document_id: int) -> QuerySet[HeldClaim]:
    """The claims marked in a document that wait for an editor to confirm their speaker."""
    return (
        HeldClaim.objects.filter(document_id=document_id)
        .select_related("proposal")
        .order_by("start", "id")
    )


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


AXES = [
    ("act", "What happened"),
    ("initiator", "Who acted"),
    ("target", "Against whom"),
    ("place", "Where"),
    ("time", "When"),
    ("casualties", "Casualties (conservative count)"),
    ("weapons", "With what"),
]


def incident_accounts(incident: Incident) -> dict:
    """The parties' accounts of an incident side by side: for each party (the side its
    speakers speak for; "Other" for the rest), one cell per axis with each claim's answer and
    its speaker. An axis is in ``conflicts`` when the parties' answers differ. Casualties are
    the conservative count: the lowest figure a claim gives for each side and kind."""
    claims = list(
        incident.claims.filter(retired_at__isnull=True)
        .select_related("speaker__parent__parent", "account__place")
        .prefetch_related("account__casualties")
        .order_by("speaker__name", "id")
    )
    parties: dict[str, dict[str, list]] = {}
    for claim in claims:
        account = getattr(claim, "account", None)
        if account is None:
            continue
        side = side_of(claim.speaker)
        party = parties.setdefault(side, {axis: [] for axis, _ in AXES})
        for axis, answer in _answers(account, claim).items():
            if answer:
                party[axis].append((answer, claim))
    conflicts = set()
    for axis, _ in AXES:
        given = [{answer for answer, _ in party[axis]} for side, party in parties.items() if side]
        if len(given) >= 2 and all(given) and len(set().union(*given)) > max(map(len, given)):
            conflicts.add(axis)
    return {
        "axes": AXES,
        "parties": [
            (SIDE_NAMES.get(side, side) if side else "Other", [party[axis] for axis, _ in AXES])
            for side, party in sorted(parties.items(), key=lambda item: (not item[0], item[0]))
        ],
        "conflicts": conflicts,
    }


def _answers(account, claim) -> dict[str, str]:
    side = SIDE_NAMES.get
    casualties = [
        f"{side(c.side, c.side)} {c.get_kind_display().lower()}"
        f"{' civilians' if c.civilians else ''}: {c.low}"
        for c in account.casualties.all()
    ]
    when = " ".join(
        part
        # What the account says, not when the claim was made.
        for part in (str(account.occurred_on or ""), account.time_of_day)
        if part
    )
    return {
        "act": account.get_act_display() if account.act else "",
        "initiator": side(account.initiator, account.initiator),
        "target": side(account.target, account.target),
        "place": str(account.place) if account.place_id else "",
        "time": when,
        "casualties": "; ".join(casualties),
        "weapons": account.weapons,
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
                "chain": _each_once([claim.speaker, *relays, claim.document.publisher]),
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


def _each_once(sources: list) -> list:
    """The sources in order, each at its first place: a ministry publishing its own statement,
    or an agency publishing what it relayed, is not shown passing the claim to itself."""
    seen = set()
    return [source for source in sources if not (source.pk in seen or seen.add(source.pk))]


def claim_pairs() -> QuerySet[ClaimPair]:
    """Every pair, with who linked them: the desk's list."""
    return ClaimPair.objects.select_related("created_by")


def claim_pair_relations(*, claim_id: int) -> dict[int, str]:
    """The claims paired with this one → how each relates to it, oldest pair first."""
    pairs = (
        ClaimPair.objects.filter(Q(claim_a_id=claim_id) | Q(claim_b_id=claim_id))
        .order_by("created_at", "id")
        .values_list("claim_a_id", "claim_b_id", "relation")
    )
    return {b if a == claim_id else a: relation for a, b, relation in pairs}
