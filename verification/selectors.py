"""Reads of the verification desk: task queues, the transitions a user may run, a claim's
history, published verdicts and the rating scale."""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Exists, F, Max, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.fields.json import KT
from django.utils import timezone

from claims.models import Claim

from . import rules
from .models import ClaimStatusChange, Rating, Verdict, VerificationTask
from .snapshots import search_key
from .workflow import TRANSITIONS, Transition


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


def rating_scale() -> tuple[int | None, int | None]:
    """(worst, best) of the desk's scale: the lowest and highest values of active ratings."""
    bounds = Rating.objects.filter(is_active=True, value__isnull=False).aggregate(
        worst=Min("value"), best=Max("value")
    )
    return bounds["worst"], bounds["best"]


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


def _latest_published(published: QuerySet[Verdict]) -> QuerySet[Verdict]:
    """Of ``published`` verdicts, each claim's latest: no later version of it is published."""
    later = Verdict.objects.filter(
        claim=OuterRef("claim"), published_at__isnull=False, version__gt=OuterRef("version")
    )
    # Implied by the line above, but said outright it lets PostgreSQL compare the list with the
    # few corrections only, not with every published verdict.
    later = later.filter(version__gt=1)
    return published.filter(~Exists(later))


def published_fact_checks(*, speaker: str = "", incident: str = "", either: str = "") -> QuerySet:
    """The public list: the latest published version of each claim, newest first, as rows of
    what it published (``id``, ``version``, ``published_at``, ``summary``, ``speaker_name``,
    ``rating_label``, ``incident_title``) in one query, without the rest of the snapshot.

    ``speaker`` finds a speaker's name or other name, ``incident`` an incident's title, and
    ``either`` one or the other: each a part of it, in any case, as the verdict published it.
    """
    verdicts = _latest_published(Verdict.objects.filter(published_at__isnull=False))
    if speaker:
        verdicts = verdicts.filter(search_speaker__contains=search_key(speaker))
    if incident:
        verdicts = verdicts.filter(search_incident__contains=search_key(incident))
    if either:
        key = search_key(either)
        verdicts = verdicts.filter(
            Q(search_speaker__contains=key) | Q(search_incident__contains=key)
        )
    return verdicts.order_by("-published_at", "-id").values(
        "id",
        "version",
        "published_at",
        summary=KT("snapshot__claim__summary"),
        speaker_name=KT("snapshot__claim__speaker__name"),
        rating_label=KT("snapshot__rating__label"),
        incident_title=KT("snapshot__claim__incident__title"),
    )


def claims_latest_published(claim_ids: Iterable[int]) -> dict[int, Verdict]:
    """Each of these claims that has a published verdict → its latest, in one query."""
    latest = _latest_published(
        Verdict.objects.filter(claim_id__in=list(claim_ids), published_at__isnull=False)
    )
    return {verdict.claim_id: verdict for verdict in latest.only("id", "claim_id", "snapshot")}
