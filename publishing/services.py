"""Writes of the publishing side that are not webhooks' (``publishing.webhooks``): API tokens."""

from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from knox.models import AuthToken


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
