"""The W3C Web Annotation test suite's MUST assertions, run with jsonschema.

The suite (``../shared/interop/w3c-web-annotation-tests``) holds draft-04 schemas: the shared
``definitions/*.json`` and one assertion schema per requirement, each declaring a relative
``id`` ("3.1-annotationIdValidated.json") and referring to the others by such ids
("id.json#/definitions/idValueFound"). Every one of them goes into one registry under a common
base URI; an assertion is then checked through a ``$ref`` to its absolute id, so that its
relative references resolve against that base (draft-04 ignores an ``id`` beside a root
``$ref``, which a few assertions have). The ``.test`` files list which assertions are MUSTs.

jsonschema checks the formats "uri" and "date-time" only with optional packages; the suite's
own runner checked them, so they are checked here by RFC 3986 and RFC 3339.
"""

import json
import re
from collections import Counter
from datetime import datetime
from functools import cache
from pathlib import Path

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT4

from tests.interop import interop_path

BASE = "https://w3c.github.io/web-annotation-tests/"
ANNOTATION_MUSTS = "annotations/annotationMusts.test"
COLLECTION_MUSTS = "collections/collectionMusts.test"
PAGE_MUSTS = "collections/pages/pageMusts.test"

# RFC 3986: a scheme, then only unreserved, reserved or percent-encoded characters.
URI = re.compile(
    r"[A-Za-z][A-Za-z0-9+.\-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*"
)
# RFC 3339 section 5.6, date-time.
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})")

FORMATS = FormatChecker()


@FORMATS.checks("uri")
def _uri(value) -> bool:
    return not isinstance(value, str) or URI.fullmatch(value) is not None


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value) -> bool:
    if not isinstance(value, str):
        return True
    if DATE_TIME.fullmatch(value) is None:
        return False
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))  # a real day and time
    return True


def suite() -> Path:
    return interop_path("w3c-web-annotation-tests")


@cache
def _schemas(root: Path) -> dict[str, dict]:
    """Every definition and assertion schema by the id it declares."""
    files = [*root.glob("definitions/*.json")]
    files += [
        p for folder in ("annotations", "collections") for p in root.glob(f"{folder}/**/*.json")
    ]
    return {
        str(path.relative_to(root)): json.loads(path.read_text(encoding="utf-8")) for path in files
    }


@cache
def _registry(root: Path) -> Registry:
    schemas = _schemas(root).values()
    return Registry().with_resources(
        (BASE + (schema.get("$id") or schema["id"]), DRAFT4.create_resource(schema))
        for schema in schemas
    )


def must_assertions(test: str) -> list[str]:
    """The assertion files a ``.test`` file lists (paths inside the suite)."""
    listed = json.loads((suite() / test).read_text(encoding="utf-8"))["assertions"]
    return [name.strip() for name in listed]


def failed_musts(document: dict, test: str) -> dict[str, str]:
    """The MUST assertions of ``test`` that ``document`` fails, each with the suite's message."""
    root = suite()
    schemas, registry = _schemas(root), _registry(root)
    declared = Counter(schema.get("$id") or schema["id"] for schema in schemas.values())
    failed = {}
    for name in must_assertions(test):
        assertion = schemas[name]
        schema_id = assertion.get("$id") or assertion["id"]
        # Two assertions declaring one id would make the registry's answer a guess.
        assert declared[schema_id] == 1, f"{name}: its id {schema_id} is declared twice"
        validator = Draft4Validator(
            {"$ref": BASE + schema_id}, registry=registry, format_checker=FORMATS
        )
        if not validator.is_valid(document):
            failed[name] = assertion.get("errorMessage", "")
    return failed
