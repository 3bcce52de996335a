"""The second held-out Azerbaijani and Armenian sets keep the labelling conventions of
``demo.extraction_set``: no database, no Django."""

import dataclasses
import tomllib
import unicodedata
from pathlib import Path

import pytest

from demo.extraction_set import Article, SourceSpec, Statement
from demo.extraction_sets import holdout2_az, holdout2_hy

MODULES = {"az": holdout2_az, "hy": holdout2_hy}
REGISTRY = Path(__file__).resolve().parents[2] / "sources" / "registry" / "actors.toml"
STYLES = {"ministry statement", "national agency", "international wire", "news site", "broadcaster"}
KINDS = {
    "ministry",
    "official",
    "military",
    "government_body",
    "news_agency",
    "outlet",
    "international_body",
    "other",
}
# A span never starts or ends with these: white space, quotation marks, commas and full stops,
# Armenian ones included ("։", the colon several sites type for it, and "՝").
EDGES = set(' \t\n\u00a0"“”«»„,.։:՝')


def _registry_keys() -> set[str]:
    document = tomllib.loads(REGISTRY.read_text(encoding="utf-8"))
    return {table["key"] for table in document["source"]}


def problems(
    sources: tuple[SourceSpec, ...], articles: tuple[Article, ...], language: str
) -> list[str]:
    """Every way the set breaks the conventions, one line each; empty when it keeps them."""
    found: list[str] = []
    registry = _registry_keys()
    own = {spec.key: spec for spec in sources}
    if len(own) != len(sources):
        found.append("SOURCES: a key is declared twice")
    for spec in sources:
        if spec.key in registry:
            found.append(f"SOURCES: {spec.key} is already a registry key")
        if spec.kind not in KINDS:
            found.append(f"SOURCES: {spec.key} has no valid kind")
        for name in (spec.name, spec.short_name, *spec.aliases):
            if unicodedata.normalize("NFC", name) != name:
                found.append(f"SOURCES: {spec.key}: {name!r} is not NFC")
    keys = registry | set(own)
    if len(articles) != 3:
        found.append(f"{len(articles)} articles, not 3")
    if len({article.modelled_on for article in articles}) != len(articles):
        found.append("two articles follow the same outlet")
    if len({article.key for article in articles}) != len(articles):
        found.append("two articles share a key")
    for article in articles:
        found.extend(_article_problems(article, language, keys, own))
    return found


def _article_problems(
    article: Article, language: str, keys: set[str], own: dict[str, SourceSpec]
) -> list[str]:
    found: list[str] = []
    where = article.key
    text = article.text
    if article.language != language:
        found.append(f"{where}: language {article.language!r}, not {language!r}")
    if article.style not in STYLES:
        found.append(f"{where}: style {article.style!r}")
    if not article.modelled_on:
        found.append(f"{where}: no modelled_on")
    if article.publisher not in keys:
        found.append(f"{where}: publisher {article.publisher!r} is no key")
    elif article.publisher in own and not own[article.publisher].known:
        found.append(f"{where}: the publisher must be known")
    for label, value in (("title", article.title), ("text", text)):
        if unicodedata.normalize("NFC", value) != value:
            found.append(f"{where}: {label} is not NFC")
    paragraphs = text.split("\n\n")
    if not 6 <= len(paragraphs) <= 14:
        found.append(f"{where}: {len(paragraphs)} paragraphs")
    for paragraph in paragraphs:
        if not paragraph or paragraph != paragraph.strip() or "\n" in paragraph:
            found.append(f"{where}: paragraphs are not separated by one blank line")
    if not 5 <= len(article.statements) <= 12:
        found.append(f"{where}: {len(article.statements)} statements")
    for statement in article.statements:
        found.extend(_statement_problems(statement, article, keys))
    return found


def _statement_problems(statement: Statement, article: Article, keys: set[str]) -> list[str]:
    found: list[str] = []
    where = f"{article.key}: {statement.span[:40]!r}"
    span = statement.span
    if not span:
        return [f"{where}: empty span"]
    count = article.text.count(span)
    if count != 1:
        found.append(f"{where}: occurs {count} times")
    if "\n" in span:
        found.append(f"{where}: runs over a paragraph break")
    if span[0] in EDGES or span[-1] in EDGES:
        found.append(f"{where}: starts or ends with {span[0]!r}/{span[-1]!r}")
    for key in (statement.speaker, *statement.relays):
        if key not in keys:
            found.append(f"{where}: {key!r} is no key")
    if article.publisher in statement.relays:
        found.append(f"{where}: the publisher is a relay")
    if statement.speaker in statement.relays:
        found.append(f"{where}: the speaker is its own relay")
    return found


@pytest.mark.parametrize("language", sorted(MODULES))
def test_the_set_keeps_the_conventions(language):
    module = MODULES[language]
    assert problems(module.SOURCES, module.ARTICLES, language) == []


@pytest.mark.parametrize("language", sorted(MODULES))
def test_speakers_not_known_to_the_desk_are_declared_in_the_set(language):
    module = MODULES[language]
    unknown = {spec.key for spec in module.SOURCES if not spec.known}
    speakers = {s.speaker for article in module.ARTICLES for s in article.statements}
    assert unknown, "the set should have a speaker the desk does not know"
    assert unknown <= speakers, "an unknown source that never speaks"


def _broken(article: Article, **changes) -> Article:
    """The article with its first statement changed."""
    first = article.statements[0]
    statements = (dataclasses.replace(first, **changes), *article.statements[1:])
    return dataclasses.replace(article, statements=statements)


def _variants(article: Article):
    span = article.statements[0].span
    start = article.text.index(span)
    yield "a span not in the text", _broken(article, span="not in the text")
    yield (
        "a span with what closes it",
        _broken(article, span=article.text[start : start + len(span) + 1]),
    )
    twice = next(word for word in span.split() if article.text.count(word) > 1)
    yield "a span found twice", _broken(article, span=twice)
    yield "an unknown speaker", _broken(article, speaker="no-such-source")
    yield "an unknown relay", _broken(article, relays=("no-such-agency",))
    yield "the publisher as a relay", _broken(article, relays=(article.publisher,))
    joined = article.text.replace("\n\n", "\n", 1)
    yield "paragraphs joined", dataclasses.replace(article, text=joined)


@pytest.mark.parametrize("language", sorted(MODULES))
def test_a_broken_label_is_reported(language):
    module = MODULES[language]
    first, *others = module.ARTICLES
    assert problems(module.SOURCES, (first, *others), language) == []
    for what, broken in _variants(first):
        assert problems(module.SOURCES, (broken, *others), language), what


def test_a_text_not_in_nfc_is_reported():
    article, *others = holdout2_az.ARTICLES
    decomposed = dataclasses.replace(article, text=unicodedata.normalize("NFD", article.text))
    assert decomposed.text != article.text
    assert problems(holdout2_az.SOURCES, (decomposed, *others), "az")
