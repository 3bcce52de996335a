"""The verification desk in the admin: the rating scale, verdicts, teams, tasks and the audit
trail, and the workflow on each claim's page (the claim admin of ``claims``, extended here)."""

from django import forms
from django.contrib import admin
from django.db.models import Count

from claims.admin import ClaimAdmin as BaseClaimAdmin
from claims.admin import RelayChainInline
from claims.models import Claim
from desk.admin_helpers import LargeListMixin, ReadOnlyAdmin, ReadOnlyInline
from desk.service_admin import ServiceModelAdmin

from .admin_suggestions import ClaimSuggestionAdminMixin
from .admin_workflow import ClaimWorkflowAdminMixin, TaskQueueAdminMixin
from .models import ClaimStatusChange, Rating, Team, Verdict, VerificationTask
from .selectors import desk_members
from .services import (
    RATING_EDITABLE_FIELDS,
    TASK_EDITABLE_FIELDS,
    TEAM_EDITABLE_FIELDS,
    rating_create,
    rating_delete,
    rating_update,
    task_create,
    task_delete,
    task_update,
    team_create,
    team_delete,
    team_update,
)
from .workflow import TRANSITIONS, transition_label


class VerdictInline(ReadOnlyInline):
    model = Verdict
    fields = ["version", "rating", "reviewer", "approver", "published_at", "correction_note"]
    readonly_fields = fields
    ordering = ["-version"]
    classes = ["collapse"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("rating", "reviewer", "approver")


# --- Ratings and verdicts -----------------------------------------------------------------------


@admin.register(Rating)
class RatingAdmin(ServiceModelAdmin):
    create_service = rating_create
    update_service = rating_update
    delete_service = rating_delete
    editable_fields = RATING_EDITABLE_FIELDS

    def create_arguments(self, request, form):
        return self.form_data(form)

    def update_arguments(self, request, form, changed):
        return {"rating": form.instance, **changed}

    list_display = ["label", "slug", "value", "position", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["label", "slug", "description"]
    prepopulated_fields = {"slug": ["label"]}


class PublishedFilter(admin.SimpleListFilter):
    title = "published"
    parameter_name = "published"

    def lookups(self, request, model_admin):
        return [("yes", "Published"), ("no", "Draft")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(published_at__isnull=self.value() == "no")
        return queryset


@admin.register(Verdict)
class VerdictAdmin(ReadOnlyAdmin, LargeListMixin, admin.ModelAdmin):
    """Read-only: verdicts are written by the workflow, and published ones never change."""

    list_display = ["claim", "version", "rating", "reviewer", "approver", "published_at"]
    list_filter = [PublishedFilter, "rating", "published_at"]
    search_fields = ["claim__summary", "rationale", "correction_note"]
    list_select_related = ["claim", "rating", "reviewer", "approver"]
    autocomplete_fields = ["claim"]
    date_hierarchy = "published_at"


# --- Teams, tasks and the audit trail -----------------------------------------------------------


@admin.register(Team)
class TeamAdmin(ServiceModelAdmin):
    create_service = team_create
    update_service = team_update
    delete_service = team_delete
    actor_argument = "actor"
    editable_fields = TEAM_EDITABLE_FIELDS | {"members"}
    list_display = ["name", "member_count"]
    search_fields = ["name", "description"]
    filter_horizontal = ["members"]

    def update_arguments(self, request, form, changed):
        arguments = super().update_arguments(request, form, changed)
        arguments.pop("members", None)
        if "members" in form.changed_data:
            arguments["members"] = form.cleaned_data["members"]
        return arguments

    def get_queryset(self, request):
        queryset = super().get_queryset(request).annotate(member_count=Count("members"))
        return queryset.order_by(*Team._meta.ordering)

    @admin.display(description="Members", ordering="member_count")
    def member_count(self, obj):
        return obj.member_count


class VerificationTaskForm(forms.ModelForm):
    class Meta:
        model = VerificationTask
        fields = ["claim", "pair", "team", "assignee", "priority", "due_on", "instructions"]

    def clean(self):
        data = super().clean()
        # ``state`` is read-only, so the model's one-open-task constraints (conditioned on it)
        # are skipped by the form's own validation and would otherwise fail as a 500.
        if self.instance.state != VerificationTask.State.OPEN:
            return data
        open_tasks = VerificationTask.objects.filter(state=VerificationTask.State.OPEN).exclude(
            pk=self.instance.pk
        )
        for field in ("claim", "pair"):
            subject = data.get(field)
            if subject is not None and open_tasks.filter(**{field: subject}).exists():
                self.add_error(
                    field,
                    f"This {field} already has an open verification task: reassign that one "
                    "(the claim list's \u201cAssign for verification\u201d action does this).",
                )
        return data


@admin.register(VerificationTask)
class VerificationTaskAdmin(TaskQueueAdminMixin, LargeListMixin, ServiceModelAdmin):
    """Tasks are created, reassigned and withdrawn by the services (which check the claim, the
    team and the assignee, and tell the assignee)."""

    form = VerificationTaskForm
    create_service = task_create
    update_service = task_update
    delete_service = task_delete
    instance_argument = "task"
    actor_argument = "actor"
    editable_fields = TASK_EDITABLE_FIELDS
    list_display = [
        "__str__",
        "claim",
        "team",
        "assignee",
        "priority",
        "due_on",
        "state",
        "created_at",
    ]
    list_filter = ["state", "priority", "team", "due_on"]
    search_fields = ["claim__summary", "instructions", "assignee__username", "team__name"]
    autocomplete_fields = ["claim", "pair"]
    list_select_related = ["claim", "pair", "team", "assignee"]
    date_hierarchy = "due_on"
    fields = [
        "claim",
        "pair",
        "team",
        "assignee",
        "priority",
        "due_on",
        "instructions",
        "state",
        "closed_at",
        "created_by",
        "created_at",
    ]
    # A task closes when its claim's workflow moves on, never by hand.
    readonly_fields = ["state", "closed_at", "created_by", "created_at"]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        # A task stays about its claim or pair; only who does it, and when, changes.
        return ["claim", "pair", *readonly] if obj is not None else readonly

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assignee":
            # Only reviewers and editors work tasks; the desk is small enough for a list.
            kwargs["queryset"] = desk_members()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class StepFilter(admin.SimpleListFilter):
    """The steps by their labels; a recorded name the table no longer has is not offered."""

    title = "step"
    parameter_name = "transition"

    def lookups(self, request, model_admin):
        return [(name, transition.label) for name, transition in TRANSITIONS.items()]

    def queryset(self, request, queryset):
        return queryset.filter(transition=self.value()) if self.value() else queryset


@admin.register(ClaimStatusChange)
class ClaimStatusChangeAdmin(ReadOnlyAdmin, LargeListMixin, admin.ModelAdmin):
    """The audit trail: written only by the workflow service."""

    list_display = ["claim", "step", "from_status", "to_status", "actor", "created_at"]
    list_filter = ["to_status", "from_status", StepFilter, "created_at"]
    search_fields = ["claim__summary", "comment", "actor__username"]
    list_select_related = ["claim", "actor"]
    date_hierarchy = "created_at"
    fields = ["claim", "step", "from_status", "to_status", "actor", "comment", "created_at"]
    readonly_fields = fields

    @admin.display(description="Step", ordering="transition")
    def step(self, obj):
        return transition_label(obj.transition)


# --- The claim's page -------------------------------------------------------------------------


admin.site.unregister(Claim)


@admin.register(Claim)
class ClaimAdmin(ClaimSuggestionAdminMixin, ClaimWorkflowAdminMixin, BaseClaimAdmin):
    """The claims admin with its workflow: the status panel and buttons, verdicts, and the
    list's actions to assign claims and to accept or dismiss suggestions."""

    actions = [
        "assign_for_verification",
        *BaseClaimAdmin.actions,
        "accept_suggestions",
        "dismiss_suggestions",
    ]
    inlines = [RelayChainInline, VerdictInline]

    def get_inlines(self, request, obj):
        # Verdicts exist only once the claim does.
        return self.inlines if obj else [RelayChainInline]
