from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.text import Truncator

from claims.models import Incident
from desk.admin_helpers import (
    ChangeListDeferMixin,
    LargeListMixin,
    ReadOnlyAdmin,
    ReadOnlyInline,
)
from desk.service_admin import ServiceModelAdmin
from sources.admin import HIGHLIGHT_CSS
from sources.admin_extensions import queue_for_documents, register_document_extension
from sources.highlight import Span, highlight_excerpt
from sources.models import Source

from . import access, profiles, services, tasks
from .admin_annotate import (
    DocumentAnnotationAdminMixin,
    annotate_links,
    category_classes,
    document_annotation_legend,
    document_annotation_spans,
)
from .admin_import import AnnotationImportAdminMixin
from .agreement import agreement
from .models import Annotation, FramingLabel, ImportRun, LexiconEntry
from .profile_chart import profile_chart


@admin.register(FramingLabel)
class FramingLabelAdmin(ServiceModelAdmin):
    create_service = services.framing_label_create
    update_service = services.framing_label_update
    delete_service = services.framing_label_delete
    instance_argument = "label"
    editable_fields = services.LABEL_EDITABLE_FIELDS
    list_display = ["name", "category", "semeval_code", "position", "is_active"]
    list_filter = ["category", "is_active"]
    search_fields = ["name", "slug", "semeval_code", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        match = request.resolver_match
        if match is not None and match.url_name == "autocomplete":
            # New annotations and lexicon entries take only labels still in use.
            queryset = queryset.filter(is_active=True)
        return queryset, may_have_duplicates


@admin.register(LexiconEntry)
class LexiconEntryAdmin(ServiceModelAdmin):
    create_service = services.lexicon_entry_create
    update_service = services.lexicon_entry_update
    delete_service = services.lexicon_entry_delete
    instance_argument = "lexicon_entry"
    actor_argument = "actor"
    editable_fields = services.LEXICON_EDITABLE_FIELDS
    list_display = [
        "term",
        "label",
        "label_category",
        "language",
        "whole_word",
        "case_sensitive",
        "inflects",
        "is_active",
    ]
    list_filter = [
        "language",
        "label__category",
        "is_active",
        "whole_word",
        "case_sensitive",
        "inflects",
    ]
    search_fields = ["term", "note", "label__name"]
    autocomplete_fields = ["label"]
    list_select_related = ["label"]
    readonly_fields = ["created_at", "updated_at"]

    @admin.display(description="Category", ordering="label__category")
    def label_category(self, obj: LexiconEntry):
        return obj.label.get_category_display()


class AnnotationForm(forms.ModelForm):
    quote = forms.CharField(
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 80}),
        help_text="Left empty, it is taken from the text; given, it must match the text exactly.",
    )
    # The person adding the annotation (set by the admin), who becomes its annotator.
    acting_user = None

    class Meta:
        model = Annotation
        fields = ["document", "start", "end", "quote", "label", "state", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "label" in self.fields:
            self.fields["label"].queryset = FramingLabel.objects.filter(is_active=True)

    def clean(self):
        data = super().clean()
        if self.instance.pk is None and self.acting_user is not None:
            # The annotator is not a form field, so the model's per-annotator check cannot run.
            spans = Annotation.objects.filter(
                document=data.get("document"),
                start=data.get("start"),
                end=data.get("end"),
                label=data.get("label"),
                annotator=self.acting_user,
            )
            if None not in (data.get("document"), data.get("label")) and spans.exists():
                raise ValidationError("You have already given this span this label.")
        return data


class ProfileForm(forms.Form):
    sources = forms.ModelMultipleChoiceField(
        queryset=Source.objects.order_by("name"),
        help_text="Up to 12; hold Ctrl (or ⌘) to choose several.",
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    incident = forms.ModelChoiceField(queryset=Incident.objects.all(), required=False)

    def clean(self):
        data = super().clean()
        if len(data.get("sources") or ()) > 12:
            self.add_error("sources", "Compare at most 12 sources at a time.")
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("until", "The range ends before it starts.")
        return data

    def api_query(self) -> str:
        data = self.cleaned_data
        pairs = [("source", source.pk) for source in data["sources"]]
        pairs += [(key, data[key]) for key in ("since", "until") if data[key]]
        if data["incident"]:
            pairs.append(("incident", data["incident"].pk))
        return urlencode(pairs)


def review_suggestions(state: str, verb: str):
    def action(model_admin, request, queryset):
        try:
            changed = services.annotation_review(
                annotations=queryset, state=state, reviewer=request.user
            )
        except PermissionDenied as refusal:
            model_admin.message_user(request, str(refusal), messages.ERROR)
            return
        skipped = queryset.count() - changed
        note = f" {skipped} already reviewed or not suggestions were left as they are." * bool(
            skipped
        )
        model_admin.message_user(
            request, f"{verb} {changed} suggestion{'s' * (changed != 1)}.{note}", messages.SUCCESS
        )

    action.__name__ = f"{state}_suggestions"
    return admin.action(description=f"{verb} selected suggestions")(action)


@admin.register(Annotation)
class AnnotationAdmin(
    AnnotationImportAdminMixin,
    DocumentAnnotationAdminMixin,
    LargeListMixin,
    ChangeListDeferMixin,
    ServiceModelAdmin,
):
    form = AnnotationForm
    create_service = services.annotation_create
    update_service = services.annotation_update
    delete_service = services.annotation_delete
    actor_argument = "user"
    editable_fields = frozenset({"note"})
    change_list_template = "admin/annotations/annotation/change_list.html"
    actions = [
        review_suggestions(Annotation.State.ACCEPTED, "Accepted"),
        review_suggestions(Annotation.State.REJECTED, "Rejected"),
    ]

    def get_urls(self):
        return [
            path(
                "agreement/",
                self.admin_site.admin_view(self.agreement_view),
                name="annotations_annotation_agreement",
            ),
            path(
                "profiles/",
                self.admin_site.admin_view(self.profiles_view),
                name="annotations_annotation_profiles",
            ),
            *super().get_urls(),
        ]

    def profiles_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = ProfileForm(request.GET or None)
        context = {
            **self.admin_site.each_context(request),
            "title": "Framing profiles",
            "form": form,
            "opts": self.model._meta,
        }
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            found = profiles.framing_profiles(
                data["sources"], since=data["since"], until=data["until"], incident=data["incident"]
            )
            context |= {
                "profiles": found if any(v.words for p in found for v in p.views) else [],
                "chart": profile_chart(found),
                "tables": [
                    (
                        title,
                        [(p.source, getattr(p, name)) for p in found],
                        profiles.label_rows(found, name),
                    )
                    for name, title in profiles.VIEWS.items()
                ],
                "min_words": profiles.min_words(),
                "csv_url": f"{reverse('report-framing-profile')}?{form.api_query()}&as=csv",
            }
        return TemplateResponse(request, "admin/annotations/annotation/profiles.html", context)

    def agreement_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        result = agreement()
        return TemplateResponse(
            request,
            "admin/annotations/annotation/agreement.html",
            {
                **self.admin_site.each_context(request),
                "title": "Agreement between annotators",
                "result": result,
                "opts": self.model._meta,
            },
        )

    # Narrow enough to sit beside the filters at 1280 pixels: the label with its category
    # under it, who made the span or which run suggested it in one column, the document by
    # its title, wrapping (Django keeps a relation's text on one line); the creation time is
    # on the span's page.
    list_display = ["id", "short_quote", "label_and_category", "state", "made_by", "document_title"]
    list_display_links = ["id", "short_quote"]
    list_filter = ["state", "origin", "label__category", "label", "document__language"]
    search_fields = [
        "id__exact",
        "quote",
        "note",
        "label__name",
        "document__title",
        "annotator__username",
    ]
    autocomplete_fields = ["document", "label"]
    list_select_related = ["document", "label", "annotator"]
    changelist_defer = ("document__text",)

    class Media:
        css = HIGHLIGHT_CSS

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"acting_user": request.user})

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        # Only the note changes here; suggestions are reviewed by the actions and the
        # annotation page, through the service that never overwrites another's decision.
        return [
            "document",
            "start",
            "end",
            "quote_in_context",
            "label",
            "state",
            "origin",
            "annotator",
            "imported_annotator",
            "lexicon_entry",
            "reviewed_by",
            "reviewed_at",
            "created_at",
            "updated_at",
        ]

    def get_actions(self, request):
        actions = super().get_actions(request)
        # Deleting is for one's own spans, one at a time; suggestions are rejected instead.
        actions.pop("delete_selected", None)
        return actions

    def has_change_permission(self, request, obj=None):
        # Changing one means changing its note: another annotator's page is read-only, and a
        # POST to it is refused.
        allowed = super().has_change_permission(request, obj)
        return allowed and (
            obj is None or services.annotation_note_changeable_by(annotation=obj, user=request.user)
        )

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or obj.annotator_id == request.user.pk)

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ["document", ("start", "end"), "quote", "label", "note"]})]
        return [
            (None, {"fields": ["label", "state", "note"]}),
            ("Span", {"fields": ["document", ("start", "end"), "quote_in_context"]}),
            (
                "Record",
                {
                    "fields": [
                        "origin",
                        "lexicon_entry",
                        ("annotator", "imported_annotator"),
                        ("reviewed_by", "reviewed_at"),
                        "created_at",
                        "updated_at",
                    ]
                },
            ),
        ]

    @admin.display(description="Quote", ordering="quote")
    def short_quote(self, obj: Annotation):
        return obj.quote if len(obj.quote) <= 80 else obj.quote[:79] + "…"

    @admin.display(description="Label", ordering="label__name")
    def label_and_category(self, obj: Annotation):
        return format_html(
            '{}<br><span class="quiet">{}</span>', obj.label.name, obj.label.get_category_display()
        )

    @admin.display(description="By", ordering="annotator__username")
    def made_by(self, obj: Annotation):
        if obj.annotator_id:
            return obj.annotator.get_username()
        return obj.get_origin_display()

    @admin.display(description="Document", ordering="document")
    def document_title(self, obj: Annotation):
        return Truncator(obj.document.title).chars(60)

    @admin.display(description="Quote in context")
    def quote_in_context(self, obj: Annotation):
        excerpt = highlight_excerpt(
            obj.document.text,
            obj.start,
            obj.end,
            span=Span(obj.start, obj.end, (*category_classes(obj.label), "hl-quote")),
        )
        return format_html('<p class="parallax-excerpt">{}</p>', excerpt)

    def create_arguments(self, request, form):
        data = self.form_data(form)
        return {
            **data,
            "quote": data.get("quote") or None,
            "annotator": request.user,
            "origin": Annotation.Origin.MANUAL,
        }


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """Past and running imports of annotation files, read-only: the Import page makes them."""

    list_display = ["id", "format", "state", "created_by", "created_at", "finished_at", "page"]
    list_filter = ["state", "format"]
    list_select_related = ["created_by"]
    fields = ["format", "state", "options", "total", "done", "report", "error", "created_by"]
    readonly_fields = fields

    @admin.display(description="Preview, progress and report")
    def page(self, obj: ImportRun):
        url = reverse("admin:annotations_annotation_import_run", args=[obj.pk])
        return format_html('<a href="{}">Open</a>', url)


# --- The document page --------------------------------------------------------------------------


class DocumentAnnotationInline(ReadOnlyInline):
    model = Annotation
    fields = ["quote", "label", "state", "origin", "annotator", "start", "end"]
    readonly_fields = fields
    ordering = ["start", "end", "id"]
    verbose_name_plural = "Framing annotations in this document"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("label", "annotator")


register_document_extension(
    inlines=[DocumentAnnotationInline],
    spans=document_annotation_spans,
    legend=document_annotation_legend,
    links=annotate_links,
)


@admin.action(description="Suggest framing from the lexicon")
def suggest_framing(model_admin, request, queryset):
    queue_for_documents(
        model_admin,
        request,
        queryset,
        task=tasks.suggest_framing,
        allowed=access.may_run_lexicon(request.user),
        refusal="Only reviewers and editors run the lexicon.",
        requested="Lexicon suggestions requested for {count} document{s}; they appear on each "
        "document's page as suggested spans.",
    )


register_document_extension(actions=[suggest_framing])
