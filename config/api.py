"""API-wide behaviour: every error is JSON with a clear message and the right status, and
request rates are limited per anonymous client and per token."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import exception_handler as drf_exception_handler

from annotations.services import ReviewConflict
from claims.workflow import TransitionConflict


def exception_handler(exc, context):
    """Map the services' errors: bad input 400, conflicts 409 (DRF already maps 403 and 404)."""
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            detail = {
                ("detail" if field == "__all__" else field): messages
                for field, messages in exc.message_dict.items()
            }
        else:
            detail = {"detail": exc.messages}
        exc = ValidationError(detail)
    if isinstance(exc, TransitionConflict | ReviewConflict):
        return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
    return drf_exception_handler(exc, context)


class _RateFromSettings(SimpleRateThrottle):
    """Reads its rate when asked, not at import, so that changed settings take effect."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES[self.scope]


class AnonymousThrottle(_RateFromSettings):
    """Clients without credentials, counted per address. Over the rate: 429 with Retry-After."""

    scope = "anonymous"

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class TokenThrottle(_RateFromSettings):
    """Authenticated clients, counted per API token (each of a person's tokens on its own) or,
    for a browser session, per person."""

    scope = "token"

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        token_key = getattr(request.auth, "token_key", None)
        ident = f"token-{token_key}" if token_key else f"user-{request.user.pk}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
