from functools import partial

from django import forms
from django.contrib import admin
from django.db import models
from django.urls import path
from django.utils.html import format_html, format_html_join

from desk.admin_helpers import ChangeListDeferMixin, LargeListMixin, RetiredFilter
from desk.service_admin import ServiceModelAdmin

from . import admin_extensions
from .admin_ingest import DocumentFetchAdminMixin
from .admin_runs import DocumentTaskRunInline, FailedRunFilter
from .admin_versions import ReprintFilter, VersionFilter, new_version_view
from .highlight import highlight
from .languages import language_notices
from .models import Document, Source, SourceAlias, alias_key
from .services import (
    DOCUMENT_EDITABLE_FIELDS,
    SOURCE_ALIAS_EDITABLE_FIELDS,
    SOURCE_EDITABLE_FIELDS,
    document_create,
    document_delete,
    document_update,
    source_alias_add,
    source_alias_delete,
    source_alias_update,
    source_create,
    source_delete,
    source_set_aliases,
    source_update,
)
from .text import normalise_text, text_sha256

# The highlight styles, for the ``Media`` of every admin that shows highlighted text.
HIGHLIGHT_CSS = {"all": ["sources/highlight.css"]}
# Links typed without a scheme are taken as https (Django 6's default).
URL_FIELD_OVERRIDES = {models.URLField: {"assume_scheme": "https"}}


# --- Sources ------------------------------------------------------------------------------------


class SourceAliasForm(forms.ModelForm):
    class Meta:
        model = SourceAlias
        fields = ["alias", "source"]

    def clean_alias(self):
        # The unique key is not a form field, so the model's constraint cannot report this.
        alias = " ".join(self.cleaned_data["alias"].split())
        taken = (
            SourceAlias.objects.filter(key=alias_key(alias))
            .exclude(pk=self.instance.pk)
            .select_related("source")
            .first()
        )
        if taken is not None:
            raise forms.ValidationError(
                f"\u201c{taken.alias}\u201d already belongs to {taken.source}: aliases are "
                "compared without regard to case."
            )
        return alias


class SourceAliasFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        keys = [
            alias_key(form.cleaned_data["alias"])
            for form in self.forms
            if form.cleaned_data.get("alias") and not form.cleaned_data.get("DELETE")
        ]
        if len(set(keys)) != len(keys):
            raise forms.ValidationError("The same alias is listed twice.")


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    form = SourceAliasForm
    formset = SourceAliasFormSet
    fields = ["alias"]
    extra = 1


@admin.register(Source)
class SourceAdmin(ServiceModelAdmin):
    create_service = source_create
    update_service = source_update
    delete_service = source_delete
    editable_fields = SOURCE_EDITABLE_FIELDS
    list_display = ["name", "short_name", "kind", "country", "state_affiliated", "parent"]
    list_filter = ["kind", "state_affiliated", "country", RetiredFilter]

    search_fields = ["name", "short_name", "aliases__alias"]
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "kind", "country", "state_affiliated", "parent"]}),
        ("About", {"fields": ["description", "url"]}),
        ("Record", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    inlines = [SourceAliasInline]
    formfield_overrides = URL_FIELD_OVERRIDES

    def save_formset(self, request, form, formset, change):
        if formset.model is not SourceAlias:
            return super().save_formset(request, form, formset, change)
        aliases = formset.save(commit=False)  # builds the rows and lists the deleted ones
        formset.new_objects = source_set_aliases(
            source=form.instance,
            actor=request.user,
            add=[alias.alias for alias in aliases if alias.pk is None],
            change=[(alias, alias.alias) for alias in aliases if alias.pk is not None],
            remove=formset.deleted_objects,
        )
        return None


@admin.register(SourceAlias)
class SourceAliasAdmin(ServiceModelAdmin):
    form = SourceAliasForm
    create_service = source_alias_add
    update_service = source_alias_update
    delete_service = source_alias_delete
    instance_argument = "source_alias"
    editable_fields = SOURCE_ALIAS_EDITABLE_FIELDS
    list_display = ["alias", "source"]
    search_fields = ["alias", "source__name", "source__short_name"]
    list_filter = ["source__kind"]
    autocomplete_fields = ["source"]
    list_select_related = ["source"]
    fields = ["alias", "source"]


# --- Documents ----------------------------------------------------------------------------------


class DocumentTextField(forms.CharField):
    """The text as typed, only normalised: white space at either end is part of the text."""

    widget = forms.Textarea(attrs={"rows": 18, "cols": 100, "class": "vLargeTextField"})

    def __init__(self, **kwargs):
        kwargs["strip"] = False
        super().__init__(**kwargs)

    def to_python(self, value):
        # Browsers send CRLF line ends; without this every save would look like a text change.
        value = super().to_python(value)
        return normalise_text(value) if value else value


class DocumentForm(forms.ModelForm):
    url = forms.URLField(max_length=1000, required=False, assume_scheme="https")
    text = DocumentTextField()

    class Meta:
        model = Document
        fields = ["title", "url", "publisher", "published_at", "language", "text"]

    def clean(self):
        data = super().clean()
        # sha256 is not a form field, so the form skips the model's unique (publisher, sha256)
        # check, and the service's own check would surface as a server error.
        publisher = data.get("publisher")
        text = data.get("text", self.instance.text if self.instance.pk else None)
        if publisher is None or not text:
            return data
        twin = (
            Document.objects.filter(
                publisher=publisher, sha256=text_sha256(text), superseded_at__isnull=True
            )
            .exclude(pk=self.instance.pk)
            .values_list("pk", flat=True)
            .first()
        )
        if twin is not None:
            self.add_error(
                "text" if "text" in self.fields else None,
                f"This publisher already has a document with exactly this text (document #{twin}).",
            )
            if not self.instance.pk:
                # The text left the cleaned data with its error: the model's own checks, which
                # run next, must still see it, or a new document reads as having none.
                self.instance.text = text
        return data


def text_frozen(document: Document | None) -> bool:
    """Whether spans point into the document (asked once per request and instance)."""
    if document is None or document.pk is None:
        return False
    if not hasattr(document, "_parallax_text_frozen"):
        document._parallax_text_frozen = document.has_spans()
    return document._parallax_text_frozen


def text_in_form(request, document: Document | None) -> bool:
    """Whether the change form carries the text field.

    A frozen text is shown read-only; but when a form loaded before the first span arrived
    posts a text, the field stays so that the model's check reports the conflict on it rather
    than the edit being dropped in silence.
    """
    if not text_frozen(document):
        return True
    return request.method == "POST" and "text" in request.POST


@admin.register(Document)
class DocumentAdmin(
    DocumentFetchAdminMixin, LargeListMixin, ChangeListDeferMixin, ServiceModelAdmin
):
    form = DocumentForm
    change_list_template = "admin/sources/document/change_list.html"
    create_service = document_create
    update_service = document_update
    delete_service = document_delete
    editable_fields = DOCUMENT_EDITABLE_FIELDS
    formfield_overrides = URL_FIELD_OVERRIDES
    list_display = ["title", "publisher", "published_at", "language", "created_by", "created_at"]
    list_filter = [
        "language",
        "publisher__kind",
        "publisher__state_affiliated",
        "published_at",
        FailedRunFilter,
        VersionFilter,
        ReprintFilter,
        RetiredFilter,
    ]
    search_fields = [
        "title",
        "url",
        "publisher__name",
        "publisher__short_name",
        "=sha256",
        "=external_id",
    ]
    autocomplete_fields = ["publisher"]
    list_select_related = ["publisher", "created_by"]
    date_hierarchy = "published_at"
    changelist_defer = ("text",)
    change_form_template = "admin/sources/document/change_form.html"
    readonly_fields = [
        "highlighted_text",
        "sha256",
        "external_collection",
        "external_id",
        "created_by",
        "created_at",
        "updated_at",
    ]

    class Media:
        css = HIGHLIGHT_CSS

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly if text_in_form(request, obj) else [*readonly, "text"]

    def get_urls(self):
        view = self.admin_site.admin_view(partial(new_version_view, self))
        new_version = path(
            "<int:object_id>/new-version/", view, name="sources_document_new_version"
        )
        return [new_version, *super().get_urls()]

    def get_actions(self, request):
        actions = super().get_actions(request)
        for action in admin_extensions.document_actions:
            func, name, description = self.get_action(action)
            actions[name] = (func, name, description)
        return actions

    def get_fieldsets(self, request, obj=None):
        metadata = ["title", "url", "publisher", "published_at", "language"]
        if obj is None:
            return [(None, {"fields": [*metadata, "text"]})]
        frozen = text_frozen(obj)
        return [
            (None, {"fields": [*metadata, "text"] if text_in_form(request, obj) else metadata}),
            (
                "Text with claims and framing",
                {
                    "fields": ["highlighted_text"],
                    "description": "The text is frozen: claims or framing annotations point "
                    "into it."
                    if frozen
                    else "The text can still change: nothing points into it yet.",
                },
            ),
            (
                "Record",
                {
                    "fields": [
                        "sha256",
                        ("external_collection", "external_id"),
                        "created_by",
                        "created_at",
                        "updated_at",
                    ]
                },
            ),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            context["document_links"] = [
                link
                for provider in admin_extensions.document_link_providers
                for link in provider(obj)
            ]
            context["document_notices"] = [
                *language_notices(obj),
                *(
                    notice
                    for provider in admin_extensions.document_notice_providers
                    for notice in provider(obj)
                ),
            ]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_inlines(self, request, obj):
        if obj is None:
            return list(self.inlines)
        return [*self.inlines, *admin_extensions.document_inlines, DocumentTaskRunInline]

    def get_search_results(self, request, queryset, search_term):
        # Autocomplete lists titles: do not load whole texts for them.
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset.defer("text"), may_have_duplicates

    @admin.display(description="Text")
    def highlighted_text(self, obj: Document):
        if obj.pk is None:
            return "—"
        spans = [
            span for provider in admin_extensions.document_span_providers for span in provider(obj)
        ]
        entries = [
            entry for provider in admin_extensions.document_legend_providers for entry in provider()
        ]
        legend = format_html_join(
            "",
            '<li><span class="hl {}">{}</span></li>',
            ((" ".join(entry.classes), entry.label) for entry in entries),
        )
        return format_html(
            '<ul class="hl-legend" aria-label="Legend">{}</ul>'
            '<div class="parallax-text" lang="{}">{}</div>',
            legend,
            obj.language,
            highlight(obj.text, spans),
        )

    def create_arguments(self, request, form):
        return {**self.form_data(form), "created_by": request.user}


# The editors' decisions on proposed sources (sources.admin_proposals registers them).
from . import admin_proposals  # noqa: E402, F401
