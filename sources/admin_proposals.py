"""The admin of proposed sources: the names extraction found and no source has, and the
editors' decisions on them (a new source, another name of one, or none)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from desk.service_admin import ServiceModelAdmin

from .models import Source, SourceProposal
from .services import source_proposal_confirm, source_proposal_reject


class SourceProposalForm(forms.ModelForm):
    """An editor's decision on a proposed source."""

    DECISIONS = [
        ("", "Decide later"),
        ("create", "Create it as a new source"),
        ("alias", "It is another name of a source we have"),
        ("reject", "Reject: not a source"),
    ]
    decision = forms.ChoiceField(choices=DECISIONS, required=False)
    new_name = forms.CharField(
        max_length=200,
        required=False,
        label="Name",
        help_text=(
            "For a new source: its name as it should stand, where the text gave it inflected "
            "(\u201cИльина\u201d for \u201cСергей Ильин\u201d). Blank keeps the proposed "
            "name; a changed name keeps the proposed one as an alias."
        ),
    )
    kind = forms.ChoiceField(
        choices=Source.Kind.choices,
        initial=Source.Kind.OTHER,
        required=False,
        help_text="For a new source.",
    )
    country = forms.CharField(
        max_length=2, required=False, help_text="For a new source: ISO 3166-1 alpha-2, e.g. GE."
    )
    existing = forms.ModelChoiceField(
        queryset=Source.objects.all(),
        required=False,
        label="Source",
        help_text="For another name: the source it names.",
    )

    class Meta:
        model = SourceProposal
        fields = []

    def clean(self):
        data = super().clean()
        if data.get("decision") == "alias" and not data.get("existing"):
            self.add_error("existing", "Choose the source this is another name of.")
        if data.get("new_name") and data.get("decision") != "create":
            self.add_error("new_name", "A name is given only to a new source.")
        return data


@admin.register(SourceProposal)
class SourceProposalAdmin(ServiceModelAdmin):
    """Proposals are made by extraction and decided here (by the services); none is deleted."""

    form = SourceProposalForm
    list_display = ["name", "state", "document_count", "source", "created_at"]
    list_filter = ["state"]
    search_fields = ["name"]
    readonly_fields = ["name", "state", "found_in", "source", "decided_by", "decided_at"]
    fieldsets = [
        (None, {"fields": ["name", "state", "found_in", "source", "decided_by", "decided_at"]}),
        ("Decision", {"fields": ["decision", "new_name", "kind", "country", "existing"]}),
    ]
    autocomplete_fields = []
    actions = ["reject_proposals"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("source", "decided_by")
            .annotate(document_total=models.Count("documents"))
        )

    def has_add_permission(self, request):
        return False  # extraction proposes them

    @admin.display(description="documents", ordering="document_total")
    def document_count(self, obj):
        return obj.document_total

    @admin.display(description="found in")
    def found_in(self, obj):
        documents = obj.documents.order_by("-published_at", "-id")[:20]
        if not documents:
            return "—"
        return format_html_join(
            mark_safe("<br>"),
            '<a href="../../../document/{}/change/">{}</a>',
            ((document.pk, document.title) for document in documents),
        )

    def get_fieldsets(self, request, obj=None):
        if obj is not None and obj.state != SourceProposal.State.PENDING:
            return self.fieldsets[:1]
        return self.fieldsets

    def run_service(self, request, form, change):
        obj, decision = form.instance, form.cleaned_data.get("decision")
        if decision == "create":
            source_proposal_confirm(
                proposal=obj,
                actor=request.user,
                kind=form.cleaned_data.get("kind") or Source.Kind.OTHER,
                country=(form.cleaned_data.get("country") or "").upper(),
                name=form.cleaned_data.get("new_name") or "",
            )
        elif decision == "alias":
            source_proposal_confirm(
                proposal=obj, actor=request.user, existing=form.cleaned_data["existing"]
            )
        elif decision == "reject":
            source_proposal_reject(proposal=obj, actor=request.user)
        return SourceProposal.objects.get(pk=obj.pk)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if form.cleaned_data.get("decision") in ("create", "alias"):
            source = SourceProposal.objects.select_related("source").get(pk=obj.pk).source
            self.message_user(
                request,
                f"\u201c{obj.name}\u201d now names the source {source.name}; the documents "
                "it was found in are being extracted again, and its statements will appear "
                "as suggested claims.",
                messages.SUCCESS,
            )

    @admin.action(description="Reject the selected proposed sources", permissions=["change"])
    def reject_proposals(self, request, queryset):
        rejected = 0
        for proposal in queryset.filter(state=SourceProposal.State.PENDING):
            try:
                source_proposal_reject(proposal=proposal, actor=request.user)
                rejected += 1
            except (PermissionDenied, ValidationError) as error:
                self.message_user(request, str(error), messages.ERROR)
        self.message_user(request, f"Rejected {rejected}.", messages.SUCCESS)
