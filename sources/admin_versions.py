"""A document's versions and reprints in the admin: notices on its page, list filters, and a
form to record a new version by hand (pasted text)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from .admin_extensions import DocumentLink, register_document_extension
from .models import Document
from .selectors import current_version, placement_counts
from .versioning import document_text_changed

# Reprints named on an original's page; the list filter finds them all.
REPRINTS_SHOWN = 10


def _link(document: Document, text: str):
    url = reverse("admin:sources_document_change", args=[document.pk])
    return format_html('<a href="{}">{}</a>', url, text)


def version_notices(document: Document):
    if document.superseded_at is not None:
        newest = current_version(document)
        yield format_html(
            "Version {} of this story, superseded on {}: the current one is {}. "
            "This text stays as it was, for the claims left on it and the verdicts "
            "published on it.",
            document.version,
            f"{timezone.localtime(document.superseded_at):%Y-%m-%d %H:%M}",
            _link(newest, f"version {newest.version}"),
        )
    elif document.previous_version_id is not None:
        previous = Document.objects.defer("text").get(pk=document.previous_version_id)
        yield format_html(
            "Version {}: the story was edited after publication ({} before).",
            document.version,
            _link(previous, f"version {previous.version}"),
        )
    if document.reprint_of_id is not None:
        original = Document.objects.select_related("publisher").defer("text")
        original = original.get(pk=document.reprint_of_id)
        yield format_html(
            "Reprint of {} ({}){}: claim extraction, framing suggestions, contradiction "
            "candidates and framing profiles count the original only.",
            _link(original, original.title),
            original.publisher,
            ""
            if document.reprint_similarity is None
            else f", {document.reprint_similarity:.0%} of its word runs alike",
        )
    reprints = list(
        document.reprints.select_related("publisher")
        .defer("text")
        .order_by("pk")[: REPRINTS_SHOWN + 1]
    )
    if reprints:
        shown = format_html_join(
            ", ",
            "{} ({})",
            ((_link(reprint, reprint.title), reprint.publisher) for reprint in reprints[:10]),
        )
        more = " and more" if len(reprints) > REPRINTS_SHOWN else ""
        yield format_html("Reprinted by {}{}.", shown, more)


def version_links(document: Document):
    if document.superseded_at is None:
        yield DocumentLink(
            "New version", reverse("admin:sources_document_new_version", args=[document.pk])
        )


register_document_extension(notices=version_notices, links=version_links)


class VersionFilter(admin.SimpleListFilter):
    title = "versions"
    parameter_name = "version"

    def lookups(self, request, model_admin):
        return [
            ("current", "Current versions"),
            ("superseded", "Superseded by a newer version"),
            ("edited", "Edited after publication (version 2 on)"),
        ]

    def queryset(self, request, queryset):
        return {
            "current": queryset.filter(superseded_at__isnull=True),
            "superseded": queryset.filter(superseded_at__isnull=False),
            "edited": queryset.filter(previous_version__isnull=False),
        }.get(self.value(), queryset)


class ReprintFilter(admin.SimpleListFilter):
    title = "reprints"
    parameter_name = "reprint"

    def lookups(self, request, model_admin):
        return [
            ("reprint", "Reprints of another outlet's story"),
            ("original", "Originals reprinted by others"),
            ("alone", "Not reprinted"),
        ]

    def queryset(self, request, queryset):
        reprinted = Document.objects.filter(reprint_of__isnull=False).values("reprint_of")
        return {
            "reprint": queryset.filter(reprint_of__isnull=False),
            "original": queryset.filter(pk__in=reprinted),
            "alone": queryset.filter(reprint_of__isnull=True).exclude(pk__in=reprinted),
        }.get(self.value(), queryset)


class NewVersionForm(forms.Form):
    title = forms.CharField(
        max_length=500, required=False, help_text="The headline as it reads now."
    )
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 24, "cols": 100}),
        strip=False,
        help_text="The whole text as it reads now.",
    )
    # The version the page showed: a version made meanwhile (a feed's fetch, a colleague) is
    # not overwritten by a text pasted against the one before it.
    based_on = forms.IntegerField(widget=forms.HiddenInput, required=False)


def new_version_view(model_admin, request, object_id):
    """Record a document's text as it reads now, pasted by a desk member."""
    document = get_object_or_404(Document.objects.select_related("publisher"), pk=object_id)
    if not model_admin.has_change_permission(request, document):
        raise PermissionDenied
    document = current_version(document)
    form = NewVersionForm(
        request.POST or None,
        initial={"title": document.title, "text": document.text, "based_on": document.pk},
    )
    if request.method == "POST" and form.is_valid():
        based_on = form.cleaned_data["based_on"]
        if based_on is not None and based_on != document.pk:
            form.add_error(
                None,
                f"Version {document.version} of this story was made since this page was "
                "opened: read it, then paste the text again if it still differs.",
            )
            return _page(model_admin, request, document, form)
        try:
            version = document_text_changed(
                document=document,
                text=form.cleaned_data["text"],
                title=form.cleaned_data["title"],
                actor=request.user,
            )
        except ValidationError as error:
            for field, problems in getattr(error, "message_dict", {"text": error.messages}).items():
                form.add_error("text" if field in ("text", "__all__") else None, problems)
        else:
            if version.pk == document.pk:
                model_admin.message_user(
                    request, "The text is the current version's: nothing was made.", messages.INFO
                )
            else:
                counts = placement_counts(version)
                model_admin.message_user(
                    request,
                    f"Version {version.version} made. Claims and framing spans: "
                    f"{counts['exact']} found as they were, {counts['moved']} found with "
                    f"other words around them, {counts['changed']} with their quote changed, "
                    f"{counts['orphan']} not found (orphans).",
                    messages.WARNING if counts["changed"] + counts["orphan"] else messages.SUCCESS,
                )
            return redirect("admin:sources_document_change", version.pk)
    return _page(model_admin, request, document, form)


def _page(model_admin, request, document: Document, form: NewVersionForm) -> TemplateResponse:
    return TemplateResponse(
        request,
        "admin/sources/document/new_version.html",
        {
            **model_admin.admin_site.each_context(request),
            "opts": Document._meta,
            "title": f"New version of “{document.title}”",
            "document": document,
            "form": form,
        },
    )
