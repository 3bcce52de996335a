"""Test data built through the project's own services, so tests exercise the real write paths."""

import itertools
from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from annotations.models import FramingLabel
from annotations.services import annotation_create
from claims.extraction.services import document_claims_extract
from claims.models import Claim, Incident
from claims.services import claim_create, incident_create
from desk.roles import EDITORS, REVIEWERS
from sources.models import Document, Source
from sources.services import document_create, source_create

_counter = itertools.count(1)


def make_user(username: str | None = None, *, groups: tuple[str, ...] = (), **extra):
    username = username or f"user{next(_counter)}"
    extra.setdefault("email", f"{username}@example.org")
    user = get_user_model().objects.create_user(username=username, password="pw-for-tests", **extra)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


def make_editor(username: str | None = None, **extra):
    return make_user(username, groups=(EDITORS,), is_staff=True, **extra)


def make_reviewer(username: str | None = None, **extra):
    return make_user(username, groups=(REVIEWERS,), is_staff=True, **extra)


def make_source(name: str | None = None, **fields) -> Source:
    return source_create(name=name or f"Source {next(_counter)}", **fields)


def make_document(text: str = "Baku said the shelling began at dawn.", **fields) -> Document:
    fields.setdefault("title", f"Document {next(_counter)}")
    fields.setdefault("publisher", make_source())
    return document_create(text=text, **fields)


def make_incident(**fields) -> Incident:
    fields.setdefault("title", f"Incident {next(_counter)}")
    fields.setdefault("starts_on", date(2021, 11, 13))
    return incident_create(**fields)


def make_claim(document: Document | None = None, phrase: str | None = None, **fields):
    """A claim on ``phrase`` (default: the whole text) of ``document``."""
    document = document or make_document()
    start = document.text.index(phrase) if phrase else 0
    end = start + len(phrase) if phrase else len(document.text)
    fields.setdefault("speaker", make_source())
    fields.setdefault("summary", document.text[start:end][:200])
    return claim_create(document=document, start=start, end=end, **fields)


def framing_label(slug: str = "loaded-language") -> FramingLabel:
    label = FramingLabel.objects.filter(slug=slug).first()
    if label is None:
        label = FramingLabel.objects.create(
            name=slug.replace("-", " ").title(),
            slug=slug,
            category=FramingLabel.Category.MANIPULATIVE_WORDING,
        )
    return label


def make_annotation(document: Document | None = None, phrase: str | None = None, **fields):
    document = document or make_document()
    start = document.text.index(phrase) if phrase else 0
    end = start + len(phrase) if phrase else len(document.text)
    fields.setdefault("label", framing_label())
    fields.setdefault("annotator", make_user())
    return annotation_create(document=document, start=start, end=end, **fields)


def extracted(text: str, language: str, publisher: Source | None = None) -> list[tuple[str, int]]:
    """The (statement, speaker id) of every claim extraction suggests for a new document with
    ``text``, in text order."""
    publisher = publisher or make_source(kind=Source.Kind.OUTLET)
    document = make_document(text, publisher=publisher, language=language)
    document_claims_extract(document=document)
    return [
        (text[claim.start : claim.end], claim.speaker_id)
        for claim in Claim.objects.filter(document=document).order_by("start")
    ]
