"""Precision and recall of claim extraction on the project's labelled set (``extraction_set``).

``evaluate()`` loads the set's sources and articles in a transaction that is rolled back,
extracts every article, and compares what it proposed with the labels:

- a (statement, speaker) is right when a suggested claim overlaps the labelled span by at least
  half of the two spans' union and names the labelled speaker; for a speaker the desk does not
  know, a proposed source whose name is one of that speaker's names stands for the claim;
- a relay chain is right when, in addition, the claim's chain is the labelled one, in order.

A source the database already has under one of the set's names is used as it is, so the set
can be measured on any desk's database.

``extract_long_document(chars)`` extracts one document made of the set's articles over and
over, up to ``chars`` characters, in the same kind of rolled-back transaction: how long claim
extraction takes on the longest document the desk accepts.
"""

import time
from dataclasses import dataclass

from django.db import transaction

from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source, SourceAlias, SourceProposal, alias_key
from sources.names import key as name_key
from sources.services import document_create, source_alias_add, source_create

from .extraction_set import ARTICLES, SOURCES, SourceSpec

MIN_OVERLAP = 0.5


@dataclass(frozen=True)
class Scores:
    expected: int
    proposed: int
    statements_right: int
    chains_right: int

    @property
    def precision(self) -> float:
        return self.statements_right / self.proposed if self.proposed else 0.0

    @property
    def recall(self) -> float:
        return self.statements_right / self.expected if self.expected else 0.0

    @property
    def chain_precision(self) -> float:
        return self.chains_right / self.proposed if self.proposed else 0.0

    @property
    def chain_recall(self) -> float:
        return self.chains_right / self.expected if self.expected else 0.0


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    speaker: str  # a set key, or "?" for a source outside the set
    relays: tuple[str, ...]


class _Rollback(Exception):
    pass


def evaluate() -> Scores:
    result: list[Scores] = []
    try:
        with transaction.atomic():
            result.append(_evaluate())
            raise _Rollback
    except _Rollback:
        pass
    return result[0]


@dataclass(frozen=True)
class LongRun:
    chars: int
    seconds: float
    statements: int  # found in the text
    created: int  # suggested claims written


def long_document_text(chars: int) -> str:
    """The set's articles one after another, again and again, cut at the end of the last
    paragraph that fits in ``chars`` characters."""
    articles = "\n\n".join(article.text for article in ARTICLES)
    text = "\n\n".join([articles] * (chars // (len(articles) + 2) + 1))
    return text[: chars + 1].rsplit("\n\n", 1)[0]


def extract_long_document(chars: int) -> LongRun:
    """Time ``document_claims_extract`` on one document of (at most) ``chars`` characters."""
    result: list[LongRun] = []
    try:
        with transaction.atomic():
            keys = _load_sources()
            document = document_create(
                title="The extraction set, over and over",
                text=long_document_text(chars),
                publisher=Source.objects.get(pk=keys[ARTICLES[0].publisher]),
            )
            started = time.perf_counter()
            extracted = document_claims_extract(document=document)
            seconds = time.perf_counter() - started
            result.append(
                LongRun(len(document.text), seconds, extracted.found, len(extracted.created))
            )
            raise _Rollback
    except _Rollback:
        pass
    return result[0]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return max(inter, 0) / union if union else 0.0


def _evaluate() -> Scores:
    keys = _load_sources()
    by_id = {pk: k for k, pk in keys.items()}
    unknown = {spec.key: spec for spec in SOURCES if not spec.known}
    expected = proposed = statements_right = chains_right = 0
    for article in ARTICLES:
        document = document_create(
            title=f"{article.title} (extraction set)",
            text=article.text,
            publisher=Source.objects.get(pk=keys[article.publisher]),
        )
        document_claims_extract(document=document)
        found = [
            _Found(
                claim.start,
                claim.end,
                by_id.get(claim.speaker_id, "?"),
                tuple(by_id.get(a.source_id, "?") for a in claim.attributions.all()),
            )
            for claim in Claim.objects.filter(document=document).prefetch_related("attributions")
        ]
        waiting = {
            name_key(name)
            for name in SourceProposal.objects.filter(documents=document).values_list(
                "name", flat=True
            )
        }
        labelled = []
        for statement in article.statements:
            start = document.text.index(statement.span)
            labelled.append(((start, start + len(statement.span)), statement))
        expected += len(labelled)
        proposed += len(found) + len(waiting)
        used: set[int] = set()
        for span, statement in labelled:
            if statement.speaker in unknown:
                names = _names(unknown[statement.speaker])
                hit = next(iter(names & waiting), None)
                if hit is not None:
                    waiting.discard(hit)
                    statements_right += 1
                    chains_right += not statement.relays
                continue
            match = next(
                (
                    i
                    for i, f in enumerate(found)
                    if i not in used
                    and f.speaker == statement.speaker
                    and overlap(span, (f.start, f.end)) >= MIN_OVERLAP
                ),
                None,
            )
            if match is None:
                continue
            used.add(match)
            statements_right += 1
            chains_right += found[match].relays == statement.relays
    return Scores(expected, proposed, statements_right, chains_right)


def _names(spec: SourceSpec) -> set[str]:
    return {name_key(n) for n in (spec.name, spec.short_name, *spec.aliases) if n}


def _load_sources() -> dict[str, int]:
    """The set's known sources, found by name or alias where they exist, created otherwise."""
    ids = {}
    for spec in SOURCES:
        if not spec.known:
            continue
        existing = _existing(spec)
        if existing is None:
            existing = source_create(
                name=spec.name, kind=spec.kind, country=spec.country, short_name=spec.short_name
            )
        taken = set(SourceAlias.objects.values_list("key", flat=True))
        for alias in spec.aliases:
            if alias_key(alias) not in taken:
                source_alias_add(source=existing, alias=alias)
        ids[spec.key] = existing.pk
    return ids


def _existing(spec: SourceSpec) -> Source | None:
    source = Source.objects.filter(name=spec.name).first()
    if source is None:
        alias = (
            SourceAlias.objects.filter(key=alias_key(spec.name)).select_related("source").first()
        )
        source = alias.source if alias else None
    return source
