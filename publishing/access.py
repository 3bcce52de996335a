"""Who may see and do what in publishing: the consumers' API, the public page and webhooks.

What outsiders may read is ``verification.access``'s (published verdicts and what they name),
re-exported here so that publishing's views ask in one place; webhook subscriptions are their
owners' (editors see and remove all of them).
"""

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet

from desk.roles import is_editor
from verification.access import (
    public_claim_pairs,
    public_claims,
    public_claims_as_published,
    public_documents,
    public_incidents,
    public_ratings,
    public_sources,
    sees_unpublished,
)

from .models import WebhookSubscription

__all__ = [
    "may_remove_subscription",
    "public_claim_pairs",
    "public_claims",
    "public_claims_as_published",
    "public_documents",
    "public_incidents",
    "public_ratings",
    "public_sources",
    "sees_unpublished",
    "visible_subscriptions",
]


def visible_subscriptions(user: AbstractBaseUser) -> QuerySet[WebhookSubscription]:
    """A client's own subscriptions; an editor's, everyone's."""
    subscriptions = WebhookSubscription.objects.order_by("id")
    if is_editor(user):
        return subscriptions
    return subscriptions.filter(created_by=user)


def may_remove_subscription(*, subscription: WebhookSubscription, user: AbstractBaseUser) -> bool:
    """Its owner or an editor."""
    return subscription.created_by_id == user.pk or is_editor(user)
