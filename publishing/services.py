"""Writes of the publishing side that are not webhooks' (``publishing.webhooks``): API tokens."""

from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from knox.models import AuthToken

from desk.roles import is_editor


def api_token_issue(*, user: AbstractBaseUser, days: int | None) -> tuple[AuthToken, str]:
    """A new API token for ``user``, valid ``days`` (None: until revoked).

    Returns the token and its key. Only a digest of the key is stored, so this is the one time
    the key can be shown.
    """
    if not user.is_active:
        raise ValidationError({"user": f"{user} is inactive: activate the account first."})
    if days is not None and days < 1:
        raise ValidationError({"days": "A token lasts at least one day."})
    return AuthToken.objects.create(user=user, expiry=timedelta(days=days) if days else None)


def api_token_revoke(*, token: AuthToken, actor: AbstractBaseUser) -> None:
    """Revoke an API token: its holder's or an editor's call."""
    if token.user_id != actor.pk and not is_editor(actor):
        raise PermissionDenied("Only editors revoke others' API tokens.")
    token.delete()
