"""API-wide behaviour: every error is JSON with a clear message and the right status (and is
in the schema), request rates are limited per anonymous client and per token, and the lists
share their cursor pagination, their id and date-time filters and a fast JSON renderer."""

import base64
import hashlib

from csp.constants import UNSAFE_HASHES
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import JsonResponse
from django.views.defaults import bad_request as default_bad_request
from django.views.defaults import page_not_found
from django.views.defaults import server_error as default_server_error
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import BrowsableAPIRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from desk.exceptions import Conflict
from desk.text import text_fault


def exception_handler(exc, context):
    """Map the services' errors: bad input 400, conflicts 409 (DRF already maps 403 and 404)."""
    # Imported here: rest_framework.views reads this module's throttles from the settings as it
    # loads, so importing it above would make this module fail whenever it is imported first.
    from rest_framework.views import exception_handler as drf_exception_handler

    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            detail = {
                ("detail" if field == "__all__" else field): messages
                for field, messages in exc.message_dict.items()
            }
        else:
            detail = {"detail": exc.messages}
        exc = ValidationError(detail)
    if isinstance(exc, Conflict):
        return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
    response = drf_exception_handler(exc, context)
    if response is not None:
        response.data = echo_safe(response.data)
    return response


def echo_safe(data):
    """Error data with each lone surrogate written as its escape (``\\ud800``). Messages echo
    what the client sent ("… is not a valid choice"), and a lone surrogate cannot be encoded as
    UTF-8: the whole response would fail to render."""
    if isinstance(data, str):
        if text_fault(data):
            return data.encode("utf-8", "backslashreplace").decode("utf-8")
        return data
    if isinstance(data, dict):
        return {echo_safe(key): echo_safe(value) for key, value in data.items()}
    if isinstance(data, list):
        return [echo_safe(item) for item in data]
    return data


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


ERROR_RESPONSES = {
    "400": "Invalid input: the body names each field at fault, or says what is wrong in detail.",
    "401": "No credentials, or a token that is unknown, expired or revoked.",
    "403": "Not allowed for your role.",
    "404": "Not found, or not visible to you.",
    "409": "Not allowed in the object's current state, or it changed meanwhile.",
    "415": "The body's media type is not one this endpoint reads (JSON, or a form).",
    "429": "Too many requests: wait the number of seconds in Retry-After.",
}
ERROR_SCHEMA = {
    "type": "object",
    "properties": {"detail": {"oneOf": [{"type": "string"}, {"type": "array"}]}},
    "additionalProperties": True,
}


def document_error_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: every operation lists the errors it may answer, in
    the one JSON shape they all share."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for code, description in ERROR_RESPONSES.items():
                responses.setdefault(
                    code,
                    {
                        "description": description,
                        "content": {"application/json": {"schema": ERROR_SCHEMA}},
                    },
                )
    return result


def not_found(request, exception=None):
    """404 for a URL nothing answers: JSON under /api/, Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return page_not_found(request, exception)


def server_error(request):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Server error."}, status=500)
    return default_server_error(request)


def bad_request(request, exception=None):
    """400 for a request Django itself refused (too many fields, a bad multipart body)."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "The request could not be read."}, status=400)
    return default_bad_request(request, exception)


def _style_hash(style: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() + "'"


class StrictBrowsableAPIRenderer(BrowsableAPIRenderer):
    """DRF's browsable pages under the Content-Security-Policy: their buttons carry one inline
    style attribute, and these pages alone allow exactly that one (by its hash); every other
    inline style and script stays refused."""

    # The one style attribute of rest_framework/base.html's format and filter buttons.
    BUTTON_STYLE = "float: right; margin-right: 10px"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        if response is not None:
            # What django-csp's csp_update decorator sets, for this response only.
            response._csp_update = {
                "style-src-attr": [UNSAFE_HASHES, _style_hash(self.BUTTON_STYLE)]
            }
        return super().render(data, accepted_media_type, renderer_context)
