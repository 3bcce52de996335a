"""Reviews by other fact-checkers in the admin: their list, "Import ClaimReview…" (a file, the
claims it concerns, a preview, then the import), and "Other fact-checkers said" on a claim's
page.

Every write is a service of ``publishing.services``: the import, the links to claims, removal.
"""

import json

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from claims.models import Claim
from desk.service_admin import ServiceModelAdmin
from desk.text import whole_number

from . import selectors, services
from .claimreview_reading import Unreadable, parse_json
from .models import EXTERNAL_REVIEW_READ_FIELDS, ExternalReview

# A ClaimReview file is a few kilobytes; a feed of thousands of reviews stays well below this.
MAX_FILE_BYTES = 2_000_000


class ClaimReviewImportForm(forms.Form):
    file = forms.FileField(
        required=False, help_text="ClaimReview JSON-LD: one review, a list, a @graph or a feed."
    )
    # The file's text, carried from the preview to the confirmation.
    content = forms.CharField(required=False, widget=forms.HiddenInput, strip=False)
    claims = forms.ModelMultipleChoiceField(
        queryset=Claim.objects.all(),
        required=False,
        help_text="The desk's claims these reviews concern: linked to every review of the file.",
    )
    skip_bad = forms.BooleanField(
        required=False, label="Import the good items of a file with bad ones"
    )

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        # The same claim search as everywhere in the admin.
        claims = self.fields["claims"]
        claims.widget = AutocompleteSelectMultiple(
            ExternalReview._meta.get_field("claims"), admin_site
        )
        claims.widget.choices = claims.choices

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload is not None:
            if upload.size > MAX_FILE_BYTES:
                raise ValidationError(f"The file has more than {MAX_FILE_BYTES:,} bytes.")
            raw = upload.read()
        elif data.get("content"):
            raw = data["content"].encode("utf-8")
        else:
            raise ValidationError("Choose a ClaimReview file.")
        try:
            data["parsed"] = parse_json(raw)
            data["content"] = raw.decode("utf-8")
        except Unreadable as error:
            raise ValidationError(str(error)) from None
        return data


@admin.register(ExternalReview)
class ExternalReviewAdmin(ServiceModelAdmin):
    """Reviews other fact-checkers published, as imported: read-only but for the claims they
    concern. New ones come in through "Import ClaimReview…"."""

    delete_service = services.external_review_delete
    instance_argument = "review"
    change_list_template = "admin/publishing/externalreview/change_list.html"
    list_display = [
        "fact_checker",
        "rating",
        "claim_reviewed_short",
        "date_published",
        "imported_at",
    ]
    list_filter = ["author_name", "date_published", "imported_at"]
    search_fields = ["claim_reviewed", "item_author_name"]
    search_help_text = "Words of the claim they reviewed, or of its author's name."
    date_hierarchy = "date_published"
    autocomplete_fields = ["claims"]
    fields = [
        "claims",
        "link",
        *EXTERNAL_REVIEW_READ_FIELDS,
        "raw_json",
        "imported_by",
        "imported_at",
    ]
    readonly_fields = [name for name in fields if name != "claims"]

    def has_add_permission(self, request):
        return False  # "Import ClaimReview…" adds them

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="publishing_externalreview_import",
            ),
            *super().get_urls(),
        ]

    def run_service(self, request, form, change: bool):
        if "claims" not in form.changed_data:
            return form.instance
        return services.external_review_link(
            review=form.instance,
            claims=[c.pk for c in form.cleaned_data["claims"]],
            actor=request.user,
        )

    @admin.display(description="Fact-checker", ordering="author_name")
    def fact_checker(self, review: ExternalReview) -> str:
        return review.publisher

    @admin.display(description="Their rating")
    def rating(self, review: ExternalReview) -> str:
        numbers = review.rating_numbers
        return (
            " ".join(part for part in (review.rating_text, numbers and f"({numbers})") if part)
            or "—"
        )

    @admin.display(description="Claim they reviewed")
    def claim_reviewed_short(self, review: ExternalReview) -> str:
        text = review.claim_reviewed
        return text if len(text) <= 120 else text[:119] + "…"

    @admin.display(description="Their review")
    def link(self, review: ExternalReview):
        return format_html(
            '<a href="{}" rel="noopener noreferrer nofollow">{}</a>', review.url, review.url
        )

    @admin.display(description="As published (JSON-LD)")
    def raw_json(self, review: ExternalReview):
        text = json.dumps(review.raw, ensure_ascii=False, indent=2)
        return format_html('<pre class="parallax-raw-json">{}</pre>', text)

    def import_view(self, request: HttpRequest):
        if not request.user.has_perm("publishing.add_externalreview"):
            raise PermissionDenied  # reviewers and editors import
        initial = {"claims": request.GET.getlist("claims")}
        posted = request.method == "POST"
        form = ClaimReviewImportForm(
            request.POST if posted else None,
            request.FILES if posted else None,
            initial=initial,
            admin_site=self.admin_site,
        )
        preview = None
        if posted and form.is_valid():
            data = form.cleaned_data
            claims = [claim.pk for claim in data["claims"]]
            if "confirm" in request.POST and self._import(request, data, claims):
                return HttpResponseRedirect(reverse("admin:publishing_externalreview_changelist"))
            try:
                preview = selectors.claimreview_preview(data["parsed"])
            except ValidationError as error:
                form.add_error(None, error.message_dict.get("data", error.messages))
        return TemplateResponse(
            request,
            "admin/publishing/externalreview/import.html",
            {
                **self.admin_site.each_context(request),
                "title": "Import ClaimReview",
                "form": form,
                "preview": preview,
                "content": form.cleaned_data.get("content", "") if form.is_bound else "",
                "chosen": {str(pk) for pk in form["claims"].value() or ()},
                "media": self.media + form.media,
                "opts": self.model._meta,
            },
        )

    def _import(self, request, data: dict, claims: list[int]) -> bool:
        try:
            report = services.claimreview_import(
                data=data["parsed"], actor=request.user, claims=claims, skip_bad=data["skip_bad"]
            )
        except (ValidationError, PermissionDenied) as error:
            text = " ".join(getattr(error, "messages", None) or [str(error)])
            messages.error(request, f"Nothing was imported. {text}")
            return False
        if not report.written:
            messages.error(request, "Nothing was imported: the file has bad items (see below).")
            return False
        skipped = f", {len(report.refused)} bad items skipped" if report.refused else ""
        linked = f"; linked to claims {', '.join(f'#{pk}' for pk in claims)}" if claims else ""
        messages.success(
            request,
            f"{len(report.created)} imported, {len(report.already_there)} already there"
            f"{skipped}{linked}.",
        )
        return True


class ClaimExternalReviewsAdminMixin:
    """For the claims admin: "Other fact-checkers said" on a claim's page."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        claim_id = whole_number(str(object_id))
        if claim_id is not None and request.user.has_perm("publishing.view_externalreview"):
            extra_context = {
                **(extra_context or {}),
                "external_reviews_claim_id": claim_id,
                # One query; a claim that is not there answers 404 before the page uses it.
                "external_reviews": selectors.claim_external_reviews(claim_id),
                "may_import_reviews": request.user.has_perm("publishing.add_externalreview"),
            }
        return super().change_view(request, object_id, form_url, extra_context)
