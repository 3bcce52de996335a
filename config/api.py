"""API-wide behaviour: every error is JSON with a clear message and the right status (and is
in the schema), request rates are limited per anonymous client and per token, and the lists
share their cursor pagination, their id and date-time filters and a fast JSON renderer."""

import base64
import hashlib
from datetime import UTC, datetime

import django_filters
import orjson
from csp.constants import UNSAFE_HASHES
from django import forms
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import JsonResponse
from django.utils import timezone
from django.views.defaults import bad_request as default_bad_request
from django.views.defaults import page_not_found
from django.views.defaults import server_error as default_server_error
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import pagination, status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from annotations.services import ReviewConflict
from claims.workflow import TransitionConflict
from sources.text import whole_number

from .parsers import text_fault


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
    if isinstance(exc, TransitionConflict | ReviewConflict):
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


MAX_ID = 2**63 - 1


def object_id(value: str, field: str) -> int:
    """A query parameter naming a row by id: a whole number the database can hold, or 400."""
    number = whole_number(value)
    if number is None or not 0 < number <= MAX_ID:
        raise ValidationError({field: "An id is a whole number from 1."})
    return number


class CursorPagination(pagination.CursorPagination):
    """DRF's cursor pagination, answering 400 naming the parameter for a cursor that is not one
    of the list's own links, or a page size that is not a number.

    A cursor is base64 that anyone can write, and its position goes into the query as a value
    of the first ordering field: it is read as that field reads values first (a position of
    "abc" on an id would otherwise fail in the database), and a date-time is taken in UTC
    (PostgreSQL refuses some offsets that Python accepts).
    """

    invalid_cursor_message = "Not a cursor of this list: follow its next and previous links."

    def get_page_size(self, request) -> int:
        """``page_size`` as asked (at most ``max_page_size``); one that is not a whole number
        from 1 answers 400, where DRF would quietly give the default."""
        written = request.query_params.get(self.page_size_query_param)
        if written is None:
            return self.page_size
        size = whole_number(written)
        if not size:
            raise ValidationError({self.page_size_query_param: ["A whole number from 1."]})
        return min(size, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        first = self.get_ordering(request, queryset, view)[0].lstrip("-")
        self.position_field = queryset.model._meta.get_field(first)
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request):
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            raise self.invalid_cursor() from None
        if cursor is None or cursor.position is None:
            return cursor
        return cursor._replace(position=self.read_position(cursor.position))

    def read_position(self, written: str) -> str:
        """The position as the list's own links write it."""
        try:
            value = self.position_field.to_python(written)
            if isinstance(value, datetime):
                if timezone.is_naive(value):
                    value = timezone.make_aware(value, UTC)
                value = value.astimezone(UTC)
        except (DjangoValidationError, OverflowError):
            raise self.invalid_cursor() from None
        if text_fault(str(value)):
            raise self.invalid_cursor()
        return str(value)

    def invalid_cursor(self) -> ValidationError:
        return ValidationError({self.cursor_query_param: [self.invalid_cursor_message]})


def not_found(request, exception=None):
    """404 for a URL nothing answers: JSON under /api/, Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return page_not_found(request, exception)


def server_error(request):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Server error."}, status=500)
    return default_server_error(request)


class IdFilter(django_filters.Filter):
    """A filter on a row's id: a whole number from 1 that the database can hold."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


def bad_request(request, exception=None):
    """400 for a request Django itself refused (too many fields, a bad multipart body)."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "The request could not be read."}, status=400)
    return default_bad_request(request, exception)


class _UtcDateTimeField(django_filters.fields.IsoDateTimeField):
    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None:
            return None
        try:
            # PostgreSQL refuses offsets beyond ±15:59, which ISO 8601 allows: compare in UTC.
            return moment.astimezone(UTC)
        except OverflowError:
            raise forms.ValidationError("This date and time is out of range.") from None


class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    """An ISO 8601 date and time, any offset, compared in UTC."""

    field_class = _UtcDateTimeField


class FastJSONRenderer(JSONRenderer):
    """JSON through orjson, for lists built of plain values (strings, numbers, lists, dicts),
    dates and date-times. Those are written as DRF writes them: ISO 8601, microseconds when
    there are any, UTC as "Z"."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        return orjson.dumps(data, option=orjson.OPT_UTC_Z)


class FiltersNamedInTheRequest(DjangoFilterBackend):
    """django-filter's backend, which builds and validates the FilterSet only when the query
    string names one of its filters: without any, the FilterSet filters nothing, and a list
    polled unfiltered skips its construction on every request."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is not None and not any(
            param == name or param.startswith(f"{name}_")
            for param in request.query_params
            for name in filterset_class.base_filters
        ):
            return queryset
        return super().filter_queryset(request, queryset, view)


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
