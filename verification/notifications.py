"""Emails the desk sends. Called from Celery tasks, after the transaction that caused them."""

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail, send_mass_mail
from django.urls import reverse

from claims.models import Claim
from desk.roles import EDITORS
from sources.models import Document, DocumentSpan, SpanPlacement

from .models import ClaimStatusChange, VerificationTask
from .workflow import TRANSITIONS


def _claim_url(claim_id: int) -> str:
    return settings.PARALLAX_BASE_URL + reverse("admin:claims_claim_change", args=[claim_id])


def _task_line(task: VerificationTask) -> str:
    due = f"due {task.due_on:%Y-%m-%d}" if task.due_on else "no due date"
    subject = task.claim or task.pair
    return f"- [{task.get_priority_display()}, {due}] {subject}\n  {_claim_url(task.claim_id)}"


def send_task_assigned(*, task_id: int) -> int:
    task = (
        VerificationTask.objects.select_related("claim", "assignee", "team")
        .filter(pk=task_id, state=VerificationTask.State.OPEN)
        .first()
    )
    if task is None or task.assignee is None or not task.assignee.email:
        return 0
    due = f" by {task.due_on:%A %d %B %Y}" if task.due_on else ""
    body = (
        f"You have been asked to verify a claim{due} "
        f"(priority: {task.get_priority_display().lower()}).\n\n"
        f"{task.claim}\n{_claim_url(task.claim_id)}\n"
    )
    if task.instructions:
        body += f"\nInstructions from the desk:\n{task.instructions}\n"
    return send_mail(
        f"[Parallax] Claim #{task.claim_id} assigned to you",
        body,
        settings.DEFAULT_FROM_EMAIL,
        [task.assignee.email],
    )


def _reviewer(change: ClaimStatusChange) -> list:
    verdict = change.claim.verdicts.select_related("reviewer").order_by("-version").first()
    return [] if verdict is None else [verdict.reviewer]


def _assignee(change: ClaimStatusChange) -> list:
    task = change.claim.tasks.select_related("assignee").order_by("-id").first()
    return [] if task is None or task.assignee is None else [task.assignee]


def _editors(change: ClaimStatusChange) -> list:
    """The members of the Editors group who can read an email: active, with an address."""
    editors = get_user_model().objects.filter(groups__name=EDITORS, is_active=True)
    return list(editors.exclude(email="").distinct())


# Whom each audience a transition ``notifies`` (``workflow.Audience``) names, for a change.
AUDIENCES: dict[str, Callable[[ClaimStatusChange], list]] = {
    "reviewer": _reviewer,  # who proposed the claim's latest rating
    "assignee": _assignee,  # the assignee of the claim's latest verification task
    "editors": _editors,
}


def _proposal_text(verdict, actor) -> str:
    kind = "a correction, " if verdict.version > 1 else ""
    text = (
        f"\n{actor} proposed the rating “{verdict.rating}” ({kind}version {verdict.version}), "
        "which waits for an editor's approval: publish it or send it back on the claim's "
        f"page.\n\nRationale:\n\n{verdict.rationale}\n"
    )
    if verdict.evidence:
        text += "\nEvidence:\n" + "".join(f"- {link}\n" for link in verdict.evidence)
    return text


def send_status_change(*, change_id: int) -> int:
    """Tell the audiences the transition's row ``notifies`` what was done (never the actor)."""
    change = ClaimStatusChange.objects.select_related("claim", "actor").filter(pk=change_id).first()
    transition = TRANSITIONS.get(change.transition) if change is not None else None
    if transition is None or not transition.notifies:
        return 0
    recipients = {}
    for audience in transition.notifies:
        for user in AUDIENCES[audience](change):
            if user.is_active and user.email and user.pk != change.actor_id:
                recipients.setdefault(user.email, user)
    if not recipients:
        return 0
    actor = change.actor or "The desk"
    subject = f"[Parallax] Claim #{change.claim_id}: {transition.label.lower()} by {actor}"
    body = (
        f"{actor} chose “{transition.label}”: the claim is now "
        f"{change.get_to_status_display().lower()}.\n"
    )
    verdict = change.claim.verdicts.select_related("rating").order_by("-version").first()
    if verdict is not None and transition.effect == "propose_verdict":
        # The editors who receive it decide on the rating: tell them what it says.
        subject = f"[Parallax] Claim #{change.claim_id}: {actor} proposed “{verdict.rating}”"
        body += _proposal_text(verdict, actor)
    elif verdict is not None:
        body += f"\nRating: {verdict.rating} (version {verdict.version}).\n"
    if change.comment:
        body += f"\n{actor} wrote:\n\n{change.comment}\n"
    body += f"\n{change.claim}\n{_claim_url(change.claim_id)}\n"
    return send_mass_mail(
        [(subject, body, settings.DEFAULT_FROM_EMAIL, [email]) for email in recipients],
        fail_silently=False,
    )


def send_overdue_digest(*, today: date) -> int:
    """One email per assignee with their overdue tasks; editors get the whole list."""
    overdue = list(
        VerificationTask.objects.select_related("claim", "pair", "assignee", "team")
        .filter(state=VerificationTask.State.OPEN, due_on__lt=today)
        .order_by("due_on", "priority", "id")
    )
    if not overdue:
        return 0
    by_assignee = defaultdict(list)
    for task in overdue:
        if task.assignee is not None and task.assignee.email:
            by_assignee[task.assignee.email].append(task)
    messages = [
        (
            f"[Parallax] {len(tasks)} overdue verification task{'s' * (len(tasks) > 1)}",
            "These tasks are past their due date:\n\n" + "\n".join(map(_task_line, tasks)),
            settings.DEFAULT_FROM_EMAIL,
            [email],
        )
        for email, tasks in by_assignee.items()
    ]
    editors = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=EDITORS)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    desk_summary = "\n".join(
        _task_line(task) + f"\n  assigned to: {task.assignee or task.team}" for task in overdue
    )
    messages += [
        (
            f"[Parallax] Desk digest: {len(overdue)} overdue verification tasks",
            f"Overdue on {today:%Y-%m-%d}:\n\n{desk_summary}",
            settings.DEFAULT_FROM_EMAIL,
            [email],
        )
        for email in editors
    ]
    return send_mass_mail(messages, fail_silently=False)


# Extraction's suggestions and dismissed claims are no one's work yet, or any more.
_NOT_WORKED_ON = ("suggested", "dismissed")


def send_quotes_changed(*, document_id: int) -> int:
    """Tell the desk which claims a new version of a document changed or orphaned: each
    claim's assignee (of its latest task) gets their claims, every editor all of them."""
    placements = list(
        SpanPlacement.objects.filter(
            version_id=document_id,
            span_model=Claim._meta.label_lower,
            state__in=[DocumentSpan.AnchorState.CHANGED, DocumentSpan.AnchorState.ORPHAN],
        ).order_by("old_start", "id")
    )
    claims = (
        Claim.objects.filter(pk__in=[placement.span_id for placement in placements])
        .filter(retired_at__isnull=True)
        .exclude(status__in=_NOT_WORKED_ON)
        .in_bulk()
    )
    placements = [placement for placement in placements if placement.span_id in claims]
    if not placements:
        return 0
    version = Document.objects.only("title", "version").get(pk=document_id)
    lines, by_assignee = {}, defaultdict(list)
    for placement in placements:
        claim = claims[placement.span_id]
        if placement.state == DocumentSpan.AnchorState.ORPHAN:
            what = f"its quote is gone:\n  was: {placement.old_quote}"
        else:
            what = f"its quote changed:\n  was: {placement.old_quote}\n  now: {placement.new_quote}"
        lines[claim.pk] = f"- Claim #{claim.pk}, {what}\n  {_claim_url(claim.pk)}"
        task = claim.tasks.select_related("assignee").order_by("-id").first()
        assignee = task and task.assignee
        if assignee is not None and assignee.is_active and assignee.email:
            by_assignee[assignee.email].append(claim.pk)
    subject = f"[Parallax] Version {version.version} of “{version.title[:80]}” changed claims"
    intro = (
        f"The text of “{version.title}” changed (version {version.version}). "
        "These claims' quotes changed or are no longer in it:\n\n"
    )
    recipients = dict(by_assignee)
    for editor in _editors(None):
        recipients[editor.email] = list(lines)
    return send_mass_mail(
        [
            (
                subject,
                intro + "\n".join(lines[pk] for pk in ids),
                settings.DEFAULT_FROM_EMAIL,
                [email],
            )
            for email, ids in recipients.items()
        ],
        fail_silently=False,
    )
