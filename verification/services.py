"""The verification desk's writes: workflow transitions (the only code that changes a claim's
status), verdicts, verification tasks and the rating scale."""

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import connection, transaction
from django.db.models import F, Max
from django.utils import timezone

from claims.models import Claim
from claims.status import Status
from desk.outbox import outbox_enqueue
from desk.roles import is_desk_member, is_editor
from desk.services import model_update

from . import rules, signals, tasks
from .models import ClaimStatusChange, Rating, Team, Verdict, VerificationTask
from .selectors import rating_scale
from .snapshots import search_fields, verdict_snapshot
from .workflow import TRANSITIONS, TransitionConflict

MAX_EVIDENCE_LINKS = 50


# --- Workflow -------------------------------------------------------------------------------


@transaction.atomic
def claim_transition(
    *,
    claim: Claim,
    name: str,
    actor: AbstractBaseUser,
    comment: str = "",
    expected_version: int | None = None,
    rating: Rating | None = None,
    rationale: str = "",
    evidence: Sequence[str] = (),
    correction_note: str = "",
    assignee: AbstractBaseUser | None = None,
) -> Claim:
    """Run one workflow transition. The only code that changes a claim's status.

    Locks the claim and runs the row of ``TRANSITIONS`` named ``name``: checks the source state,
    (when given) that the claim is still at ``expected_version``, the row's roles,
    ``assignee_only``, ``four_eyes`` and ``needs_comment``; runs its ``effect`` (``EFFECTS``),
    closes the claim's tasks when it ``closes_tasks``; saves; opens a task for ``assignee`` (or
    ``rules.default_reviser``) when it ``opens_task``, with the comment as its instructions;
    writes the audit row; sends ``signals.claim_transitioned``, to which the notifications
    subscribe. All of it or nothing: a refusal at any point leaves the claim as it was.

    Raises ValidationError (bad input), PermissionDenied (role, assignment, four-eyes) or
    TransitionConflict (not allowed from the current state, or the claim changed meanwhile).
    """
    transition = TRANSITIONS.get(name)
    if transition is None:
        raise ValidationError(
            {"name": f"Unknown transition {name!r}. Choose one of: {', '.join(TRANSITIONS)}."}
        )
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if expected_version is not None and claim.workflow_version != expected_version:
        raise TransitionConflict(
            f"The claim changed while you were looking at it (it is now "
            f"{claim.get_status_display().lower()}). Reload it and try again."
        )
    if claim.status != transition.source:
        raise TransitionConflict(
            f"Cannot {transition.label.lower()}: the claim is "
            f"{claim.get_status_display().lower()}, and this step needs it to be "
            f"{transition.source.label.lower()}."
        )
    refusal = rules.transition_refusal(claim=claim, transition=transition, actor=actor)
    if refusal:
        raise PermissionDenied(refusal)
    comment = comment.strip()
    if transition.needs_comment and not comment:
        raise ValidationError({"comment": f"Say why ({transition.label.lower()} needs a comment)."})
    if transition.opens_task:
        assignee = assignee or _reviser_required(claim)
    elif assignee is not None:
        raise ValidationError(
            {"assignee": f"“{transition.label}” assigns no one: leave the assignee out."}
        )

    if transition.effect is not None:
        EFFECTS[transition.effect](
            claim=claim,
            actor=actor,
            rating=rating,
            rationale=rationale,
            evidence=evidence,
            correction_note=correction_note,
        )
    if transition.closes_tasks:
        _tasks_close(claim=claim, state=VerificationTask.State.DONE)

    from_status = claim.status
    claim.status = transition.target
    # The row is locked since it was read, so its version cannot have moved meanwhile.
    claim.workflow_version += 1
    claim.save(update_fields=["status", "workflow_version", "updated_at"])
    if transition.opens_task:
        # The assignee hears of it as of any assignment, once this transaction commits.
        task_assign(claims=[claim], actor=actor, assignee=assignee, instructions=comment)
    change = ClaimStatusChange.objects.create(
        claim=claim,
        transition=name,
        from_status=from_status,
        to_status=claim.status,
        actor=actor,
        comment=comment,
    )
    # Inside the transaction: see ``verification.signals``.
    signals.claim_transitioned.send(sender=Claim, claim=claim, change=change, transition=transition)
    return claim


def _reviser_required(claim: Claim) -> AbstractBaseUser:
    reviser = rules.default_reviser(claim)
    if reviser is None:
        latest = rules.latest_verdict(claim)
        why = (
            f"{latest.reviewer}, who proposed the latest rating, is not on the desk any more"
            if latest
            else "No one has rated this claim yet"
        )
        raise ValidationError({"assignee": f"{why}: choose who revises the rating."})
    return reviser


def _validate_evidence(evidence: Sequence[str]) -> list[str]:
    if isinstance(evidence, str) or not isinstance(evidence, Sequence):
        raise ValidationError({"evidence": "Evidence must be a list of links."})
    links = [str(link).strip() for link in evidence if str(link).strip()]
    if len(links) > MAX_EVIDENCE_LINKS:
        raise ValidationError({"evidence": f"At most {MAX_EVIDENCE_LINKS} evidence links."})
    validate = URLValidator(schemes=["http", "https"])
    for link in links:
        try:
            validate(link)
        except ValidationError:
            raise ValidationError({"evidence": f"{link!r} is not an http(s) link."}) from None
    return list(dict.fromkeys(links))


def _verdict_propose(
    *,
    claim: Claim,
    actor: AbstractBaseUser,
    rating: Rating | None,
    rationale: str,
    evidence: Sequence[str],
    **_unused,
) -> Verdict:
    """Create the claim's draft verdict, or revise the draft that was sent back."""
    errors = {}
    if rating is None:
        errors["rating"] = "Choose a rating."
    elif not rating.is_active:
        errors["rating"] = f"The rating “{rating}” is retired."
    if not rationale.strip():
        errors["rationale"] = "Explain the rating: the rationale cannot be empty."
    if errors:
        raise ValidationError(errors)
    links = _validate_evidence(evidence)
    draft = rules.draft_verdict(claim)
    if draft is not None:
        draft.rating, draft.rationale, draft.evidence = rating, rationale.strip(), links
        draft.reviewer = actor
        draft.save(update_fields=["rating", "rationale", "evidence", "reviewer", "updated_at"])
        return draft
    latest = claim.verdicts.aggregate(latest=Max("version"))["latest"] or 0
    return Verdict.objects.create(
        claim=claim,
        version=latest + 1,
        rating=rating,
        rationale=rationale.strip(),
        evidence=links,
        reviewer=actor,
    )


def _verdict_publish(
    *, claim: Claim, actor: AbstractBaseUser, correction_note: str, **_unused
) -> Verdict:
    draft = rules.draft_verdict(claim)
    if draft is None:
        raise TransitionConflict("There is no proposed rating to publish.")
    correction_note = correction_note.strip()
    if draft.version > 1 and not correction_note:
        raise ValidationError(
            {
                "correction_note": "This replaces a published verdict: say what changed and "
                "why in a correction note."
            }
        )
    draft.approver = actor
    draft.published_at = timezone.now()
    draft.correction_note = correction_note
    draft.snapshot = verdict_snapshot(claim=claim, rating=draft.rating, scale=rating_scale())
    searched = search_fields(draft.snapshot)
    for name, value in searched.items():
        setattr(draft, name, value)
    draft.save(
        update_fields=[
            "approver",
            "published_at",
            "correction_note",
            "snapshot",
            *searched,
            "updated_at",
        ]
    )
    # Inside the transaction, so that what subscribers queue (webhook deliveries) is committed
    # with the verdict or not at all; they queue through the outbox, which sends on commit.
    signal = signals.verdict_corrected if draft.version > 1 else signals.verdict_published
    signal.send(sender=Verdict, verdict=draft)
    return draft


# What a transition row's ``effect`` names. Each is called, inside the transition's transaction
# and before the status changes, with the claim, the actor and the transition's input (rating,
# rationale, evidence, correction_note); it raises ValidationError or TransitionConflict to
# refuse the transition.
EFFECTS: dict[str, Callable[..., object]] = {
    "propose_verdict": _verdict_propose,
    "publish_verdict": _verdict_publish,
}


def _tasks_close(*, claim: Claim, state: str) -> None:
    for task in claim.tasks.select_for_update().filter(state=VerificationTask.State.OPEN):
        task.state, task.closed_at = state, timezone.now()
        task.save(update_fields=["state", "closed_at"])


# --- Verification tasks -----------------------------------------------------------------------


def _task_check(*, actor, team, assignee, priority) -> None:
    """Who may assign a task, and to whom: the rules every task write shares."""
    if not is_editor(actor):
        raise PermissionDenied("Only editors can assign verification tasks.")
    if team is None and assignee is None:
        raise ValidationError("Assign the task to a team, a person, or both.")
    if assignee is not None:
        if not assignee.is_active or not is_desk_member(assignee):
            raise ValidationError({"assignee": f"{assignee} is not a reviewer or an editor."})
        if team is not None and not team.members.filter(pk=assignee.pk).exists():
            raise ValidationError({"assignee": f"{assignee} is not a member of {team}."})
    if priority not in VerificationTask.Priority.values:
        raise ValidationError({"priority": "Choose a priority from 1 (urgent) to 4 (low)."})


@transaction.atomic
def task_assign(
    *,
    claims: Iterable[Claim],
    actor: AbstractBaseUser,
    team: Team | None = None,
    assignee: AbstractBaseUser | None = None,
    due_on: date | None = None,
    priority: int = VerificationTask.Priority.NORMAL,
    instructions: str = "",
) -> list[VerificationTask]:
    """Ask for claims to be verified by a team, a person, or a person of a team.

    A claim that already has an open task has that task reassigned, so a claim never has two.
    """
    _task_check(actor=actor, team=team, assignee=assignee, priority=priority)
    claim_ids = sorted({claim.pk for claim in claims})
    if not claim_ids:
        raise ValidationError("Choose at least one claim.")
    # Lock the claims in id order so that concurrent assignments cannot deadlock.
    locked = list(Claim.objects.select_for_update().filter(pk__in=claim_ids).order_by("pk"))
    closed = [c for c in locked if c.status in (Status.DISMISSED, Status.NOT_CHECKABLE)]
    if closed:
        raise ValidationError(
            "These claims are closed and need no verification: "
            + ", ".join(f"#{c.pk} ({c.get_status_display().lower()})" for c in closed)
        )
    open_tasks = {
        task.claim_id: task
        for task in VerificationTask.objects.select_for_update().filter(
            claim__in=locked, state=VerificationTask.State.OPEN
        )
    }
    result = []
    for claim in locked:
        task = open_tasks.get(claim.pk)
        newly_assigned = assignee is not None and (task is None or task.assignee_id != assignee.pk)
        if task is None:
            task = VerificationTask.objects.create(
                claim=claim,
                team=team,
                assignee=assignee,
                due_on=due_on,
                priority=priority,
                instructions=instructions.strip(),
                created_by=actor,
            )
        else:
            task.team, task.assignee, task.due_on = team, assignee, due_on
            task.priority, task.instructions = priority, instructions.strip()
            task.save(update_fields=["team", "assignee", "due_on", "priority", "instructions"])
        if newly_assigned:
            outbox_enqueue(task=tasks.notify_task_assigned, args=[task.pk])
        result.append(task)
    return result


@transaction.atomic
def task_create(
    *,
    actor: AbstractBaseUser,
    claim: Claim | None = None,
    pair=None,
    team: Team | None = None,
    assignee: AbstractBaseUser | None = None,
    due_on: date | None = None,
    priority: int = VerificationTask.Priority.NORMAL,
    instructions: str = "",
) -> VerificationTask:
    """One new task, for a claim (as ``task_assign``) or for a pair of claims."""
    options = {"team": team, "assignee": assignee, "due_on": due_on, "priority": priority}
    if (claim is None) == (pair is None):
        raise ValidationError("A task is about either one claim or one pair.")
    if claim is not None:
        return task_assign(claims=[claim], actor=actor, instructions=instructions, **options)[0]
    _task_check(actor=actor, team=team, assignee=assignee, priority=priority)
    if VerificationTask.objects.filter(pair=pair, state=VerificationTask.State.OPEN).exists():
        raise ValidationError({"pair": "This pair already has an open verification task."})
    task = VerificationTask(
        pair=pair, instructions=instructions.strip(), created_by=actor, **options
    )
    task.full_clean()
    task.save()
    if assignee is not None:
        outbox_enqueue(task=tasks.notify_task_assigned, args=[task.pk])
    return task


TASK_EDITABLE_FIELDS = frozenset({"team", "assignee", "due_on", "priority", "instructions"})


@transaction.atomic
def task_update(*, task: VerificationTask, actor: AbstractBaseUser, **fields) -> VerificationTask:
    """Reassign or reschedule an open task (editors); its new assignee is told."""
    task = VerificationTask.objects.select_for_update().get(pk=task.pk)
    if task.state != VerificationTask.State.OPEN:
        raise ValidationError("This task is closed: its claim's workflow has moved on.")
    before = task.assignee_id
    merged = {name: getattr(task, name) for name in TASK_EDITABLE_FIELDS} | fields
    _task_check(
        actor=actor, team=merged["team"], assignee=merged["assignee"], priority=merged["priority"]
    )
    if "instructions" in fields:
        fields["instructions"] = fields["instructions"].strip()
    model_update(instance=task, fields=fields, editable=TASK_EDITABLE_FIELDS)
    if task.assignee_id is not None and task.assignee_id != before:
        outbox_enqueue(task=tasks.notify_task_assigned, args=[task.pk])
    return task


@transaction.atomic
def task_delete(*, task: VerificationTask, actor: AbstractBaseUser) -> None:
    """Withdraw a task (editors)."""
    if not is_editor(actor):
        raise PermissionDenied("Only editors can withdraw verification tasks.")
    task.delete()


# --- Teams ----------------------------------------------------------------------------------

TEAM_EDITABLE_FIELDS = frozenset({"name", "description"})


def _team_check(actor) -> None:
    if not is_editor(actor):
        raise PermissionDenied("Only editors manage teams.")


def _team_members_set(team: Team, members) -> None:
    members = list(members or [])
    outsiders = [m for m in members if not m.is_active or not is_desk_member(m)]
    if outsiders:
        raise ValidationError(
            {"members": "Not reviewers or editors: " + ", ".join(str(m) for m in outsiders)}
        )
    team.members.set(members)


@transaction.atomic
def team_create(*, actor, name: str, description: str = "", members=()) -> Team:
    _team_check(actor)
    team = Team(name=name, description=description)
    team.full_clean()
    team.save()
    _team_members_set(team, members)
    return team


@transaction.atomic
def team_update(*, team: Team, actor, members=None, **fields) -> Team:
    _team_check(actor)
    model_update(instance=team, fields=fields, editable=TEAM_EDITABLE_FIELDS)
    if members is not None:
        _team_members_set(team, members)
    return team


@transaction.atomic
def team_delete(*, team: Team, actor) -> None:
    _team_check(actor)
    team.delete()


def task_take_next(*, user: AbstractBaseUser) -> VerificationTask | None:
    """Give ``user`` the most urgent unassigned open task of their teams, or None.

    On PostgreSQL the candidate rows are locked with SKIP LOCKED, so reviewers asking at the
    same moment each get a different task without waiting for one another. The conditional
    update is the guard everywhere else (SQLite serialises writers).
    """
    if not is_desk_member(user):
        raise PermissionDenied("Only reviewers and editors take verification tasks.")
    queue = VerificationTask.objects.filter(
        state=VerificationTask.State.OPEN,
        assignee__isnull=True,
        team__in=Team.objects.filter(members=user),
    ).order_by("priority", F("due_on").asc(nulls_last=True), "id")
    skip_locked = connection.features.has_select_for_update_skip_locked
    for _ in range(20):
        with transaction.atomic():
            candidates = queue.select_for_update(skip_locked=True) if skip_locked else queue
            task = candidates.first()
            if task is None:
                return None
            taken = VerificationTask.objects.filter(
                pk=task.pk, state=VerificationTask.State.OPEN, assignee__isnull=True
            ).update(assignee=user)
            if taken:
                task.assignee = user
                return task
    return None


RATING_EDITABLE_FIELDS = frozenset(
    {"label", "slug", "value", "description", "position", "is_active"}
)


def rating_create(**fields) -> Rating:
    """A new step of the rating scale (editors)."""
    rating = Rating(**fields)
    rating.full_clean()
    rating.save()
    return rating


@transaction.atomic
def rating_update(*, rating: Rating, **fields) -> Rating:
    model_update(instance=rating, fields=fields, editable=RATING_EDITABLE_FIELDS)
    return rating


@transaction.atomic
def rating_delete(*, rating: Rating, actor: AbstractBaseUser) -> None:
    """Remove a step of the rating scale that no verdict uses (editors); retire it otherwise."""
    if not is_editor(actor):
        raise PermissionDenied("Only editors change the rating scale.")
    if Verdict.objects.filter(rating=rating).exists():
        raise ValidationError(f"Verdicts use {rating}: retire it (clear “is active”) instead.")
    rating.delete()
