"""Candidates for a claim: the other side's accounts of the same event, compared by structure.

The pool is every claim of the same document, of the same incident, and of the days around the
claim's date (its stated date, else its document's publication date, else its incident's
start), nearest in time first, without those already paired with it. Each claim of the pool is
put in one of three lists, by the sides the speakers speak for (``side_of``: a source's
country, or its parent's):

- **contradictions**: claims of the other party, or of a speaker whose side is unknown;
- **corroborations**: claims of other speakers of the same side;
- **duplicates**: the same speaker's statements of the same event, e.g. relayed by another
  outlet in another language: grouped with the claim, never offered as contradictions.

A contradiction candidate is ranked by its structured account against the claim's
(``claims.accounts``): evidence that it is the same event (the same incident, document, place
or day, the same kind of act) and the axes on which the accounts conflict (who acted first, a
denial of what the other says, casualty figures), each with a reason a reviewer can read
("Baku says Armenian units opened fire; Yerevan says Azerbaijani units advanced"). Text
similarity (pg_trgm's ``similarity`` on PostgreSQL, the same trigram measure in Python
elsewhere) is one signal among the others, since the two parties rarely share words, and
never share a language.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from .accounts.gazetteer import place_relation
from .accounts.models import SIDE_NAMES, Act, Casualties, ClaimAccount
from .accounts.reading import denied_act, names_civilians
from .accounts.services import side_of
from .models import Claim, ClaimPair

WINDOW_DAYS = 3
# More than a real incident gathers; the claims nearest in time are kept.
POOL_LIMIT = 300
SIMILARITY_WEIGHT = 0.5
SAME_INCIDENT, SAME_DOCUMENT, SAME_PLACE, SAME_DAY, SAME_ACT = 1.0, 0.3, 0.8, 0.3, 0.3
# Each party names its own side's positions: a place and the place it faces across the border.
FACING_PLACES = 0.5
OTHER_PLACE = -0.6
# A day apart is the same clash told the next morning; each further day makes it less likely.
DAY_APART, FURTHER_DAY = 0.1, -0.2
# A claim about a day before an incident began is not about that incident.
BEFORE_INCIDENT = -1.0
# A denial answers the very account it denies: it weighs more than two accounts that differ.
INITIATOR_CONFLICT, DENIAL, CASUALTY_CONFLICT, OPPOSING = 1.5, 2.0, 1.0, 0.5
# Two claims the desk tied to different incidents are about different events.
OTHER_INCIDENT = -2.0
# The same speaker saying much the same words is the same statement.
DUPLICATE_SIMILARITY = 0.3

DOINGS = {
    Act.OPENING_FIRE: "opened fire",
    Act.SHELLING: "shelled",
    Act.DRONE_STRIKE: "carried out a drone strike",
    Act.ADVANCE: "advanced",
    Act.CAPTURE: "took control",
    Act.ATTACK: "attacked",
    Act.PROVOCATION: "staged a provocation",
    Act.CEASEFIRE: "broke the ceasefire",
    Act.CASUALTIES: "caused losses",
}
# Acts that are one kind of event, for "the same act".
FAMILIES = {
    Act.OPENING_FIRE: "fire",
    Act.SHELLING: "fire",
    Act.DRONE_STRIKE: "fire",
    Act.ATTACK: "fire",
    Act.PROVOCATION: "fire",
    Act.CEASEFIRE: "fire",
    Act.ADVANCE: "ground",
    Act.CAPTURE: "ground",
}


@dataclass
class Candidate:
    claim: Claim
    score: float
    similarity: float
    reasons: list[str] = field(default_factory=list)
    # The axes on which the two accounts conflict: initiator, denial, casualties.
    axes: list[str] = field(default_factory=list)


@dataclass
class Candidates:
    contradictions: list[Candidate]
    corroborations: list[Candidate]
    duplicates: list[Candidate]
    # Opposing claims that the evidence puts at another event (another incident, another
    # sector, days before the incident began): scored below zero, kept apart from the
    # contradictions so that they do not fill a short list.
    other_events: list[Candidate] = field(default_factory=list)


def contradiction_candidates(claim: Claim, *, limit: int = 10) -> list[Candidate]:
    """The claims most likely to contradict ``claim``, best first."""
    return claim_candidates(claim, limit=limit).contradictions


def claim_candidates(claim: Claim, *, limit: int = 10) -> Candidates:
    """Contradiction candidates (best first), corroborations and duplicates of ``claim``."""
    # The same five queries whatever the claim and its pool: the claim with what is compared
    # of it, the pool's ids, the pool, the casualties of both, and the text similarities.
    claim = _related(Claim.objects).get(pk=claim.pk)
    day = claim_date(claim)
    pool = _pool(claim, day)
    similarities = _similarities(claim, pool)
    casualties = _casualties_of([claim, *pool])
    own = _account(claim)
    own_side = side_of(claim.speaker)
    contradictions, corroborations, duplicates = [], [], []
    for other in pool:
        similarity = similarities[other.pk]
        theirs = _account(other)
        other_side = side_of(other.speaker)
        same_event, reasons = _same_event(claim, other, own, theirs, day)
        if other.speaker_id == claim.speaker_id:
            if similarity >= DUPLICATE_SIMILARITY or _same_story(own, theirs):
                reasons.insert(0, "the same speaker's statement of the same event")
                duplicates.append(Candidate(other, round(same_event, 3), similarity, reasons))
            continue
        if own_side and own_side == other_side:
            reasons.insert(0, f"the same side ({_side(own_side)})")
            score = same_event + SIMILARITY_WEIGHT * similarity
            corroborations.append(Candidate(other, round(score, 3), similarity, reasons))
            continue
        conflict, axes, why = _conflicts(claim, other, own, theirs, casualties)
        score = same_event + conflict + SIMILARITY_WEIGHT * similarity
        if own_side and other_side:
            score += OPPOSING
        reasons = why + reasons + [f"text similarity {similarity:.2f}"]
        contradictions.append(
            Candidate(other, round(score, 3), round(similarity, 3), reasons, axes)
        )
    other_events = [candidate for candidate in contradictions if candidate.score < 0]
    contradictions = [candidate for candidate in contradictions if candidate.score >= 0]
    for found in (contradictions, corroborations, duplicates, other_events):
        found.sort(key=lambda candidate: (-candidate.score, -candidate.claim.pk))
    return Candidates(
        contradictions[:limit], corroborations[:limit], duplicates[:limit], other_events[:limit]
    )


def claim_date(claim: Claim) -> date | None:
    """When the claim was made: its stated date, its document's, or its incident's start."""
    if claim.stated_on:
        return claim.stated_on
    if claim.document.published_at:
        return timezone.localdate(claim.document.published_at)
    if claim.incident_id is not None:
        return claim.incident.starts_on
    return None


def _pool(claim: Claim, day: date | None) -> list[Claim]:
    """The claims to compare, in one query: each part of the pool (the document, the incident,
    the stated dates, the documents' dates) is read on its own index, nearest in time first."""
    paired = ClaimPair.objects.filter(
        Q(claim_a=claim, claim_b=OuterRef("pk")) | Q(claim_a=OuterRef("pk"), claim_b=claim)
    )
    # A reprint's claims repeat its original's (sources.reprints): one account counts once.
    others = Claim.objects.exclude(pk=claim.pk).filter(
        retired_at__isnull=True, document__reprint_of__isnull=True
    )
    ids = _union_of_ids(_pool_parts(claim, day, others))
    # The claim's own id keeps the list from being empty (an empty one is no query at all);
    # ``others`` leaves the claim out.
    pool = list(_related(others.filter(pk__in=[claim.pk, *ids]).exclude(Exists(paired))))
    if day is not None:
        pool.sort(key=lambda other: (abs(((claim_date(other) or day) - day).days), -other.pk))
    return pool[:POOL_LIMIT]


def _related(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """Claims with what candidates compare: speakers and their parents (for their sides), the
    incident, the document's date and language, the account and its place."""
    return claims.select_related(
        "speaker__parent__parent", "incident", "document", "account__place"
    ).defer("document__text")  # a document may be two million characters long


def _casualties_of(claims: list[Claim]) -> dict[int, list[Casualties]]:
    """The casualty counts of these claims' accounts, by claim, in one query."""
    found: dict[int, list[Casualties]] = {claim.pk: [] for claim in claims}
    for count in Casualties.objects.filter(account_id__in=list(found)):
        found[count.account_id].append(count)
    return found


def _union_of_ids(parts) -> list[int]:
    """The ids of the parts' claims, in one query (a UNION ALL of the parts, each read on its
    own index), the parts in order and at most POOL_LIMIT in all: the same document's claims
    first, then the incident's, then the days around. (Asked for inside the query that loads
    the claims, or as an OR of the parts, they lead PostgreSQL to scan the whole table.)"""
    sqls, params = [], []
    for number, part in enumerate(parts):
        if part.query.high_mark is None:
            part = part[:POOL_LIMIT]
        sql, part_params = part.values("pk").query.sql_with_params()
        sqls.append(f"SELECT pk, {number} AS part FROM ({sql}) AS part{number}")
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(sqls), params)
        rows = sorted(cursor.fetchall(), key=lambda row: row[1])
    # dict.fromkeys keeps the first place of each id: its earliest part.
    return list(dict.fromkeys(pk for pk, _ in rows))[:POOL_LIMIT]


def _pool_parts(claim: Claim, day: date | None, others: QuerySet[Claim]):
    yield others.filter(document_id=claim.document_id).order_by("-id")
    if claim.incident_id is not None:
        yield others.filter(incident_id=claim.incident_id).order_by("-id")
    if day is not None:
        # Nearest days first: from the claim's day forward, and back from the day before, a
        # quarter of the pool each way, by stated date and by the document's date.
        quarter = POOL_LIMIT // 4
        first, last = day - timedelta(days=WINDOW_DAYS), day + timedelta(days=WINDOW_DAYS)
        yield others.filter(stated_on__range=(day, last)).order_by("stated_on", "-id")[:quarter]
        yield others.filter(stated_on__gte=first, stated_on__lt=day).order_by("-stated_on", "-id")[
            :quarter
        ]
        zone = timezone.get_current_timezone()
        start = datetime.combine(day, time.min, tzinfo=zone)
        since = datetime.combine(first, time.min, tzinfo=zone)
        until = datetime.combine(last, time.max, tzinfo=zone)
        undated = others.filter(stated_on__isnull=True)
        yield undated.filter(document__published_at__range=(start, until)).order_by(
            "document__published_at", "-id"
        )[:quarter]
        yield undated.filter(
            document__published_at__gte=since, document__published_at__lt=start
        ).order_by("-document__published_at", "-id")[:quarter]


def _account(claim: Claim) -> ClaimAccount | None:
    try:
        return claim.account
    except ClaimAccount.DoesNotExist:
        return None


def _same_event(
    claim: Claim,
    other: Claim,
    own: ClaimAccount | None,
    theirs: ClaimAccount | None,
    day: date | None,
) -> tuple[float, list[str]]:
    """How surely the two claims are about one event, and why."""
    score, reasons = 0.0, []
    if claim.incident_id is not None and claim.incident_id == other.incident_id:
        score += SAME_INCIDENT
        reasons.append(f"same incident: {claim.incident}")
    elif claim.incident_id is not None and other.incident_id is not None:
        score += OTHER_INCIDENT
        reasons.append(f"another incident: {other.incident}")
    if claim.document_id == other.document_id:
        score += SAME_DOCUMENT
        reasons.append("same document")
    other_day = claim_date(other)
    if day is not None and other_day is not None:
        days = abs((other_day - day).days)
        if days == 0:
            score += SAME_DAY
            reasons.append("the same day")
        else:
            # Within one incident the desk has already said the claims are of one event: a
            # statement issued days later is no less about it.
            if not (claim.incident_id is not None and claim.incident_id == other.incident_id):
                score += DAY_APART if days == 1 else FURTHER_DAY * (days - 1)
            reasons.append(f"{days} day{'s' * (days > 1)} apart")
        before = _before_incident(claim, day, other, other_day)
        if before:
            score += BEFORE_INCIDENT
            reasons.append(before)
    if own is not None and theirs is not None:
        if own.place_id and theirs.place_id:
            relation = place_relation(own.place, theirs.place)
            if relation == "same":
                score += SAME_PLACE
                reasons.append(f"both at {own.place}")
            elif relation == "facing":
                score += FACING_PLACES
                reasons.append(f"facing places: {own.place} and {theirs.place}")
            else:
                score += OTHER_PLACE
                reasons.append(f"different places: {own.place} and {theirs.place}")
        if Act.DENIAL in {own.act, theirs.act}:
            # A denial answers the very act it denies ("does not shell villages" a shelling,
            # not an advance nor a drone strike): for a denial the same act, not only the same
            # kind.
            acts = {_compared_act(one, account) for one, account in ((claim, own), (other, theirs))}
            if len(acts) == 2 and Act.ATTACK in acts:
                # "Attacked" names no act in particular: it stands for any act of fire.
                families = {FAMILIES.get(act) for act in acts}
            else:
                families = {FAMILIES.get(acts.pop())} if len(acts) == 1 else {None}
        else:
            families = {FAMILIES.get(account.act) for account in (own, theirs)}
        if len(families) == 1 and None not in families:
            score += SAME_ACT
            reasons.append("the same kind of act")
    return score, reasons


def _compared_act(claim: Claim, account: ClaimAccount) -> str:
    """The account's act, or for a denial the act its words deny (read from the quote, with no
    query)."""
    if account.act != Act.DENIAL:
        return account.act
    return denied_act(claim.quote, claim.document.language)


def _before_incident(claim: Claim, day: date, other: Claim, other_day: date) -> str:
    """A reason when one of the two claims belongs to an incident and the other, outside any
    incident, is about a day before the incident began."""
    for inside, outside, outside_day in ((claim, other, other_day), (other, claim, day)):
        if inside.incident_id is not None and outside.incident_id is None:
            if outside_day < inside.incident.starts_on:
                return f"before {inside.incident} began"
            ends_on = inside.incident.ends_on
            if ends_on is not None and outside_day > ends_on:
                return f"after {inside.incident} ended"
    return ""


def _same_story(own: ClaimAccount | None, theirs: ClaimAccount | None) -> bool:
    return (
        own is not None
        and theirs is not None
        and bool(own.act)
        and (own.act, own.initiator, own.place_id)
        == (theirs.act, theirs.initiator, theirs.place_id)
    )


def _conflicts(
    claim: Claim,
    other: Claim,
    own: ClaimAccount | None,
    theirs: ClaimAccount | None,
    casualties: dict[int, list[Casualties]],
) -> tuple[float, list[str], list[str]]:
    """How strongly the two accounts conflict, on which axes, and the reasons."""
    if own is None or theirs is None:
        return 0.0, [], []
    score, axes, reasons = 0.0, [], []
    mine, yours = _losses(own, casualties[claim.pk]), _losses(theirs, casualties[other.pk])
    denial = _denial(claim, other, own, theirs, side_of(other.speaker), mine) or _denial(
        other, claim, theirs, own, side_of(claim.speaker), yours
    )
    if denial:
        score += DENIAL
        axes.append("denial")
        reasons.append(denial)
    elif (
        own.initiator
        and theirs.initiator
        and own.initiator != theirs.initiator
        and not {own.act, theirs.act} & {Act.DENIAL, Act.CASUALTIES}
    ):
        score += INITIATOR_CONFLICT
        axes.append("initiator")
        reasons.append(
            f"who acted: {claim.speaker} says {_did(own)}; {other.speaker} says {_did(theirs)}"
        )
    losses = _casualty_conflict(claim, other, mine, yours)
    if losses:
        score += CASUALTY_CONFLICT
        axes.append("casualties")
        reasons.append(losses)
    return score, axes, reasons


def _denial(
    claim, other, own: ClaimAccount, theirs: ClaimAccount, denier_side: str, losses: dict
) -> str:
    """A reason when ``other`` denies what ``claim`` says its side did, or the losses
    ``claim`` reports (``losses``, by side). A denial that names no one denies what its own
    side is accused of."""
    if theirs.act != Act.DENIAL or own.act in (Act.DENIAL, ""):
        return ""
    if denied_act(other.quote, other.document.language) == Act.CASUALTIES:
        # "The claim that three Azerbaijani servicemen were killed is false" answers a report
        # of that side's losses, not an account of who fired.
        whose = theirs.initiator or denier_side
        if whose and whose in losses:
            return f"{other.speaker} denies the losses {claim.speaker} reports: {losses[whose]}"
        return ""
    if own.act == Act.CASUALTIES:
        return ""
    # A denial that names no one, by a speaker whose side is unknown, answers whoever the
    # account it faces says acted.
    denied = theirs.initiator or denier_side or own.initiator
    if not denied or own.initiator != denied:
        return ""
    if names_civilians(other.quote, other.document.language) and not names_civilians(
        claim.quote, claim.document.language
    ):
        # "We do not fire on villages" denies harm to civilians, not fire on positions nor an
        # advance.
        return ""
    return f"{other.speaker} denies it: {claim.speaker} says {_did(own)}"


def _losses(account: ClaimAccount, counts: list[Casualties]) -> dict[str, str]:
    """Whose losses an account reports, and how: a figure per kind, or "losses"."""
    found: dict[str, list[str]] = {}
    for count in counts:
        kind = count.get_kind_display().lower()
        found.setdefault(count.side, []).append(f"{count.best} {kind}")
    if account.act == Act.CASUALTIES and account.target and account.target not in found:
        found[account.target] = ["losses"]
    return {side: ", ".join(sorted(figures)) for side, figures in found.items()}


def _casualty_conflict(claim, other, mine: dict[str, str], yours: dict[str, str]) -> str:
    """A reason when the two accounts give one side's losses differently."""
    for side in sorted(mine.keys() & yours.keys()):
        if mine[side] != yours[side]:
            return (
                f"casualties: {claim.speaker} says {_side(side)} {mine[side]}; "
                f"{other.speaker} says {yours[side]}"
            )
    return ""


def _did(account: ClaimAccount) -> str:
    side = _side(account.initiator) if account.initiator else "someone"
    units = f"{side} units" if account.initiator else side
    doing = DOINGS.get(account.act, "acted")
    return f"{units} {doing}" + (f" at {account.place}" if account.place_id else "")


def _side(country: str) -> str:
    return SIDE_NAMES.get(country, country)


def _similarities(claim: Claim, pool: list[Claim]) -> dict[int, float]:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT id, similarity(quote, %s) FROM claims_claim WHERE id = ANY(%s)",
                [claim.quote, [other.pk for other in pool]],
            )
            return dict(cursor.fetchall())
    own = trigrams(claim.quote)
    return {other.pk: _jaccard(own, trigrams(other.quote)) for other in pool}


def trigrams(text: str) -> set[str]:
    """pg_trgm's trigrams: each word lower-cased, padded with two spaces before, one after."""
    found = set()
    for word in re.findall(r"\w+", text.lower()):
        padded = f"  {word} "
        found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return found


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
