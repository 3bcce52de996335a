"""The workflow in the admin: transition buttons, "My queue", "Take next task", assignment.

Everything here calls the services; nothing writes a status or a task directly.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from claims.models import Claim
from desk.roles import is_editor

from . import rules, selectors, services
from .models import Rating, Team, VerificationTask
from .workflow import TRANSITIONS, TransitionConflict

SESSION_KEY = "parallax-workflow-form-{}"


class TransitionForm(forms.Form):
    name = forms.CharField()
    version = forms.IntegerField(min_value=0)
    comment = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    rating = forms.ModelChoiceField(queryset=Rating.objects.filter(is_active=True), required=False)
    rationale = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 4}))
    evidence = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One link per line.",
    )
    correction_note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    # Who revises the rating when a step opens a task (``Transition.opens_task``: reopen).
    assignee = forms.ModelChoiceField(
        queryset=selectors.desk_members(), required=False, label="Assign to"
    )

    def clean_evidence(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["evidence"].splitlines() if line.strip()]


def _error_text(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return " ".join(
            f"{'' if field == '__all__' else field.replace('_', ' ').capitalize() + ': '}{msg}"
            for field, msgs in error.message_dict.items()
            for msg in msgs
        )
    return " ".join(error.messages)


class ClaimWorkflowAdminMixin:
    """Adds the workflow panel, the transition endpoint and the assignment action to ClaimAdmin."""

    change_form_template = "admin/claims/claim/change_form.html"
    actions = ["assign_for_verification"]

    def get_urls(self):
        urls = super().get_urls()
        return [
            path(
                "<int:claim_id>/transition/",
                self.admin_site.admin_view(require_POST(self.transition_view)),
                name="claims_claim_transition",
            ),
            *urls,
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        claim = self.get_object(request, object_id)
        if claim is not None:
            extra_context = {**(extra_context or {}), **self.workflow_context(request, claim)}
        return super().change_view(request, object_id, form_url, extra_context)

    def workflow_context(self, request: HttpRequest, claim: Claim) -> dict:
        draft = rules.draft_verdict(claim)
        initial = request.session.pop(SESSION_KEY.format(claim.pk), None) or {}
        if draft is not None and not initial:
            initial = {
                "rating": draft.rating_id,
                "rationale": draft.rationale,
                "evidence": "\n".join(draft.evidence),
            }
        transitions, refusals = selectors.claim_workflow_steps(claim=claim, user=request.user)
        opens_task = any(t.opens_task for t in transitions)
        default_reviser = rules.default_reviser(claim) if opens_task else None
        if opens_task and "assignee" not in initial and default_reviser is not None:
            initial["assignee"] = default_reviser.pk
        history = list(selectors.claim_history(claim=claim))
        last_step = TRANSITIONS.get(history[-1].transition) if history else None
        return {
            "workflow_transitions": transitions,
            # Why the steps of this state that are not offered are not, one sentence each.
            "workflow_refusals": refusals,
            # The steps offered here whose rows need a comment, for the comment box's label.
            "workflow_comment_needed_for": [t.label for t in transitions if t.needs_comment],
            "workflow_form": TransitionForm(initial={"version": claim.workflow_version, **initial}),
            "workflow_opens_task": opens_task,
            "workflow_default_reviser": default_reviser,
            # The claim was reopened and nothing has happened since: say what comes next.
            "workflow_reopened": last_step is not None and last_step.opens_task,
            "workflow_claim": claim,
            "workflow_draft": draft,
            "workflow_verdicts": claim.verdicts.select_related("rating", "reviewer", "approver")
            .filter(published_at__isnull=False)
            .order_by("-version"),
            "workflow_task": rules.open_task(claim),
            "workflow_history": history,
        }

    def transition_view(self, request: HttpRequest, claim_id: int):
        claim = get_object_or_404(Claim, pk=claim_id)
        change_url = reverse("admin:claims_claim_change", args=[claim.pk])
        form = TransitionForm(request.POST)
        if not form.is_valid():
            messages.error(request, "The form was incomplete; nothing changed.")
            return HttpResponseRedirect(change_url)
        data = form.cleaned_data
        transition = TRANSITIONS.get(data["name"])
        try:
            services.claim_transition(
                claim=claim,
                name=data["name"],
                actor=request.user,
                comment=data["comment"],
                expected_version=data["version"],
                rating=data["rating"],
                rationale=data["rationale"],
                evidence=data["evidence"],
                correction_note=data["correction_note"],
                # The one form serves every button: the choice counts only for a step that
                # opens a task.
                assignee=data["assignee"] if transition and transition.opens_task else None,
            )
        except (ValidationError, PermissionDenied, TransitionConflict) as error:
            text = _error_text(error) if isinstance(error, ValidationError) else str(error)
            messages.error(request, f"Nothing changed. {text}")
            # Keep what the person typed so that a mistake costs them nothing.
            request.session[SESSION_KEY.format(claim.pk)] = {
                key: request.POST.get(key, "")
                for key in (
                    "comment",
                    "rating",
                    "rationale",
                    "evidence",
                    "correction_note",
                    "assignee",
                )
            }
            return HttpResponseRedirect(change_url)
        claim.refresh_from_db()
        messages.success(request, f"Claim #{claim.pk} is now {claim.get_status_display().lower()}.")
        return HttpResponseRedirect(change_url)

    @admin.action(description="Assign for verification…")
    def assign_for_verification(self, request, queryset):
        if not is_editor(request.user):
            self.message_user(request, "Only editors assign verification tasks.", messages.ERROR)
            return None
        form = AssignForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            try:
                tasks = services.task_assign(
                    claims=list(queryset), actor=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                target = form.cleaned_data["assignee"] or form.cleaned_data["team"]
                self.message_user(
                    request,
                    f"{len(tasks)} claim{'s' * (len(tasks) != 1)} assigned to {target}.",
                    messages.SUCCESS,
                )
                return None
        return TemplateResponse(
            request,
            "admin/verification/assign.html",
            {
                **self.admin_site.each_context(request),
                "title": "Assign claims for verification",
                "form": form,
                "claims": queryset,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                "opts": self.model._meta,
            },
        )


class AssignForm(forms.Form):
    team = forms.ModelChoiceField(queryset=Team.objects.all(), required=False)
    assignee = forms.ModelChoiceField(queryset=selectors.desk_members(), required=False)
    due_on = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Due on"
    )
    priority = forms.TypedChoiceField(
        choices=VerificationTask.Priority.choices,
        coerce=int,
        initial=VerificationTask.Priority.NORMAL,
    )
    instructions = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        data = super().clean()
        if not data.get("team") and not data.get("assignee"):
            raise ValidationError("Choose a team, a person, or both.")
        return data


class TaskQueueAdminMixin:
    """Adds "My queue" and "Take next task" to the VerificationTask admin."""

    def get_urls(self):
        urls = super().get_urls()
        return [
            path(
                "my-queue/",
                self.admin_site.admin_view(self.my_queue_view),
                name="verification_verificationtask_my_queue",
            ),
            path(
                "take-next/",
                self.admin_site.admin_view(require_POST(self.take_next_view)),
                name="verification_verificationtask_take_next",
            ),
            *urls,
        ]

    def my_queue_view(self, request: HttpRequest):
        queue = selectors.desk_queue(user=request.user)
        site = request.META.get("SCRIPT_NAME") if self.admin_site.site_url == "/" else ""
        return TemplateResponse(
            request,
            "admin/verification/verificationtask/my_queue.html",
            {
                # The admin's header without its list of every app and model (each_context):
                # reviewers open this page all day, and that list cost a third of it.
                "site_title": self.admin_site.site_title,
                "site_header": self.admin_site.site_header,
                "site_url": site or self.admin_site.site_url,
                "has_permission": self.admin_site.has_permission(request),
                "is_popup": False,
                "is_nav_sidebar_enabled": False,
                "available_apps": [],
                "title": "My queue",
                "queue": queue,
                "opts": self.model._meta,
            },
        )

    def take_next_view(self, request: HttpRequest):
        queue_url = reverse("admin:verification_verificationtask_my_queue")
        try:
            task = services.task_take_next(user=request.user)
        except PermissionDenied as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(queue_url)
        if task is None:
            messages.info(request, "No unassigned task is waiting in your teams' queues.")
            return HttpResponseRedirect(queue_url)
        messages.success(request, f"Claim #{task.claim_id} is yours now.")
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[task.claim_id]))
