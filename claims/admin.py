from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from desk.admin_helpers import LargeListMixin, ReadOnlyAdmin, RetiredFilter
from desk.service_admin import ServiceModelAdmin
from sources.admin import HIGHLIGHT_CSS
from sources.highlight import Span, highlight_excerpt
from sources.text import sentences_around

from . import (
    admin_documents,  # noqa: F401  (adds the claims to the document page)
    admin_extraction,  # noqa: F401  (adds extraction to the document list)
    selectors,
)
from .accounts import admin as accounts_admin  # noqa: F401  (registers the accounts' admins)
from .admin_pairs import ClaimPairingAdminMixin
from .admin_selection import DocumentClaimsAdminMixin
from .admin_versions import AnchorStateFilter, ClaimVersionsAdminMixin
from .models import Attribution, Claim, ClaimAccount, ClaimPair, Incident
from .services import (
    CLAIM_EDITABLE_FIELDS,
    CLAIM_PUBLIC_FIELDS,
    INCIDENT_EDITABLE_FIELDS,
    PAIR_EDITABLE_FIELDS,
    claim_create,
    claim_delete,
    claim_pair_create,
    claim_pair_delete,
    claim_pair_update,
    claim_public_fields_frozen,
    claim_set_relay_chain,
    claim_update,
    incident_create,
    incident_delete,
    incident_update,
)

# Fields of an existing claim that the admin may change; its span and speaker are fixed, and
# its status belongs to the workflow.
CLAIM_SPAN_FIELDS = ["document", "start", "end", "quote", "speaker"]


def _claim_link(claim: Claim):
    return format_html(
        '<a href="{}">#{}</a> {} <span class="quiet">({})</span>',
        reverse("admin:claims_claim_change", args=[claim.pk]),
        claim.pk,
        claim.summary,
        claim.speaker.display_name,
    )


# --- Incidents ----------------------------------------------------------------------------------


@admin.register(Incident)
class IncidentAdmin(ServiceModelAdmin):
    create_service = incident_create
    update_service = incident_update
    delete_service = incident_delete
    editable_fields = INCIDENT_EDITABLE_FIELDS
    list_display = ["title", "starts_on", "ends_on", "place", "claim_count"]
    list_filter = ["starts_on"]
    search_fields = ["title", "place", "description"]
    date_hierarchy = "starts_on"
    readonly_fields = ["matrix", "created_at"]

    def get_urls(self):
        return [
            path(
                "<int:incident_id>/matrix/",
                self.admin_site.admin_view(self.matrix_view),
                name="claims_incident_matrix",
            ),
            *super().get_urls(),
        ]

    def matrix_view(self, request, incident_id: int):
        incident = get_object_or_404(Incident, pk=incident_id)
        if not self.has_view_permission(request, incident):
            raise PermissionDenied
        return TemplateResponse(
            request,
            "admin/claims/incident/matrix.html",
            {
                **self.admin_site.each_context(request),
                "title": f"{incident.title}: who says what",
                "incident": incident,
                "matrix": selectors.incident_matrix(incident),
                "accounts": selectors.incident_accounts(incident),
                "opts": self.model._meta,
            },
        )

    @admin.display(description="Claims and contradictions")
    def matrix(self, obj):
        if obj.pk is None:
            return "—"
        return format_html(
            '<a href="{}">Claims by speaker, and the pairs between them</a>',
            reverse("admin:claims_incident_matrix", args=[obj.pk]),
        )

    def get_queryset(self, request):
        # An aggregate drops Meta.ordering; autocomplete pages need an order.
        queryset = super().get_queryset(request).annotate(claim_count=Count("claims"))
        return queryset.order_by(*Incident._meta.ordering)

    @admin.display(description="Claims", ordering="claim_count")
    def claim_count(self, obj):
        return obj.claim_count


# --- Claims -------------------------------------------------------------------------------------


class RelayChainFormSet(forms.BaseInlineFormSet):
    def ordered_sources(self):
        """The chain the forms describe: by position, rows without one last in form order."""
        rows = []
        for index, form in enumerate(self.forms):
            data = getattr(form, "cleaned_data", None) or {}
            if data.get("DELETE") or not data.get("source"):
                continue
            position = data.get("position")
            rows.append((position is None, position or 0, index, data["source"]))
        return [row[-1] for row in sorted(rows, key=lambda row: row[:3])]

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        ids = [source.pk for source in self.ordered_sources()]
        if self.instance.speaker_id is not None and self.instance.speaker_id in ids:
            raise ValidationError(
                "The speaker is the start of the chain; list only who relayed it."
            )
        if len(set(ids)) != len(ids):
            raise ValidationError("A source appears twice in the relay chain.")


class RelayLinkForm(forms.ModelForm):
    position = forms.IntegerField(
        min_value=1,
        required=False,
        help_text="1 is closest to the speaker. Left empty: after the numbered links.",
    )

    class Meta:
        model = Attribution
        fields = ["position", "source"]


class RelayChainInline(admin.TabularInline):
    """The claim's relay chain, saved as a whole through ``claim_set_relay_chain``."""

    model = Attribution
    form = RelayLinkForm
    formset = RelayChainFormSet
    fields = ["position", "source"]
    autocomplete_fields = ["source"]
    ordering = ["position"]
    extra = 1
    verbose_name = "relay link"
    verbose_name_plural = "Relay chain (who passed the statement on, closest to the speaker first)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")

    # A published claim's chain is what its verdict froze: it is edited after a reopen.
    def has_add_permission(self, request, obj=None):
        frozen = obj is not None and claim_public_fields_frozen(obj)
        return not frozen and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        frozen = obj is not None and claim_public_fields_frozen(obj)
        return not frozen and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        frozen = obj is not None and claim_public_fields_frozen(obj)
        return not frozen and super().has_delete_permission(request, obj)


class ClaimForm(forms.ModelForm):
    quote = forms.CharField(
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text="Left empty, it is taken from the text; given, it must match the text exactly.",
    )

    class Meta:
        model = Claim
        fields = [*CLAIM_SPAN_FIELDS, "summary", "incident", "stated_on"]

    def clean_summary(self):
        return " ".join(self.cleaned_data["summary"].split())


@admin.register(Claim)
class ClaimAdmin(
    ClaimVersionsAdminMixin,
    DocumentClaimsAdminMixin,
    ClaimPairingAdminMixin,
    LargeListMixin,
    ServiceModelAdmin,
):
    form = ClaimForm
    create_service = claim_create
    update_service = claim_update
    delete_service = claim_delete
    editable_fields = CLAIM_EDITABLE_FIELDS
    actions = [
        "pair_as_contradicting",
        "pair_as_corroborating",
    ]
    # Lean for speed at a million claims (each column costs every row); the document is one
    # click away on the claim's page. Narrow enough to sit beside the filters at 1280 pixels:
    # the speaker by its short name and the incident by its title, both wrapping (Django keeps
    # a relation's text on one line), and no creation time (a filter, and on the claim's page).
    list_display = ["id", "summary", "speaker_name", "status", "incident_title", "stated_on"]
    list_display_links = ["summary"]
    list_per_page = 25
    # A million claims: every filter here needs no query of its own (no distinct values, no
    # date hierarchy), and the count is the planner's estimate when it is large.
    list_filter = [
        "status",
        "speaker__kind",
        "stated_on",
        "created_at",
        AnchorStateFilter,
        RetiredFilter,
    ]
    # Each column has a trigram index on PostgreSQL. Claim numbers and speakers are matched in
    # get_search_results: as search fields they would put a cast or a join into the OR, and the
    # database could then use no index at all.
    search_fields = ["summary", "quote"]
    search_help_text = (
        "Words of the summary or the quote, a speaker's name or alias, a claim number."
    )
    autocomplete_fields = ["document", "speaker", "incident"]
    list_select_related = ["speaker", "incident"]
    inlines = [RelayChainInline]

    class Media:
        css = HIGHLIGHT_CSS

    @admin.display(description="Speaker", ordering="speaker__name")
    def speaker_name(self, obj: Claim):
        return obj.speaker.display_name

    @admin.display(description="Incident", ordering="incident__title")
    def incident_title(self, obj: Claim):
        return Truncator(obj.incident.title).chars(60) if obj.incident_id else None

    def get_readonly_fields(self, request, obj=None):
        readonly = [
            "status",
            "quote_in_context",
            "structured_account",
            "pairs",
            "placements",
            "created_by",
            "created_at",
            "updated_at",
        ]
        if obj is None:
            return readonly
        frozen = sorted(CLAIM_PUBLIC_FIELDS) if claim_public_fields_frozen(obj) else []
        return [*CLAIM_SPAN_FIELDS, *frozen, *readonly]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [
                (None, {"fields": ["document", ("start", "end"), "quote", "speaker", "summary"]}),
                ("Context", {"fields": ["incident", "stated_on"]}),
            ]
        return [
            (None, {"fields": ["summary", "speaker", "status", "incident", "stated_on"]}),
            ("Span", {"fields": ["document", ("start", "end"), "quote_in_context"]}),
            *self.version_fieldsets(obj),
            ("Structured account", {"fields": ["structured_account"]}),
            ("Pairs", {"fields": ["pairs"]}),
            ("Record", {"fields": ["created_by", "created_at", "updated_at"]}),
        ]

    def get_search_results(self, request, queryset, search_term):
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        also = selectors.claim_number_or_speaker_filter(search_term)
        if also is not None:
            found |= queryset.filter(also)
        return found, may_have_duplicates

    @admin.display(description="What it says happened")
    def structured_account(self, obj: Claim):
        account = ClaimAccount.objects.filter(claim=obj).select_related("place").first()
        if account is None:
            return "No structured account: the claim's language has no rules for one."
        parts = [
            account.get_act_display() if account.act else "act not read",
            f"by {account.initiator}" if account.initiator else "",
            f"against {account.target}" if account.target else "",
            f"at {account.place}" if account.place_id else "",
            account.time_of_day,
        ]
        state = "reviewed" if account.is_reviewed else "suggested from its words"
        return format_html(
            '{} <span class="quiet">({})</span> <a href="{}">Correct it…</a>',
            " ".join(part for part in parts if part),
            state,
            reverse("admin:claims_claimaccount_change", args=[obj.pk]),
        )

    @admin.display(description="Quote in context")
    def quote_in_context(self, obj: Claim):
        if obj.pk is None:
            return "—"
        excerpt = highlight_excerpt(
            obj.document.text, obj.start, obj.end, span=Span(obj.start, obj.end, ("hl-quote",))
        )
        return format_html('<p class="parallax-excerpt">{}</p>', excerpt)

    @admin.display(description="Pairs")
    def pairs(self, obj: Claim):
        if obj.pk is None:
            return "—"
        pairs = (
            ClaimPair.objects.filter(Q(claim_a=obj) | Q(claim_b=obj))
            .select_related("claim_a__speaker", "claim_b__speaker")
            .order_by("-created_at", "-id")
        )
        rows = format_html_join(
            "",
            '<li><a href="{}">Pair #{}</a>: {} {}</li>',
            (
                (
                    reverse("admin:claims_claimpair_change", args=[pair.pk]),
                    pair.pk,
                    pair.get_relation_display().lower(),
                    _claim_link(pair.claim_b if pair.claim_a_id == obj.pk else pair.claim_a),
                )
                for pair in pairs
            ),
        )
        add_url = reverse("admin:claims_claimpair_add") + f"?claim_a={obj.pk}"
        return format_html(
            '<ul class="parallax-pairs">{}</ul><p><a class="addlink" href="{}">Pair this claim '
            "with another</a></p>",
            rows or format_html("<li>{}</li>", "Not paired with any claim yet."),
            add_url,
        )

    def create_arguments(self, request, form):
        data = self.form_data(form)
        return {**data, "quote": data.get("quote") or None, "created_by": request.user}

    def save_formset(self, request, form, formset, change):
        if formset.model is not Attribution:
            return super().save_formset(request, form, formset, change)
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        if formset.has_changed():
            formset.new_objects = claim_set_relay_chain(
                claim=form.instance, relay_chain=formset.ordered_sources()
            )
        return None


@admin.register(Attribution)
class AttributionAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """Relay links are edited on their claim, where the chain is saved as a whole."""

    list_display = ["claim", "position", "source"]
    list_filter = ["source__kind"]
    search_fields = ["source__name", "source__short_name", "claim__summary"]
    list_select_related = ["claim", "source"]
    autocomplete_fields = ["claim", "source"]


# --- Pairs --------------------------------------------------------------------------------------


class ClaimPairForm(forms.ModelForm):
    class Meta:
        model = ClaimPair
        fields = ["claim_a", "claim_b", "relation", "rationale"]

    def clean(self):
        data = super().clean()
        first, second = data.get("claim_a"), data.get("claim_b")
        if first is None or second is None:
            return data
        # Errors go on claim_b, which also spares the user the database constraints' wording.
        if first.pk == second.pk:
            self.add_error("claim_b", "A claim cannot be paired with itself.")
            return data
        # The couple is stored once, in id order, whichever way round it was entered.
        if first.pk > second.pk:
            first, second = second, first
            data["claim_a"], data["claim_b"] = first, second
        existing = ClaimPair.objects.filter(claim_a=first, claim_b=second).first()
        if existing is not None:
            self.add_error(
                "claim_b",
                f"Claims #{first.pk} and #{second.pk} are already paired (they "
                f"{existing.get_relation_display().lower()}, pair #{existing.pk}).",
            )
        return data


@admin.register(ClaimPair)
class ClaimPairAdmin(LargeListMixin, ServiceModelAdmin):
    form = ClaimPairForm
    create_service = claim_pair_create
    update_service = claim_pair_update
    delete_service = claim_pair_delete
    instance_argument = "pair"
    editable_fields = PAIR_EDITABLE_FIELDS
    list_display = ["__str__", "claim_a", "relation", "claim_b", "created_by", "created_at"]
    list_filter = ["relation", "created_at"]
    search_fields = ["id__exact", "claim_a__summary", "claim_b__summary", "rationale"]
    autocomplete_fields = ["claim_a", "claim_b"]
    list_select_related = ["claim_a", "claim_b", "created_by"]
    readonly_fields = ["side_by_side", "created_by", "created_at", "updated_at"]

    class Media:
        css = HIGHLIGHT_CSS

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        return ["claim_a", "claim_b", *readonly] if obj else readonly

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["claim_a", "claim_b", "relation", "rationale"]
        return ["side_by_side", "relation", "rationale", "created_by", "created_at", "updated_at"]

    @admin.display(description="Claims")
    def side_by_side(self, obj: ClaimPair):
        sides = selectors.pair_sides(obj)
        for side in sides:
            claim = side["claim"]
            # The quote's sentence and one sentence either side.
            text = claim.document.text
            side["excerpt"] = highlight_excerpt(
                text,
                claim.start,
                claim.end,
                span=Span(claim.start, claim.end, ("hl-quote",)),
                bounds=sentences_around(text, claim.start, claim.end),
            )
        return render_to_string("admin/claims/claimpair/side_by_side.html", {"sides": sides})

    def create_arguments(self, request, form):
        return {**self.form_data(form), "created_by": request.user}
