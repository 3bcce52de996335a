"""The structured account in the admin: read on the claim's page, corrected on its own page.

Every write is ``account_update`` (reviewers and editors); casualties are typed as a short
list, one count a line: ``AZ killed 1-2-3`` (low, best, high), ``AM wounded 4`` (one figure),
``AM killed 0 civilians``.
"""

import re

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html

from desk.service_admin import ServiceModelAdmin

from .models import Casualties, ClaimAccount, Place, PlaceName
from .services import ACCOUNT_FIELDS, account_delete, account_update

LINE = re.compile(
    r"^(?P<side>[A-Z]{2})\s+(?P<kind>killed|wounded|captured)\s+"
    r"(?P<low>\d+)(?:-(?P<best>\d+)-(?P<high>\d+))?(?P<civilians>\s+civilians)?$"
)


def casualties_text(account: ClaimAccount) -> str:
    return "\n".join(
        f"{c.side} {c.kind} {c.low}-{c.best}-{c.high}{' civilians' if c.civilians else ''}"
        for c in account.casualties.all()
    )


def parse_casualties(text: str) -> list[tuple]:
    rows, errors = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        match = LINE.match(line)
        if match is None:
            errors.append(
                f"Line {number}: write “SIDE KIND LOW-BEST-HIGH” or “SIDE KIND N”, e.g. "
                "“AZ killed 1-2-3” or “AM wounded 4 civilians”."
            )
            continue
        low = int(match["low"])
        best, high = int(match["best"] or low), int(match["high"] or low)
        rows.append((match["side"], match["kind"], low, best, high, bool(match["civilians"])))
    if errors:
        raise ValidationError(errors)
    return rows


class ClaimAccountForm(forms.ModelForm):
    casualties = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One count a line: “AZ killed 1-2-3” (low-best-high), “AM wounded 4”, "
        "“AM killed 0 civilians”.",
    )

    class Meta:
        model = ClaimAccount
        fields = sorted(ACCOUNT_FIELDS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["casualties"] = casualties_text(self.instance)

    def clean_casualties(self):
        return parse_casualties(self.cleaned_data["casualties"])


@admin.register(ClaimAccount)
class ClaimAccountAdmin(ServiceModelAdmin):
    form = ClaimAccountForm
    update_service = account_update
    delete_service = account_delete
    instance_argument = "account"
    actor_argument = "actor"
    editable_fields = ACCOUNT_FIELDS
    list_display = ["claim", "act", "initiator", "target", "place", "occurred_on", "reviewed_at"]
    list_filter = ["act", "initiator", "target", ("reviewed_at", admin.EmptyFieldListFilter)]
    list_select_related = ["claim", "place"]
    search_fields = ["claim__summary", "place__name"]
    autocomplete_fields = ["place"]
    readonly_fields = ["claim_link", "reviewed_by", "reviewed_at"]
    fields = ["claim_link", *sorted(ACCOUNT_FIELDS), "casualties", "reviewed_by", "reviewed_at"]

    def has_add_permission(self, request):
        return False  # every claim has one, read from its words

    def update_arguments(self, request, form, changed):
        arguments = super().update_arguments(request, form, changed)
        arguments["casualties"] = form.cleaned_data["casualties"]
        return arguments

    def run_service(self, request, form, change):
        # Saving the form is the reviewer's word on the whole account, changed or not.
        fields = {name: form.cleaned_data[name] for name in ACCOUNT_FIELDS}
        return account_update(
            account=form.instance,
            actor=request.user,
            casualties=form.cleaned_data["casualties"],
            **fields,
        )

    @admin.display(description="Claim")
    def claim_link(self, obj: ClaimAccount):
        return format_html(
            '<a href="{}">#{} {}</a>',
            reverse("admin:claims_claim_change", args=[obj.claim_id]),
            obj.claim_id,
            obj.claim.summary,
        )


class PlaceNameInline(admin.TabularInline):
    model = PlaceName
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    """The gazetteer, read-only here: it is loaded from ``places.toml`` (``load_places``)."""

    list_display = ["name", "kind", "administered_by", "within"]
    list_filter = ["kind", "administered_by"]
    search_fields = ["name", "names__name", "key"]
    inlines = [PlaceNameInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


__all__ = ["Casualties"]
