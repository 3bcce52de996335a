"""The files other projects publish (``../shared/interop/``, beside the project, never copied into
it), and what a parse gives as the documents an export is handed."""

from pathlib import Path

import pytest
from django.conf import settings

from annotations.formats.base import Exported, ExportedRelation, ExportedSpan, Parsed
from tests.conftest import REQUIRE_SERVICES

INTEROP = Path(settings.BASE_DIR).parent / "shared" / "interop"


def interop_bytes(*parts: str) -> bytes:
    """A published file's bytes; without it the test skips, or fails under CI's flag."""
    path = INTEROP.joinpath(*parts)
    if not path.is_file():
        message = f"{path} is absent"
        if REQUIRE_SERVICES:
            pytest.fail(f"{message}, and PARALLAX_REQUIRE_SERVICES=1")
        pytest.skip(message)
    return path.read_bytes()


def as_exported(parsed: Parsed) -> list[Exported]:
    """The parsed texts as an export would be given them, each span quoting its text."""
    return [
        Exported(
            key=text.key,
            text=text.text,
            title=text.title,
            spans=tuple(
                ExportedSpan(
                    span.start,
                    span.end,
                    span.labels,
                    text.text[span.start : span.end],
                    annotator=span.annotator,
                    suggested=span.suggested,
                    span_id=span.span_id,
                )
                for span in parsed.spans
                if span.text_key == text.key
            ),
            relations=tuple(
                ExportedRelation(
                    relation.from_id, relation.to_id, relation.kind, relation.relation_id
                )
                for relation in parsed.relations
                if relation.text_key == text.key
            ),
            meta=text.meta,
        )
        for text in parsed.texts
    ]


def read(parsed: Parsed) -> tuple[list, list, list]:
    """What a parse says, without where it was said: texts, spans and relations."""
    texts = [(text.key, text.text, text.meta) for text in parsed.texts]
    spans = [
        (s.text_key, s.start, s.end, s.labels, s.quoted, s.annotator, s.suggested, s.span_id)
        for s in parsed.spans
    ]
    relations = [(r.text_key, r.from_id, r.to_id, r.kind, r.relation_id) for r in parsed.relations]
    return texts, spans, relations
