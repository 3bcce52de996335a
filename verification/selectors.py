"""Reads of the verification desk: task queues, the transitions a user may run, a claim's
history, published verdicts and the rating scale."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import F, Max, Min, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from claims.models import Claim
from desk.roles import EDITORS, REVIEWERS

from . import rules
from .models import ClaimStatusChange, Rating, Verdict, VerificationTask
from .workflow import TRANSITIONS, Transition


def task_queue_for_user(*, user: AbstractBaseUser) -> QuerySet[VerificationTask]:
    """The user's open tasks, soonest due first (tasks without a due date last)."""
    return (
        VerificationTask.objects.filter(assignee=user, state=VerificationTask.State.OPEN)
        .select_related("claim__speaker", "team")
        .order_by(F("due_on").asc(nulls_last=True), "priority", "id")
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
