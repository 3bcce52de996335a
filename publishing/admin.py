"""Publishing in the admin: webhook subscriptions, their delivery log, API tokens, and reviews
by other fact-checkers (``admin_reviews``), shown on each claim's page too."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from knox import admin as knox_admin  # noqa: F401  (registers the AuthToken admin replaced below)
from knox.models import AuthToken

from claims.models import Claim
from desk.service_admin import ServiceModelAdmin
from verification.admin import ClaimAdmin as VerificationClaimAdmin

from . import webhooks
from .admin_reviews import ClaimExternalReviewsAdminMixin, ExternalReviewAdmin  # noqa: F401
from .models import WebhookDelivery, WebhookSubscription
from .services import api_token_issue, api_token_revoke


class WebhookSubscriptionForm(forms.ModelForm):
    url = forms.URLField(
        max_length=1000, assume_scheme="https", help_text="Where the JSON payload is POSTed."
    )
    events = forms.MultipleChoiceField(
        choices=WebhookSubscription.Event.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=WebhookSubscription.Event.values,
    )

    class Meta:
        model = WebhookSubscription
        fields = ["url", "description", "events", "secret", "is_active"]
        widgets = {"secret": forms.TextInput(attrs={"size": 60, "autocomplete": "off"})}

    def clean_url(self):
        url = webhooks.webhook_url_normalised(self.cleaned_data["url"])
        if refusal := webhooks.address_refusal(url):
            raise forms.ValidationError(refusal)
        return url


class RecentDeliveries(admin.TabularInline):
    model = WebhookDelivery
    fields = ["created_at", "event", "verdict", "state", "attempts", "last_status_code"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = "Deliveries (newest first)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("verdict__claim", "verdict__rating")


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(ServiceModelAdmin):
    form = WebhookSubscriptionForm
    create_service = webhooks.webhook_subscribe
    update_service = webhooks.webhook_subscription_update
    delete_service = webhooks.webhook_unsubscribe
    instance_argument = "subscription"
    actor_argument = "user"
    editable_fields = webhooks.SUBSCRIPTION_EDITABLE_FIELDS
    list_display = ["url", "description", "event_names", "is_active", "created_by", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["url", "description"]
    readonly_fields = ["created_by", "created_at", "updated_at"]
    inlines = [RecentDeliveries]

    def get_fields(self, request, obj=None):
        fields = ["url", "description", "events", "secret", "is_active"]
        if obj is not None and not self.has_change_permission(request, obj):
            fields.remove("secret")  # the signing secret is for those who manage the endpoint
        return [*fields, *(["created_by", "created_at", "updated_at"] if obj else [])]

    @admin.display(description="Events")
    def event_names(self, obj: WebhookSubscription) -> str:
        return ", ".join(obj.events)

    def create_arguments(self, request, form):
        return {**self.form_data(form), "owner": request.user}


@admin.action(description="Send the selected deliveries again", permissions=["change"])
def retry_deliveries(model_admin, request, queryset):
    retried = webhooks.webhook_retry(deliveries=queryset)
    skipped = queryset.count() - retried
    model_admin.message_user(
        request,
        f"{retried} deliver{'ies' if retried != 1 else 'y'} queued again"
        + (f"; {skipped} already delivered left alone." if skipped else "."),
        messages.SUCCESS,
    )


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ServiceModelAdmin):
    """The delivery log: what was sent where, how often, and what the receiver answered.

    Nothing here is edited (every field is read-only): the list's action sends them again."""

    list_display = [
        "created_at",
        "subscription",
        "event",
        "verdict",
        "state",
        "attempts",
        "last_status_code",
        "delivered_at",
    ]
    list_filter = ["state", "event", "subscription"]
    list_select_related = ["subscription", "verdict__claim", "verdict__rating"]
    search_fields = ["=idempotency_key", "subscription__url"]
    actions = [retry_deliveries]
    readonly_fields = [
        "subscription",
        "event",
        "verdict",
        "idempotency_key",
        "payload",
        "state",
        "attempts",
        "last_status_code",
        "last_error",
        "last_attempt_at",
        "delivered_at",
        "created_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# --- API tokens -----------------------------------------------------------------------------


class ApiTokenForm(forms.ModelForm):
    days = forms.IntegerField(
        min_value=1, initial=365, required=False, help_text="Left empty: valid until revoked."
    )

    class Meta:
        model = AuthToken
        fields = ["user"]

    def clean_user(self):
        user = self.cleaned_data["user"]
        if not user.is_active:
            raise ValidationError(f"{user} is inactive: activate the account first.")
        return user


# knox registers a plain admin for its tokens; this one issues them through the service.
admin.site.unregister(AuthToken)


@admin.register(AuthToken)
class ApiTokenAdmin(ServiceModelAdmin):
    """API tokens: issued here (the key is shown once; only a digest is kept) and revoked by
    deleting them. ``manage.py issue_api_token`` issues them too."""

    form = ApiTokenForm
    delete_service = api_token_revoke
    instance_argument = "token"
    actor_argument = "actor"
    list_display = ["token_key", "user", "created", "expiry"]
    list_select_related = ["user"]
    search_fields = ["token_key", "user__username"]
    autocomplete_fields = ["user"]
    ordering = ["-created"]

    def get_fields(self, request, obj=None):
        return ["user", "days"] if obj is None else ["token_key", "user", "created", "expiry"]

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else ["token_key", "user", "created", "expiry"]

    def has_change_permission(self, request, obj=None):
        return False  # a token is issued or revoked, never edited

    def run_service(self, request, form, change):
        token, form.issued_key = api_token_issue(
            user=form.cleaned_data["user"], days=form.cleaned_data["days"]
        )
        return token

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        self.message_user(
            request,
            f"API token for {obj.user}: {form.issued_key} — copy it now, it is not shown again. "
            "Clients send it as “Authorization: Token <token>”.",
            messages.WARNING,
        )


# --- The claim's page -------------------------------------------------------------------------

admin.site.unregister(Claim)


@admin.register(Claim)
class ClaimAdmin(ClaimExternalReviewsAdminMixin, VerificationClaimAdmin):
    """The claims admin with its workflow (``verification.admin``) and, on each claim's page,
    what other fact-checkers said about it."""

    change_form_template = "admin/publishing/claim/change_form.html"
