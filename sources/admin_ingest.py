"""The admin of fetching: the "Add by address" page and "Fetch again" on documents, their
snapshots, the sites of sources, and the feeds with their polls ("Poll now"). Every write is a
service of ``sources.ingesting`` or ``sources.feeds``."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from desk.admin_helpers import ReadOnlyInline
from desk.roles import is_desk_member, is_editor
from desk.service_admin import ServiceModelAdmin, refusal_messages

from . import admin_extensions
from .feeds import feed_create, feed_delete, feed_update, feeds_poll_now
from .ingesting import (
    document_ingest_url,
    document_refetch,
    source_domain_add,
    source_domain_delete,
)
from .models import Feed, FeedPoll, Snapshot, Source, SourceDomain


class AddByAddressForm(forms.Form):
    url = forms.CharField(
        label="Address",
        max_length=1000,
        widget=forms.URLInput(attrs={"size": 80, "autofocus": True}),
        help_text="The page of an article or a statement (http or https).",
    )
    source = forms.ModelChoiceField(
        queryset=Source.objects.filter(retired_at__isnull=True),
        required=False,
        help_text="Its publisher, when no source has the page's site (Sources and documents → "
        "Source domains).",
    )


class DocumentFetchAdminMixin:
    """For DocumentAdmin: the "Add by address" page."""

    def get_urls(self):
        return [
            path(
                "add-by-address/",
                self.admin_site.admin_view(self.add_by_address_view),
                name="sources_document_add_by_address",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra = {"may_add_by_address": is_desk_member(request.user)}
        return super().changelist_view(request, {**(extra_context or {}), **extra})

    def add_by_address_view(self, request):
        if not is_desk_member(request.user):
            raise PermissionDenied
        form = AddByAddressForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                ingested = document_ingest_url(
                    url=form.cleaned_data["url"],
                    source=form.cleaned_data["source"],
                    actor=request.user,
                )
            except ValidationError as error:  # FetchError, or a text the desk refuses
                form.add_error("url", error.messages)
            else:
                document = ingested.document
                if ingested.created:
                    message = f"“{document}” was added from its address."
                elif ingested.text_changed:
                    message = f"“{document}” was already here; fetched again, its text changed."
                else:
                    message = f"“{document}” was already here; fetched again, text unchanged."
                self.message_user(request, message, messages.SUCCESS)
                return HttpResponseRedirect(
                    reverse("admin:sources_document_change", args=[document.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "title": "Add a document by its address",
            "opts": self.model._meta,
            "form": form,
        }
        return TemplateResponse(request, "admin/sources/document/add_by_address.html", context)


@admin.action(description="Fetch again (documents with an address)")
def fetch_again(model_admin, request, queryset):
    if not is_desk_member(request.user):
        model_admin.message_user(request, "Only reviewers and editors fetch.", messages.ERROR)
        return
    changed = unchanged = 0
    for document in queryset.exclude(url="", canonical_url=""):
        try:
            ingested = document_refetch(document=document, actor=request.user)
        except (ValidationError, PermissionDenied) as error:
            refusal = " ".join(refusal_messages(error))
            model_admin.message_user(request, f"{document}: {refusal}", messages.ERROR)
            continue
        changed += ingested.text_changed
        unchanged += not ingested.text_changed
    model_admin.message_user(
        request, f"Fetched again: {changed} changed, {unchanged} unchanged.", messages.SUCCESS
    )


class SnapshotInline(ReadOnlyInline):
    """The page as each fetch found it; its raw HTML is kept, compressed."""

    model = Snapshot
    fk_name = "document"
    verbose_name_plural = "snapshots of its page"
    fields = ["fetched_at", "final_url", "status", "size", "sha256", "text", "read_from_page"]
    readonly_fields = fields
    show_change_link = False

    def get_queryset(self, request):
        snapshots = super().get_queryset(request).defer("html_compressed")
        return snapshots.annotate(document_sha256=F("document__sha256"))

    @admin.display(description="text")
    def text(self, obj: Snapshot) -> str:
        return "as the document's" if obj.text_sha256 == obj.document_sha256 else "different"

    @admin.display(description="the page said")
    def read_from_page(self, obj: Snapshot) -> str:
        meta = obj.metadata or {}
        keys = ("title", "author", "site", "published_at", "language")
        return "; ".join(f"{key}: {meta[key]}" for key in keys if meta.get(key))


admin_extensions.register_document_extension(inlines=[SnapshotInline], actions=[fetch_again])


@admin.register(SourceDomain)
class SourceDomainAdmin(ServiceModelAdmin):
    create_service = source_domain_add
    delete_service = source_domain_delete
    instance_argument = "source_domain"
    actor_argument = "actor"
    list_display = ["domain", "source"]
    search_fields = ["domain", "source__name"]
    autocomplete_fields = ["source"]
    fields = ["domain", "source"]

    def has_change_permission(self, request, obj=None):
        # A domain is added or removed, not edited: the form shows it read-only.
        return obj is None and super().has_change_permission(request, obj)


class RecentPollsFormSet(forms.BaseInlineFormSet):
    def get_queryset(self):
        return super().get_queryset()[:RECENT_POLLS]


RECENT_POLLS = 50


class FeedPollInline(ReadOnlyInline):
    model = FeedPoll
    formset = RecentPollsFormSet
    verbose_name_plural = f"polls (the last {RECENT_POLLS}, newest first)"
    fields = [
        "started_at",
        "outcome",
        "items_seen",
        "items_new",
        "items_updated",
        "items_failed",
        "item_failures",
    ]
    readonly_fields = fields
    show_change_link = False

    @admin.display(description="outcome")
    def outcome(self, poll: FeedPoll) -> str:
        if poll.error:
            return f"Failed: {poll.error}"
        return "Not modified (304)." if poll.not_modified else f"Answered {poll.status}."

    @admin.display(description="items that failed")
    def item_failures(self, poll: FeedPoll) -> str:
        return "; ".join(f"{item['url']}: {item['error']}" for item in poll.item_errors)


class FeedForm(forms.ModelForm):
    class Meta:
        model = Feed
        fields = ["source", "url", "title", "poll_minutes", "active"]


@admin.register(Feed)
class FeedAdmin(ServiceModelAdmin):
    form = FeedForm
    create_service = feed_create
    update_service = feed_update
    delete_service = feed_delete
    actor_argument = "actor"
    list_display = [
        "__str__",
        "source",
        "active",
        "poll_minutes",
        "last_polled_at",
        "last_poll",
        "next_poll_at",
        "failures",
    ]
    list_filter = ["active", "source"]
    list_select_related = ["source"]
    search_fields = ["url", "title", "source__name"]
    autocomplete_fields = ["source"]
    readonly_fields = ["next_poll_at", "last_polled_at", "failures", "last_error", "etag"]
    inlines = [FeedPollInline]
    actions = ["poll_now"]

    @admin.display(description="last poll")
    def last_poll(self, feed: Feed) -> str:
        if feed.last_polled_at is None:
            return "not yet"
        if feed.last_error:
            return f"Failed: {feed.last_error}"
        return "ok"

    @admin.action(description="Poll now")
    def poll_now(self, request, queryset):
        if not is_editor(request.user):
            self.message_user(request, "Only editors poll feeds.", messages.ERROR)
            return
        count = feeds_poll_now(feeds=queryset, actor=request.user)
        self.message_user(
            request,
            f"{count} feed{'s' * (count != 1)} polled (with a worker: queued).",
            messages.SUCCESS,
        )
