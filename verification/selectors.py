"""Reads of the verification desk: task queues, the transitions a user may run, a claim's
history, published verdicts and the rating scale."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Exists, F, Max, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.fields.json import KT
from django.utils import timezone

from claims.models import Claim
from claims.status import Status
from desk.roles import EDITORS, REVIEWERS, is_editor, is_reviewer

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


# Rows a list of the queue shows at most; the oldest come first, and the rest are a link away.
QUEUE_LIMIT = 50


def drafts_awaiting_approval() -> QuerySet[Verdict]:
    """Proposed ratings that wait for an editor, the oldest proposal first. A draft changes only
    when it is proposed (again, after a send-back), so its ``updated_at`` is when that was."""
    return (
        Verdict.objects.filter(published_at__isnull=True, claim__status=Status.AWAITING_APPROVAL)
        .select_related("claim", "rating", "reviewer")
        .order_by("updated_at", "id")
    )


def drafts_sent_back_to(*, user: AbstractBaseUser) -> QuerySet[Verdict]:
    """The ratings ``user`` proposed that an editor sent back (the claim is in review and its
    latest step was a send-back), each with ``sent_back_at``, ``sent_back_by`` (a username) and
    ``sent_back_comment``; the oldest send-back first."""
    steps = ClaimStatusChange.objects.filter(claim=OuterRef("claim"))
    latest = steps.order_by("-created_at", "-id")
    return (
        Verdict.objects.filter(
            published_at__isnull=True, reviewer=user, claim__status=Status.IN_REVIEW
        )
        .annotate(
            last_step=Subquery(latest.values("transition")[:1]),
            sent_back_at=Subquery(latest.values("created_at")[:1]),
            sent_back_by=Subquery(latest.values("actor__username")[:1]),
            sent_back_comment=Subquery(latest.values("comment")[:1]),
        )
        .filter(last_step=TRANSITIONS["send_back"].name)
        .select_related("claim", "rating")
        .order_by("sent_back_at", "id")
    )


@dataclass(frozen=True)
class QueueList:
    """The first ``QUEUE_LIMIT`` rows of a list, and whether more wait beyond them."""

    rows: list
    more: bool

    @classmethod
    def of(cls, queryset: QuerySet) -> "QueueList":
        rows = list(queryset[: QUEUE_LIMIT + 1])
        return cls(rows[:QUEUE_LIMIT], len(rows) > QUEUE_LIMIT)


@dataclass(frozen=True)
class DeskQueue:
    """What waits for one person on the admin's home page and on "My queue"."""

    tasks: list[VerificationTask]
    # Editors: others' proposals, which they may publish; their own, which another editor must.
    to_approve: QueueList | None
    own_proposals: QueueList | None
    sent_back: QueueList | None
    is_editor: bool
    is_reviewer: bool

    @property
    def can_take(self) -> bool:
        return self.is_editor or self.is_reviewer


def desk_queue(*, user: AbstractBaseUser) -> DeskQueue:
    """The user's open tasks; for editors, the proposals awaiting approval (the four-eyes rule
    keeps their own apart); for anyone on the desk, their ratings that were sent back."""
    editor, reviewer = is_editor(user), is_reviewer(user)
    to_approve = own = sent_back = None
    if editor:
        awaiting = drafts_awaiting_approval()
        to_approve = QueueList.of(awaiting.exclude(reviewer=user))
        own = QueueList.of(awaiting.filter(reviewer=user))
    if editor or reviewer:
        sent_back = QueueList.of(drafts_sent_back_to(user=user))
    return DeskQueue(
        tasks=list(task_queue_for_user(user=user)),
        to_approve=to_approve,
        own_proposals=own,
        sent_back=sent_back,
        is_editor=editor,
        is_reviewer=reviewer,
    )


def desk_members() -> QuerySet:
    """The active reviewers and editors (superusers hold both roles), who may be assigned work."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name__in=[EDITORS, REVIEWERS]) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


def task_is_overdue(task: VerificationTask) -> bool:
    return task.due_on is not None and task.due_on < timezone.localdate()


def claim_workflow_steps(
    *, claim: Claim, user: AbstractBaseUser
) -> tuple[list[Transition], list[str]]:
    """The steps of the claim's current state that ``user`` may run (the admin's buttons), and
    why they may not run the others (``rules.transition_refusal``'s reasons, each once)."""
    here = [t for t in TRANSITIONS.values() if t.source == claim.status]
    return rules.transitions_sorted(claim=claim, transitions=here, actor=user)


def claim_available_transitions(*, claim: Claim, user: AbstractBaseUser) -> list[Transition]:
    """The transitions ``user`` may run on ``claim`` right now: what the admin offers as buttons."""
    return claim_workflow_steps(claim=claim, user=user)[0]


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
