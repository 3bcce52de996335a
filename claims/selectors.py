"""Reads of claims and tasks, with the joins their pages need."""

from collections import Counter

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection
from django.db.models import (
    BigIntegerField,
    Exists,
    F,
    JSONField,
    Max,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.expressions import RawSQL
from django.db.models.fields.json import KT
from django.db.models.functions import Cast
from django.utils import timezone

from sources.models import Document, Source
from sources.text import whole_number

from . import rules
from .models import (
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
    number = whole_number(term)
    if number is not None and number < 2**63:
        found |= Q(pk=number)
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


def _with_neighbours(published: QuerySet[Verdict]) -> QuerySet[Verdict]:
    """``previous_id`` and ``next_id``: the claim's published versions before and after each
    one (a verdict is corrected by publishing a new version, never edited)."""
    siblings = Verdict.objects.filter(published_at__isnull=False, claim=OuterRef("claim"))
    return published.annotate(
        previous_id=Subquery(
            siblings.filter(version__lt=OuterRef("version")).order_by("-version").values("id")[:1]
        ),
        next_id=Subquery(
            siblings.filter(version__gt=OuterRef("version")).order_by("version").values("id")[:1]
        ),
    )


def published_verdicts() -> QuerySet[Verdict]:
    """Published verdicts, each showing its snapshot (what it froze when published), with its
    neighbouring versions, in one query."""
    return _with_neighbours(Verdict.objects.filter(published_at__isnull=False))


def claim_published_verdicts(*, claim_id: int) -> QuerySet[Verdict]:
    """The claim's published versions, first to last: its corrections history."""
    return Verdict.objects.filter(claim_id=claim_id, published_at__isnull=False).order_by("version")


def public_ratings() -> QuerySet[Rating]:
    """The scale as consumers see it: active ratings, and a retired one only while a published
    verdict still gives it (as retired framing labels, it is otherwise the desk's business)."""
    in_use = Verdict.objects.filter(rating=OuterRef("pk"), published_at__isnull=False)
    return Rating.objects.filter(Q(is_active=True) | Exists(in_use))


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


def public_claims_as_published() -> QuerySet[Claim]:
    """Public claims, each with ``published_snapshot``: its latest published verdict's snapshot,
    which is what consumers see of it."""
    latest = Verdict.objects.filter(claim=OuterRef("pk"), published_at__isnull=False).order_by(
        "-version"
    )
    return Claim.objects.annotate(
        published_snapshot=Subquery(latest.values("snapshot")[:1], output_field=JSONField())
    ).filter(published_snapshot__isnull=False)


def _published_ids(path: str) -> QuerySet:
    """The ids that published verdicts' snapshots name at ``path`` (a ``__`` JSON path): what
    they published, whatever the claims say now (a reopened claim's new incident or relay is
    not public until its correction is published)."""
    return (
        Verdict.objects.filter(published_at__isnull=False)
        .annotate(named=Cast(KT(f"snapshot__{path}"), BigIntegerField()))
        .filter(named__isnull=False)
        .values("named")
    )


def _published_relay_ids() -> RawSQL:
    """The sources in published verdicts' relay chains, as a subquery of ids."""
    if connection.vendor == "postgresql":
        sql = (
            "SELECT (jsonb_array_elements_text(snapshot -> 'relay_chain_ids'))::bigint "
            "FROM claims_verdict WHERE published_at IS NOT NULL"
        )
    else:
        sql = (
            "SELECT relay.value FROM claims_verdict, json_each(claims_verdict.snapshot, "
            "'$.relay_chain_ids') AS relay WHERE claims_verdict.published_at IS NOT NULL"
        )
    return RawSQL(sql, ())


def public_documents() -> QuerySet[Document]:
    """Documents a published verdict names. ``annotations`` reads this (and the other
    ``public_*``) through ``sources.visibility``, where ``ClaimsConfig.ready`` registers them."""
    return Document.objects.filter(pk__in=_published_ids("span__document"))


def public_incidents() -> QuerySet[Incident]:
    """Incidents a published verdict names."""
    return Incident.objects.filter(pk__in=_published_ids("claim__incident__id"))


def public_sources() -> QuerySet[Source]:
    """Speakers, relays and publishers that published verdicts name."""
    return Source.objects.filter(
        Q(pk__in=_published_ids("claim__speaker__id"))
        | Q(pk__in=_published_ids("span__publisher"))
        | Q(pk__in=_published_relay_ids())
    )


def claim_pairs() -> QuerySet[ClaimPair]:
    """Every pair, with who linked them: the desk's list."""
    return ClaimPair.objects.select_related("created_by")


def public_claim_pairs() -> QuerySet[ClaimPair]:
    """Pairs whose two claims are both public: what API consumers may read."""
    claims = public_claims()
    return ClaimPair.objects.filter(
        Exists(claims.filter(pk=OuterRef("claim_a_id"))),
        Exists(claims.filter(pk=OuterRef("claim_b_id"))),
    )


# A published verdict's own columns; everything it shows of its claim is in its snapshot.
VERDICT_ROW_FIELDS = (
    "id",
    "version",
    "published_at",
    "rationale",
    "evidence",
    "correction_note",
    "claim_id",
    "snapshot",
    "previous_id",
    "next_id",
)


def published_verdict_rows() -> QuerySet:
    """Published verdicts as plain rows (``VERDICT_ROW_FIELDS``), for a page of a hundred read
    in one query, with no join and no model instance per row."""
    return published_verdicts().values(*VERDICT_ROW_FIELDS)
