"""Request text the project refuses to read, and the API's body parsers that refuse it.

Two kinds of text reach Python from a request and then break something further on: a NUL
character, which PostgreSQL refuses in text (the query fails with a server error), and a lone
surrogate (JSON may write one as ``"\\ud800"``), which is not a character and cannot be encoded
as UTF-8 (the error message that echoes it back fails to render). Percent-escapes that do not
decode as UTF-8 are refused as well: Django would read them as replacement characters, and a
search would quietly look for those.

A JSON body nested deeper than ``MAX_JSON_DEPTH`` is refused too: the API's bodies are two
levels deep, and Python's parser meets its recursion limit near a thousand.
"""

import io
from urllib.parse import unquote_to_bytes

from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError

from desk.text import text_fault

MAX_JSON_DEPTH = 32


def form_fault(encoded: str) -> tuple[str, str] | None:
    """The first field of a query string or URL-encoded form whose name or value is not text,
    as (the field's name, why), or None."""
    for pair in encoded.split("&"):
        name, _, value = (unquote_to_bytes(part.replace("+", " ")) for part in pair.partition("="))
        for part in (name, value):
            try:
                fault = text_fault(part.decode("utf-8"))
            except UnicodeDecodeError:
                fault = "Is not UTF-8 text once its %-escapes are decoded."
            if fault:
                return name.decode("utf-8", "replace"), fault
    return None


def json_fault(data) -> tuple[str | None, str] | None:
    """The first value of parsed JSON that the API refuses, as (the body's top-level field it
    is in, None for the body as a whole; why), or None. Walked without recursion."""
    pending = [(data, 1, None)]
    while pending:
        value, depth, field = pending.pop()
        if isinstance(value, str):
            if fault := text_fault(value):
                return field, fault
        elif isinstance(value, list | dict):
            if depth > MAX_JSON_DEPTH:
                return field, f"Nested deeper than {MAX_JSON_DEPTH} levels."
            if isinstance(value, list):
                pending.extend((item, depth + 1, field) for item in value)
                continue
            for key, item in value.items():
                if fault := text_fault(key):
                    return field, f"A field's name is not text. {fault}"
                pending.append((item, depth + 1, key if field is None else field))
    return None


def refuse(field: str | None, message: str):
    """400 naming the field at fault, or saying what is wrong with the body as a whole."""
    if field is None:
        raise ParseError(message)
    raise ValidationError({field: [message]})


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, refusing NUL and lone surrogates in strings, and deep nesting."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(f"The body is nested deeper than {MAX_JSON_DEPTH} levels.") from None
        if fault := json_fault(data):
            refuse(*fault)
        return data


class FormParser(parsers.FormParser):
    """DRF's URL-encoded form parser, refusing what a query string may not hold either."""

    def parse(self, stream, media_type=None, parser_context=None):
        body = stream.read()
        try:
            encoded = body.decode("utf-8")
        except UnicodeDecodeError:
            encoded = body.decode("latin-1")  # as Django reads it
        if fault := form_fault(encoded):
            refuse(*fault)
        return super().parse(io.BytesIO(body), media_type, parser_context)


class MultiPartParser(parsers.MultiPartParser):
    """DRF's multipart parser, refusing NUL in field names and values (Django reads text that
    is not UTF-8 as replacement characters, so no surrogate arrives)."""

    def parse(self, stream, media_type=None, parser_context=None):
        parsed = super().parse(stream, media_type, parser_context)
        for name, values in parsed.data.lists():
            for text in (name, *values):
                if fault := text_fault(text):
                    refuse(name, fault)
        return parsed
