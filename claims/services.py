"""Writes to claims and their relations. Status changes happen only in ``claim_transition``."""

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Max
from django.utils import timezone
from knox.models import AuthToken

from desk.outbox import outbox_enqueue
from sources.models import Document, Source
from sources.services import model_update

from . import rules, tasks, webhooks
from .models import (
    Attribution,
    Claim,
    ClaimPair,
    ClaimStatusChange,
    Incident,
    Rating,
    Team,
    Verdict,
    VerificationTask,
)
from .roles import is_desk_member, is_editor
from .selectors import rating_scale
from .snapshots import verdict_snapshot
from .workflow import TRANSITIONS, Status, TransitionConflict

MAX_EVIDENCE_LINKS = 50
COMMENT_REQUIRED = frozenset({"send_back", "reopen", "not_checkable", "dismiss"})


def incident_create(
    *,
    title: str,
    starts_on: date,
    ends_on: date | None = None,
    place: str = "",
    description: str = "",
) -> Incident:
    incident = Incident(
        title=title.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
        place=place,
        description=description,
    )
    incident.full_clean()
    incident.save()
    return incident


INCIDENT_EDITABLE_FIELDS = frozenset({"title", "starts_on", "ends_on", "place", "description"})
CLAIM_EDITABLE_FIELDS = frozenset({"summary", "incident", "stated_on"})
PAIR_EDITABLE_FIELDS = frozenset({"relation", "rationale"})


def incident_update(*, incident: Incident, **fields) -> Incident:
    model_update(instance=incident, fields=fields, editable=INCIDENT_EDITABLE_FIELDS)
    return incident


# What a published verdict froze of its claim: edits wait until the claim is reopened.
CLAIM_PUBLIC_FIELDS = frozenset({"summary", "incident", "stated_on"})


def _refuse_while_published(claim: Claim, field: str) -> None:
    """A published claim's public wording and references are what its verdict reviewed; they
    change with a reopen, so that the change is published as a correction."""
    if rules.claim_public_fields_frozen(claim):
        raise ValidationError(
            {
                field: "This claim's verdict is published, and it shows this as it was "
                "reviewed. Reopen the claim to change it: the change is published with the "
                "correction."
            }
        )


@transaction.atomic
def claim_update(*, claim: Claim, **fields) -> Claim:
    """Edit what describes a claim. Its span, speaker and status have their own paths; while
    its verdict is published, its public fields (``CLAIM_PUBLIC_FIELDS``) are refused."""
    if "summary" in fields:
        fields["summary"] = " ".join(fields["summary"].split())
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    for name in sorted(CLAIM_PUBLIC_FIELDS & set(fields)):
        current = getattr(locked, name + "_id" if name == "incident" else name)
        wanted = fields[name].pk if name == "incident" and fields[name] else fields[name]
        if wanted != current:
            _refuse_while_published(locked, name)
    model_update(instance=claim, fields=fields, editable=CLAIM_EDITABLE_FIELDS)
    return claim


def claim_pair_update(*, pair: ClaimPair, **fields) -> ClaimPair:
    if "rationale" in fields:
        fields["rationale"] = fields["rationale"].strip()
    model_update(instance=pair, fields=fields, editable=PAIR_EDITABLE_FIELDS)
    return pair


@transaction.atomic
def claim_create(
    *,
    document: Document,
    start: int,
    end: int,
    speaker: Source,
    summary: str,
    quote: str | None = None,
    relay_chain: Sequence[Source] = (),
    incident: Incident | None = None,
    stated_on: date | None = None,
    status: str = Status.NEW,
    created_by: AbstractBaseUser | None = None,
) -> Claim:
    """Create a claim on a span of a document.

    ``quote``, when given, must equal the text at ``start:end``; when left out it is taken from
    the text. ``relay_chain`` lists the sources the statement passed through after its speaker,
    closest to the speaker first (e.g. RIA, then AFP).
    """
    if status not in (Status.NEW, Status.SUGGESTED):
        raise ValidationError("A claim starts as new or suggested; its workflow moves it on.")
    # Lock the document so that its text cannot change between this check and the insert.
    document = Document.objects.select_for_update().get(pk=document.pk)
    claim = Claim(
        document=document,
        start=start,
        end=end,
        quote="" if quote is None else quote,
        speaker=speaker,
        summary=" ".join(summary.split()),
        incident=incident,
        stated_on=stated_on,
        status=status,
        created_by=created_by,
    )
    if quote == "":
        raise ValidationError({"quote": "The quote cannot be empty."})
    claim.full_clean()
    claim.save()
    claim_set_relay_chain(claim=claim, relay_chain=relay_chain)
    return claim


@transaction.atomic
def claim_set_relay_chain(*, claim: Claim, relay_chain: Sequence[Source]) -> list[Attribution]:
    """Replace the claim's relay chain with ``relay_chain``, closest to the speaker first."""
    ids = [source.pk for source in relay_chain]
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    current = list(locked.attributions.order_by("position").values_list("source_id", flat=True))
    if ids != current:
        _refuse_while_published(locked, "relay_chain")
    if claim.speaker_id in ids:
        raise ValidationError(
            {"relay_chain": "The speaker is the start of the chain; list only who relayed it."}
        )
    if len(set(ids)) != len(ids):
        raise ValidationError({"relay_chain": "A source appears twice in the relay chain."})
    claim.attributions.all().delete()
    return Attribution.objects.bulk_create(
        Attribution(claim=claim, source=source, position=position)
        for position, source in enumerate(relay_chain, start=1)
    )


def claim_pair_create(
    *,
    claim_a: Claim,
    claim_b: Claim,
    relation: str,
    rationale: str = "",
    created_by: AbstractBaseUser | None = None,
) -> ClaimPair:
    """Link two claims. The couple is stored once, in id order, whichever way it is given."""
    if claim_a.pk == claim_b.pk:
        raise ValidationError("A claim cannot be paired with itself.")
    if relation not in ClaimPair.Relation.values:
        raise ValidationError(
            {"relation": f"Choose one of: {', '.join(ClaimPair.Relation.values)}."}
        )
    first, second = sorted((claim_a, claim_b), key=lambda claim: claim.pk)
    existing = ClaimPair.objects.filter(claim_a=first, claim_b=second).first()
    if existing is not None:
        raise ValidationError(_duplicate_pair_message(existing))
    pair = ClaimPair(
        claim_a=first,
        claim_b=second,
        relation=relation,
        rationale=rationale.strip(),
        created_by=created_by,
    )
    try:
        with transaction.atomic():
            pair.save()
    except IntegrityError:
        # Someone linked the same couple between our check and our insert.
        existing = ClaimPair.objects.get(claim_a=first, claim_b=second)
        raise ValidationError(_duplicate_pair_message(existing)) from None
    return pair


def _duplicate_pair_message(pair: ClaimPair) -> str:
    return (
        f"Claims #{pair.claim_a_id} and #{pair.claim_b_id} are already paired "
        f"(they {pair.get_relation_display().lower()}, pair #{pair.pk})."
    )


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
) -> Claim:
    """Run one workflow transition. The only code that changes a claim's status.

    Locks the claim, checks the transition table, the actor's role and (when given) that the
    claim is still at ``expected_version``; runs the transition's own work (verdicts, tasks);
    saves; writes the audit row; queues notifications for after the commit.

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
    if name in COMMENT_REQUIRED and not comment:
        raise ValidationError({"comment": f"Say why ({transition.label.lower()} needs a comment)."})

    if name == "propose":
        _verdict_propose(
            claim=claim, actor=actor, rating=rating, rationale=rationale, evidence=evidence
        )
    elif name == "publish":
        _verdict_publish(claim=claim, actor=actor, correction_note=correction_note)
    if transition.target in (Status.PUBLISHED, Status.NOT_CHECKABLE, Status.DISMISSED):
        _tasks_close(claim=claim, state=VerificationTask.State.DONE)

    from_status = claim.status
    claim.status = transition.target
    # The row is locked since it was read, so its version cannot have moved meanwhile.
    claim.workflow_version += 1
    claim.save(update_fields=["status", "workflow_version", "updated_at"])
    change = ClaimStatusChange.objects.create(
        claim=claim,
        transition=name,
        from_status=from_status,
        to_status=claim.status,
        actor=actor,
        comment=comment,
    )
    outbox_enqueue(task=tasks.notify_status_change, args=[change.pk])
    return claim


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


def _verdict_publish(*, claim: Claim, actor: AbstractBaseUser, correction_note: str) -> Verdict:
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
    draft.save(
        update_fields=["approver", "published_at", "correction_note", "snapshot", "updated_at"]
    )
    webhooks.webhook_deliveries_create(verdict=draft)
    return draft


def _tasks_close(*, claim: Claim, state: str) -> None:
    for task in claim.tasks.select_for_update().filter(state=VerificationTask.State.OPEN):
        task.state, task.closed_at = state, timezone.now()
        task.save(update_fields=["state", "closed_at"])


# --- Verification tasks -----------------------------------------------------------------------


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


def api_token_issue(*, user: AbstractBaseUser, days: int | None) -> tuple[AuthToken, str]:
    """A new API token for ``user``, valid ``days`` (None: until revoked).

    Returns the token and its key. Only a digest of the key is stored, so this is the one time
    the key can be shown.
    """
    if not user.is_active:
        raise ValidationError({"user": f"{user} is inactive: activate the account first."})
    if days is not None and days < 1:
        raise ValidationError({"days": "A token lasts at least one day."})
    return AuthToken.objects.create(user=user, expiry=timedelta(days=days) if days else None)


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
