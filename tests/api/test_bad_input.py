"""Bad input never gets a server error. Every endpoint of the API, for an anonymous client and
for an editor with a token, answers each input below with a 400 (or the 401, 403 or 404 that
comes first) and a JSON body, and the database stays as it was.

The endpoints come from the OpenAPI schema, which is checked against the URL resolver: a new
endpoint is covered as soon as it exists. The inputs go into every query parameter, every
body field in every content type the endpoint reads, and the path's id: a NUL character; a
lone surrogate (a JSON escape, or %-escapes that are not UTF-8); digits that
``str.isdigit()`` takes and ``int()`` refuses ("²"), and more digits than ``int()`` reads; a
cursor that is not the list's own; JSON nested 100,000 deep. The reproductions, one by one,
are in ``test_bad_input_cases``.
"""

import json
import re
from dataclasses import dataclass

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import URLPattern, URLResolver, get_resolver
from drf_spectacular.generators import SchemaGenerator

from tests.api.bad_input import (
    NUL,
    SUPERSCRIPT_TWO,
    SURROGATE,
    TAMPERED_CURSOR,
    TOO_MANY_DIGITS,
    database_rows,
    deeply_nested,
    make_desk,
)

pytestmark = pytest.mark.django_db

SCHEMA = SchemaGenerator().get_schema(request=None, public=True)
OPERATIONS = [
    pytest.param(path, method.upper(), operation, id=f"{method.upper()} {path}")
    for path, methods in SCHEMA["paths"].items()
    for method, operation in methods.items()
]
REFUSALS = {400, 401, 403, 404}
# Beyond a bigint, within what int() reads.
THIRTY_ONE_DIGITS = "1" + "0" * 30


def resolver_routes(patterns=None, prefix: str = ""):
    """Every route of the URL resolver, with its parameters written ``{}``."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(entry.pattern).lstrip("^").rstrip("$")
        if isinstance(entry, URLResolver):
            yield from resolver_routes(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield re.sub(r"\(\?P<\w+>[^)]*\)|<[\w:]+>", "{}", route)


def test_the_schema_lists_every_route_of_the_api():
    api = {f"/{route}" for route in resolver_routes() if route.startswith("api/v1/")}
    documented = {re.sub(r"\{\w+\}", "{}", path) for path in SCHEMA["paths"]}
    # The schema and its docs page are the schema itself.
    assert api - documented == {"/api/v1/schema/", "/api/v1/docs/"}
    assert len(OPERATIONS) > 40


# --- What is sent ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    what: str
    method: str
    url: str
    body: bytes = b""
    content_type: str = "application/octet-stream"
    # False for input that is bad for some fields only: "²" is a fine summary.
    must_be_refused: bool = True

    def send(self, client):
        return client.generic(self.method, self.url, self.body, self.content_type)


def is_number(schema: dict) -> bool:
    return schema.get("items", schema).get("type") in ("integer", "number")


def body_fields(media: dict) -> dict[str, dict]:
    """The writable fields of a request body's schema, by name."""
    schema = media["schema"]
    if "$ref" in schema:
        schema = SCHEMA["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    properties = schema.get("properties", {})
    return {name: field for name, field in properties.items() if not field.get("readOnly")}


def query_probes(method: str, url: str, operation: dict):
    for parameter in operation.get("parameters", []):
        if parameter["in"] != "query":
            continue
        name, number = parameter["name"], is_number(parameter["schema"])
        for what, value, refused in (
            ("NUL", NUL, True),
            ("lone surrogate", SURROGATE, True),
            ("²", SUPERSCRIPT_TWO, number),
            ("5,000 digits", TOO_MANY_DIGITS, number),
            ("31 digits", THIRTY_ONE_DIGITS, number),
            *([("tampered cursor", TAMPERED_CURSOR, True)] if name == "cursor" else []),
        ):
            yield Probe(
                f"?{name}= {what}", method, f"{url}?{name}={value}", must_be_refused=refused
            )


def json_probes(method: str, url: str, fields: dict[str, dict]):
    nested = deeply_nested()
    yield Probe("JSON body nested deep", method, url, nested.encode(), "application/json")
    for name, field in fields.items():
        number = is_number(field)
        for what, value, refused in (
            ("NUL", '"a\\u0000b"', True),
            ("lone surrogate", '"\\ud800"', True),
            ("lone surrogate in a list", '["\\ud800"]', True),
            ("nested deep", nested, True),
            ("²", '"²"', number),
            ("5,000 digits", f'"{TOO_MANY_DIGITS}"', number),
            ("a number of 31 digits", THIRTY_ONE_DIGITS, False),
        ):
            body = f'{{"{name}": {value}}}'.encode()
            yield Probe(f"JSON {name}: {what}", method, url, body, "application/json", refused)


def form_probes(method: str, url: str, fields: dict[str, dict]):
    form = "application/x-www-form-urlencoded"
    for name, field in fields.items():
        for what, value, refused in (
            ("NUL", NUL, True),
            ("lone surrogate", SURROGATE, True),
            ("²", SUPERSCRIPT_TWO, is_number(field)),
        ):
            body = f"{name}={value}".encode()
            yield Probe(f"form {name}: {what}", method, url, body, form, refused)


def multipart_probes(method: str, url: str, fields: dict[str, dict]):
    for name in fields:
        body = encode_multipart(BOUNDARY, {name: "a\x00b"})
        yield Probe(f"multipart {name}: NUL", method, url, body, MULTIPART_CONTENT)


def text_probes(method: str, url: str):
    for what, body in (("NUL", b"1\ta\x00b\t0\t1\n"), ("not UTF-8", b"1\t\xed\xa0\x80\t0\t1\n")):
        yield Probe(f"text body: {what}", method, url, body, "text/plain")
    for what, text in (("²", "1\tx\t²\t3\n"), ("JSON nested deep", deeply_nested())):
        yield Probe(f"text body: {what}", method, url, text.encode(), "text/plain", False)


BODY_PROBES = {
    "application/json": json_probes,
    "application/x-www-form-urlencoded": form_probes,
    "multipart/form-data": multipart_probes,
}


def probes(path: str, method: str, operation: dict, url: str):
    """Everything sent to one operation; ``url`` is ``path`` with the id of an existing row."""
    if "{" in path:
        for what, value in (
            ("²", SUPERSCRIPT_TWO),
            ("NUL", NUL),
            ("lone surrogate", SURROGATE),
            ("5,000 digits", TOO_MANY_DIGITS),
        ):
            yield Probe(f"id {what}", method, re.sub(r"\{\w+\}", value, path))
    yield from query_probes(method, url, operation)
    for content_type, media in operation.get("requestBody", {}).get("content", {}).items():
        if content_type == "text/plain":
            yield from text_probes(method, url)
        else:
            yield from BODY_PROBES[content_type](method, url, body_fields(media))


# --- The answers -------------------------------------------------------------------------------


def with_an_existing_id(path: str, client) -> str:
    """``path`` with its id that of the first row in the list above it, as ``client`` sees
    that list (an id no row has if there is none)."""

    def first_id(match) -> str:
        listed = client.get(path[: match.start()])
        body = listed.json() if listed.status_code == 200 else []
        rows = body.get("results", []) if isinstance(body, dict) else body
        return str(rows[0]["id"]) if rows else "1"

    return re.sub(r"\{\w+\}", first_id, path, count=1)


def fault(probe: Probe, response) -> str | None:
    """What is wrong with the answer to ``probe``, or None."""
    status = response.status_code
    if status >= 500 or (probe.must_be_refused and status not in REFUSALS):
        return f"{probe.what}: {status} {response.content[:200]!r}"
    if status >= 400:
        if not response.get("Content-Type", "").startswith("application/json"):
            return f"{probe.what}: {status} without a JSON body"
        if not isinstance(json.loads(response.content), dict):
            return f"{probe.what}: {status} with a JSON body that is not an object"
    return None


@pytest.mark.parametrize("who", ["anonymous", "editor"])
@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_bad_input_is_refused_without_a_server_error(who, path, method, operation):
    desk = make_desk()
    client = getattr(desk, who)
    sent = list(probes(path, method, operation, with_an_existing_id(path, desk.editor)))
    before = database_rows()

    faults = [fault(probe, probe.send(client)) for probe in sent if probe.must_be_refused]
    assert not any(faults), "\n".join(filter(None, faults))
    assert database_rows() == before
    faults = [fault(probe, probe.send(client)) for probe in sent if not probe.must_be_refused]
    assert not any(faults), "\n".join(filter(None, faults))
