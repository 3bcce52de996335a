"""Reads of claims and tasks, with the joins their pages need."""

from collections import Counter
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Exists, F, Max, Min, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from sources.models import Document, Source

from . import rules
from .models import (
    Attribution,
    Claim,
    ClaimPair,
    ClaimStatusChange,
    Incident,
    Rating,
    Verdict,
    VerificationTask,
)
from .workflow import TRANSITIONS, Transition


def claim_number_or_speaker_filter(term: str) -> Q | None:
    """Claims numbered ``term``, or said by a source whose name, short name or alias has it.

    Speaker ids, not a join, so that the database can combine this with the text indexes.
    """
    term = term.strip().lstrip("#")
    if not term:
        return None
    found = Q(speaker_id__in=sources_matching(term))
    if term.isdigit() and int(term) < 2**63:
        found |= Q(pk=int(term))
    return found


def sources_matching(term: str) -> list[int]:
    """Ids of the sources whose name, short name or an alias contains ``term``."""
    term = term.strip()
    return list(
        Source.objects.filter(
            Q(name__icontains=term)
            | Q(short_name__icontains=term)
            | Q(aliases__alias__icontains=term)
        )
        .values_list("id", flat=True)
        .distinct()
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


def task_queue_for_user(*, user: AbstractBaseUser) -> QuerySet[VerificationTask]:
    """The user's open tasks, soonest due first (tasks without a due date last)."""
    return (
        VerificationTask.objects.filter(assignee=user, state=VerificationTask.State.OPEN)
        .select_related("claim__speaker", "team")
        .order_by(F("due_on").asc(nulls_last=True), "priority", "id")
    )


def task_is_overdue(task: VerificationTask) -> bool:
    return task.due_on is not None and task.due_on < timezone.localdate()


def claim_available_transitions(*, claim: Claim, user: AbstractBaseUser) -> list[Transition]:
    """The transitions ``user`` may run on ``claim`` right now: what the admin offers as buttons."""
    return [
        transition
        for transition in TRANSITIONS.values()
        if transition.source == claim.status
        and rules.transition_refusal(claim=claim, transition=transition, actor=user) is None
    ]


def claim_history(*, claim: Claim) -> QuerySet[ClaimStatusChange]:
    return claim.status_changes.select_related("actor").order_by("created_at", "id")


def published_verdicts() -> QuerySet[Verdict]:
    """Published verdicts with everything their public form shows, in one query plus one for
    the relay chains; the documents' texts are left in the database.

    ``previous_id`` and ``next_id`` are the claim's published versions before and after this
    one: a verdict is corrected by publishing a new version, never edited.
    """
    published = Verdict.objects.filter(published_at__isnull=False)
    siblings = published.filter(claim=OuterRef("claim"))
    return (
        published.select_related(
            "rating", "claim__speaker", "claim__incident", "claim__document__publisher"
        )
        .defer("claim__document__text")
        .prefetch_related(
            Prefetch(
                "claim__attributions",
                queryset=Attribution.objects.select_related("source").order_by("position"),
            )
        )
        .annotate(
            previous_id=Subquery(
                siblings.filter(version__lt=OuterRef("version"))
                .order_by("-version")
                .values("id")[:1]
            ),
            next_id=Subquery(
                siblings.filter(version__gt=OuterRef("version"))
                .order_by("version")
                .values("id")[:1]
            ),
        )
    )


def claim_published_verdicts(*, claim: Claim) -> QuerySet[Verdict]:
    """The claim's published versions, first to last: its corrections history."""
    return (
        claim.verdicts.filter(published_at__isnull=False)
        .select_related("rating")
        .order_by("version")
    )


def rating_scale() -> tuple[int | None, int | None]:
    """(worst, best) of the desk's scale: the lowest and highest values of active ratings."""
    bounds = Rating.objects.filter(is_active=True, value__isnull=False).aggregate(
        worst=Min("value"), best=Max("value")
    )
    return bounds["worst"], bounds["best"]


# --- What API consumers may read: published verdicts and what they reference ---------------


def public_claims() -> QuerySet[Claim]:
    """Claims with a published verdict (still public while a correction is worked on)."""
    published = Verdict.objects.filter(claim=OuterRef("pk"), published_at__isnull=False)
    return Claim.objects.filter(Exists(published))


def public_documents() -> QuerySet[Document]:
    return Document.objects.filter(Exists(public_claims().filter(document=OuterRef("pk"))))


def public_incidents() -> QuerySet[Incident]:
    return Incident.objects.filter(Exists(public_claims().filter(incident=OuterRef("pk"))))


def public_sources() -> QuerySet[Source]:
    """Speakers, relays and publishers of public claims."""
    claims = public_claims()
    return Source.objects.filter(
        Exists(claims.filter(speaker=OuterRef("pk")))
        | Exists(Attribution.objects.filter(source=OuterRef("pk"), claim__in=claims))
        | Exists(claims.filter(document__publisher=OuterRef("pk")))
    )


# A published verdict's own columns and its claim's, for lists read as plain rows.
VERDICT_ROW_FIELDS = (
    "id",
    "version",
    "published_at",
    "rationale",
    "evidence",
    "correction_note",
    "rating_id",
    "claim_id",
    "claim__summary",
    "claim__quote",
    "claim__stated_on",
    "claim__speaker_id",
    "claim__incident_id",
    "claim__document_id",
)


def published_verdict_rows() -> QuerySet:
    """Published verdicts as plain rows (``VERDICT_ROW_FIELDS``), for a page of a hundred read
    without a model instance per row. What they point to comes from ``verdict_references``:
    a seven-table join took PostgreSQL longer to plan than to run."""
    return Verdict.objects.filter(published_at__isnull=False).values(*VERDICT_ROW_FIELDS)


@dataclass
class VerdictReferences:
    """What a page of verdict rows refers to, each by id, read in one query per kind."""

    ratings: dict[int, dict]
    sources: dict[int, dict]
    incidents: dict[int, dict]
    documents: dict[int, dict]
    relay_chains: dict[int, list[str]]
    neighbours: dict[int, tuple[int | None, int | None]]


def verdict_references(rows: list[dict]) -> VerdictReferences:
    claim_ids = [row["claim_id"] for row in rows]
    documents = {
        document["id"]: document
        for document in Document.objects.filter(
            pk__in={row["claim__document_id"] for row in rows}
        ).values("id", "title", "url", "publisher_id", "published_at", "language")
    }
    source_ids = {row["claim__speaker_id"] for row in rows} | {
        document["publisher_id"] for document in documents.values()
    }
    return VerdictReferences(
        ratings={
            rating["id"]: rating for rating in Rating.objects.values("id", "slug", "label", "value")
        },
        sources={
            source["id"]: source
            for source in Source.objects.filter(pk__in=source_ids).values(
                "id", "name", "kind", "country"
            )
        },
        incidents={
            incident["id"]: incident
            for incident in Incident.objects.filter(
                pk__in={row["claim__incident_id"] for row in rows} - {None}
            ).values("id", "title", "starts_on", "ends_on", "place")
        },
        documents=documents,
        relay_chains=relay_chains(claim_ids),
        neighbours=version_neighbours(claim_ids),
    )


def version_neighbours(claim_ids: list[int]) -> dict[int, tuple[int | None, int | None]]:
    """For every published version of these claims: (the version before, the version after)."""
    versions: dict[int, list[int]] = {}
    rows = (
        Verdict.objects.filter(claim_id__in=claim_ids, published_at__isnull=False)
        .order_by("claim_id", "version")
        .values_list("claim_id", "id")
    )
    for claim_id, verdict_id in rows:
        versions.setdefault(claim_id, []).append(verdict_id)
    neighbours = {}
    for ids in versions.values():
        for index, verdict_id in enumerate(ids):
            before = ids[index - 1] if index else None
            after = ids[index + 1] if index + 1 < len(ids) else None
            neighbours[verdict_id] = (before, after)
    return neighbours


def relay_chains(claim_ids: list[int]) -> dict[int, list[str]]:
    """Each claim's relay chain, by source name, closest to the speaker first."""
    chains: dict[int, list[str]] = {claim_id: [] for claim_id in claim_ids}
    links = (
        Attribution.objects.filter(claim_id__in=claim_ids)
        .order_by("claim_id", "position")
        .values_list("claim_id", "source__name")
    )
    for claim_id, name in links:
        chains[claim_id].append(name)
    return chains
