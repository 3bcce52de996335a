"""Pairing in the admin: the candidates panel on a claim, "Pair with…", and the list actions.

Every pair is made by ``services.claim_pair_create``; its refusals (a duplicate in either
order, a claim paired with itself) come back as messages or form errors.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import urlencode

from . import access, candidates, services
from .models import Claim, ClaimPair


class PairForm(forms.Form):
    other = forms.ModelChoiceField(queryset=Claim.objects.all(), label="Pair with")
    relation = forms.ChoiceField(
        choices=ClaimPair.Relation.choices, initial=ClaimPair.Relation.CONTRADICTS
    )
    rationale = forms.CharField(
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Public once a verdict on either claim is: say why, in your own words.",
    )
    axes = forms.MultipleChoiceField(
        choices=ClaimPair.Axis.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Where they conflict",
    )

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        # The same claim search as everywhere in the admin.
        other = self.fields["other"]
        other.widget = AutocompleteSelect(ClaimPair._meta.get_field("claim_b"), admin_site)
        other.widget.choices = other.choices


def _confirm_query(candidate, relation: str) -> str:
    """The pair form's query string for a candidate: the claim, the relation, the readable
    reasons as a draft rationale and the axes of conflict."""
    reasons = [r for r in candidate.reasons if not r.startswith("text similarity")]
    pairs = [("other", candidate.claim.pk), ("relation", relation)]
    draft = "; ".join(reasons)
    pairs += [("rationale", draft[:1].upper() + draft[1:] + ".")] if draft else []
    pairs += [("axes", axis) for axis in candidate.axes]
    return urlencode(pairs)


class ClaimPairingAdminMixin:
    """For ClaimAdmin: list ``pair_as_contradicting`` and ``pair_as_corroborating`` in its
    ``actions`` to offer them on the list."""

    def get_urls(self):
        return [
            path(
                "<int:claim_id>/pair/",
                self.admin_site.admin_view(self.pair_view),
                name="claims_claim_pair",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        claim = self.get_object(request, object_id)
        if claim is not None and access.may_pair(request.user):
            found = candidates.claim_candidates(claim, limit=5)
            extra_context = {
                **(extra_context or {}),
                "pairing_claim": claim,
                "pairing_candidates": [
                    (c, _confirm_query(c, "contradicts")) for c in found.contradictions
                ],
                "corroboration_candidates": [
                    (c, _confirm_query(c, "corroborates")) for c in found.corroborations
                ],
                "duplicate_claims": found.duplicates,
                "other_event_candidates": [
                    (c, _confirm_query(c, "contradicts")) for c in found.other_events
                ],
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def pair_view(self, request: HttpRequest, claim_id: int):
        if not access.may_pair(request.user):
            raise PermissionDenied
        claim = get_object_or_404(Claim.objects.select_related("speaker"), pk=claim_id)
        # A candidate's "Confirm" opens this form filled in from its reasons, to edit.
        initial = {
            "other": request.GET.get("other"),
            "relation": request.GET.get("relation", ClaimPair.Relation.CONTRADICTS),
            "rationale": request.GET.get("rationale", ""),
            "axes": request.GET.getlist("axes"),
        }
        form = PairForm(request.POST or None, initial=initial, admin_site=self.admin_site)
        if request.method == "POST" and form.is_valid():
            try:
                pair = services.claim_pair_create(
                    claim_a=claim,
                    claim_b=form.cleaned_data["other"],
                    relation=form.cleaned_data["relation"],
                    rationale=form.cleaned_data["rationale"],
                    axes=form.cleaned_data["axes"],
                    created_by=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, f"Pair #{pair.pk} saved: the claims side by side.")
                return HttpResponseRedirect(
                    reverse("admin:claims_claimpair_change", args=[pair.pk])
                )
        return TemplateResponse(
            request,
            "admin/claims/claim/pair.html",
            {
                **self.admin_site.each_context(request),
                "title": f"Pair claim #{claim.pk} with…",
                "claim": claim,
                "form": form,
                "media": self.media + form.media,
                "opts": self.model._meta,
            },
        )

    @admin.action(description="Pair the two selected claims: they contradict")
    def pair_as_contradicting(self, request, queryset):
        self._pair_selected(request, queryset, ClaimPair.Relation.CONTRADICTS)

    @admin.action(description="Pair the two selected claims: they corroborate")
    def pair_as_corroborating(self, request, queryset):
        self._pair_selected(request, queryset, ClaimPair.Relation.CORROBORATES)

    def _pair_selected(self, request, queryset, relation):
        if not access.may_pair(request.user):
            self.message_user(request, "Only reviewers and editors pair claims.", messages.ERROR)
            return
        selected = list(queryset[:3])
        if len(selected) != 2:
            self.message_user(request, "Select exactly two claims to pair.", messages.ERROR)
            return
        try:
            pair = services.claim_pair_create(
                claim_a=selected[0], claim_b=selected[1], relation=relation, created_by=request.user
            )
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return
        self.message_user(
            request,
            f"Pair #{pair.pk} saved: claims #{pair.claim_a_id} and #{pair.claim_b_id} "
            f"{pair.get_relation_display().lower()} each other.",
            messages.SUCCESS,
        )
