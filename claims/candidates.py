"""Contradiction candidates: claims by other speakers about the same event, ranked.

A candidate is a claim by another speaker about the same incident or, when the claim has no
incident, stated within three days of it. Claims already paired with it are left out. Each
candidate is scored by

- the textual similarity of the two quotes: pg_trgm's ``similarity`` on PostgreSQL, the same
  measure (shared character trigrams over all trigrams) computed in Python elsewhere;
- act cues: both claims describe the same act (opening fire, shelling, a drone strike…);
- mutual accusation: both describe a hostile act, the speakers belong to different countries,
  and each claim names the other speaker's side.

Cues are read in the quote and the desk's summary together (a quote in Armenian still has an
English summary); similarity compares the quotes, the sources' own words.

and every part of the score comes with a reason a reviewer can read.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet

from .models import Claim, ClaimPair

WINDOW_DAYS = 3
# More than a real incident gathers. Placed by date alone, a claim of a million-claim desk has
# thousands of claims within three days: the ones nearest in time are kept.
POOL_LIMIT = 300
SIMILARITY_WEIGHT = 1.0
SAME_ACT_WEIGHT = 0.5
MUTUAL_ACCUSATION_WEIGHT = 1.0

# Kinds of act, by word stems in the desk's languages (English, Russian, Armenian, Azerbaijani).
ACTS = {
    "opening fire": (
        "opened fire",
        "open fire",
        "opening fire",
        "fired on",
        "fired at",
        "открыл огонь",
        "открыли огонь",
        "կրակ",
        "atəş",
    ),
    "shelling": ("shell", "artillery", "mortar", "обстрел", "արկակոծ", "atəşə tut"),
    "a drone strike": ("drone", "uav", "беспилотник", "անօդաչու", "pilotsuz", "dron"),
    "an attack": ("attack", "assault", "offensive", "raid", "атак", "հարձակ", "hücum"),
    "an advance": (
        "push forward",
        "advance",
        "crossing into",
        "crossed into",
        "incursion",
        "продвин",
        "вторжен",
        "առաջխաղաց",
        "irəlilə",
    ),
    "a provocation": ("provocation", "provok", "провокац", "սադրանք", "təxribat"),
    "casualties": ("killed", "wounded", "casualt", "dead", "погиб", "ранен", "զոհ", "yaralan"),
}
# How a quote names a country's side.
SIDES = {
    "AZ": ("azerbaijan", "azeri", "baku", "азербайджан", "баку", "ադրբեջան", "azərbaycan"),
    "AM": ("armenia", "yerevan", "армени", "армян", "ереван", "հայաստան", "հայկական", "erməni"),
    "RU": ("russia", "moscow", "росси", "москв"),
    "TR": ("turkey", "turkish", "türkiye", "турци"),
}


SIDE_NAMES = {"AZ": "Azerbaijani", "AM": "Armenian", "RU": "Russian", "TR": "Turkish"}


@dataclass
class Candidate:
    claim: Claim
    score: float
    similarity: float
    reasons: list[str] = field(default_factory=list)


def contradiction_candidates(claim: Claim, *, limit: int = 10) -> list[Candidate]:
    """The claims most likely to contradict ``claim``, best first."""
    # Without an incident, the claim's date places it; worked out once for the pool and reasons.
    day = claim_date(claim) if claim.incident_id is None else None
    pool = list(_pool(claim, day)[:POOL_LIMIT])
    if not pool:
        return []
    similarities = _similarities(claim, pool)
    own_text, own_country = cue_text(claim), claim.speaker.country
    own_acts = acts_in(own_text)
    candidates = []
    for other in pool:
        similarity = similarities[other.pk]
        reasons = [_context_reason(claim, other, day), f"text similarity {similarity:.2f}"]
        score = SIMILARITY_WEIGHT * similarity
        other_text, other_country = cue_text(other), other.speaker.country
        other_acts = acts_in(other_text)
        shared = own_acts & other_acts
        if shared:
            score += SAME_ACT_WEIGHT
            reasons.append(f"both describe {' and '.join(sorted(shared))}")
        if (
            own_acts
            and other_acts
            and own_country
            and other_country
            and own_country != other_country
            and names_side(own_text, other_country)
            and names_side(other_text, own_country)
        ):
            score += MUTUAL_ACCUSATION_WEIGHT
            reasons.append(
                f"each side blames the other: {claim.speaker} accuses the "
                f"{_side(other_country)} side, {other.speaker} the {_side(own_country)} side"
            )
        candidates.append(Candidate(other, round(score, 3), round(similarity, 3), reasons))
    candidates.sort(key=lambda candidate: (-candidate.score, -candidate.claim.pk))
    return candidates[:limit]


def claim_date(claim: Claim) -> date | None:
    if claim.stated_on:
        return claim.stated_on
    if claim.document.published_at:
        return claim.document.published_at.date()
    return None


def _pool(claim: Claim, day: date | None) -> QuerySet[Claim]:
    paired = ClaimPair.objects.filter(
        Q(claim_a=claim, claim_b=OuterRef("pk")) | Q(claim_a=OuterRef("pk"), claim_b=claim)
    )
    others = (
        Claim.objects.exclude(pk=claim.pk)
        .exclude(speaker_id=claim.speaker_id)
        .exclude(Exists(paired))
        .select_related("speaker", "incident")
        .only("id", "quote", "summary", "stated_on", "status", "speaker", "incident")
    )
    if claim.incident_id is not None:
        return others.filter(incident_id=claim.incident_id).order_by("-id")
    if day is None:
        return Claim.objects.none()
    window = (day - timedelta(days=WINDOW_DAYS), day + timedelta(days=WINDOW_DAYS))
    return others.filter(stated_on__range=window).order_by("-stated_on", "-id")


def _context_reason(claim: Claim, other: Claim, day: date | None) -> str:
    if claim.incident_id is not None:
        return f"same incident: {claim.incident}"
    days = abs((other.stated_on - day).days)
    return "stated the same day" if days == 0 else f"stated {days} day{'s' * (days > 1)} apart"


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


def _side(country: str) -> str:
    return SIDE_NAMES.get(country, country)


def cue_text(claim: Claim) -> str:
    return f"{claim.quote}\n{claim.summary}"


def _pattern(stems) -> re.Pattern:
    return re.compile("|".join(re.escape(stem) for stem in stems))


ACT_PATTERNS = {act: _pattern(stems) for act, stems in ACTS.items()}
SIDE_PATTERNS = {country: _pattern(words) for country, words in SIDES.items()}


def acts_in(text: str) -> set[str]:
    lowered = text.lower()
    return {act for act, pattern in ACT_PATTERNS.items() if pattern.search(lowered)}


def names_side(text: str, country: str) -> bool:
    pattern = SIDE_PATTERNS.get(country)
    return pattern is not None and pattern.search(text.lower()) is not None
