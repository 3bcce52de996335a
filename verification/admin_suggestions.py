"""Accept or dismiss extraction's suggestions in bulk from the claim list (one by one, the
claim page's workflow panel does it)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError

from claims.status import Status

from .services import claim_transition
from .workflow import TransitionConflict

DISMISS_COMMENT = "Not a claim to check: dismissed with other suggestions from the claim list."


class ClaimSuggestionAdminMixin:
    """List actions for the suggestions extraction made."""

    @admin.action(description="Accept the selected suggestions")
    def accept_suggestions(self, request, queryset):
        self._review(request, queryset, "accept", "")

    @admin.action(description="Dismiss the selected suggestions")
    def dismiss_suggestions(self, request, queryset):
        self._review(request, queryset, "dismiss", DISMISS_COMMENT)

    def _review(self, request, queryset, name: str, comment: str) -> None:
        claims = list(queryset.filter(status=Status.SUGGESTED).order_by("pk"))
        skipped = queryset.exclude(status=Status.SUGGESTED).count()
        done, refused = 0, []
        for claim in claims:
            try:
                claim_transition(claim=claim, name=name, actor=request.user, comment=comment)
                done += 1
            except (PermissionDenied, TransitionConflict, ValidationError) as error:
                refused.append(f"#{claim.pk}: {' '.join(getattr(error, 'messages', [str(error)]))}")
        verb = "Accepted" if name == "accept" else "Dismissed"
        if done:
            self.message_user(
                request, f"{verb} {done} suggestion{'s' * (done != 1)}.", messages.SUCCESS
            )
        if skipped:
            self.message_user(
                request,
                f"{skipped} selected claim{'s were' if skipped != 1 else ' was'} not a suggestion "
                "and stayed as it was.",
                messages.WARNING,
            )
        for line in refused:
            self.message_user(request, f"Not changed: {line}", messages.ERROR)
