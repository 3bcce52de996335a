"""The second held-out English and Russian sets keep the labelling conventions: every span once in
its text, within one paragraph and trimmed, every key a registry entry or one of the set's own
sources, NFC text. No database."""

import dataclasses
import unicodedata

import pytest

from demo.extraction_set import Article, SourceSpec, Statement
from demo.extraction_sets import holdout2_en, holdout2_ru
from sources.registry import registry_read

MODULES = (holdout2_en, holdout2_ru)
# A span never starts or ends with these: white space, full stop, comma, quotation marks.
EDGES = set(" \t\n\u00a0.,\"'«»„“”‘’")
STYLES = {"ministry statement", "national agency", "international wire", "news site", "broadcaster"}
LANGUAGES = {"en", "ru"}


@pytest.fixture(scope="module")
def registry_keys() -> set[str]:
    return {entry.key for entry in registry_read()}


def problems(
    sources: tuple[SourceSpec, ...], articles: tuple[Article, ...], registry: set[str]
) -> list[str]:
    """What breaks the conventions, one line each; empty when nothing does."""
    found: list[str] = []
    own = {spec.key: spec for spec in sources}
    if len(own) != len(sources):
        found.append("a source key is declared twice")
    keys = registry | own.keys()
    for article in articles:
        where = article.key
        if unicodedata.normalize("NFC", article.text) != article.text:
            found.append(f"{where}: text is not NFC")
        if "\n" in article.text.replace("\n\n", "") or "\n\n\n" in article.text:
            found.append(f"{where}: paragraphs are not separated by one blank line")
        if article.publisher not in own or not own[article.publisher].known:
            found.append(f"{where}: publisher {article.publisher!r} is not a known own source")
        if article.style not in STYLES or article.language not in LANGUAGES:
            found.append(f"{where}: style or language out of range")
        if not article.modelled_on:
            found.append(f"{where}: no modelled_on")
        for statement in article.statements:
            found.extend(_span_problems(article, statement))
            for key in (statement.speaker, *statement.relays):
                if key not in keys:
                    found.append(f"{where}: unknown key {key!r}")
            if article.publisher in statement.relays or statement.speaker in statement.relays:
                found.append(f"{where}: publisher or speaker as a relay: {statement.span!r}")
            if len(set(statement.relays)) != len(statement.relays):
                found.append(f"{where}: a relay repeated: {statement.span!r}")
    return found


def _span_problems(article: Article, statement: Statement) -> list[str]:
    span, text = statement.span, article.text
    if not span:
        return [f"{article.key}: empty span"]
    found = []
    if text.count(span) != 1:
        found.append(f"{article.key}: {text.count(span)} occurrences of {span!r}")
    if "\n" in span:
        found.append(f"{article.key}: crosses a paragraph: {span!r}")
    if span[0] in EDGES or span[-1] in EDGES:
        found.append(f"{article.key}: untrimmed: {span!r}")
    if unicodedata.normalize("NFC", span) != span:
        found.append(f"{article.key}: span is not NFC: {span!r}")
    return found


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_the_set_keeps_the_conventions(module, registry_keys):
    assert problems(module.SOURCES, module.ARTICLES, registry_keys) == []


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_three_articles_each_after_another_outlet_with_five_to_twelve_statements(module):
    assert len(module.ARTICLES) == 3
    assert len({article.modelled_on for article in module.ARTICLES}) == 3
    assert len({article.key for article in module.ARTICLES}) == 3
    for article in module.ARTICLES:
        assert 5 <= len(article.statements) <= 12, article.key
    assert any(not spec.known for spec in module.SOURCES)


def _broken(article: Article, **changes) -> Article:
    first = dataclasses.replace(article.statements[0], **changes)
    return dataclasses.replace(article, statements=(first, *article.statements[1:]))


@pytest.mark.parametrize(
    "break_it",
    [
        lambda a: _broken(a, span=a.statements[0].span + "."),  # untrimmed end
        lambda a: _broken(a, span=" " + a.statements[0].span),  # untrimmed start
        lambda a: _broken(a, span=a.statements[0].span + " nowhere"),  # not in the text
        lambda a: _broken(a, speaker="no-such-source"),  # unknown speaker
        lambda a: _broken(a, relays=(a.publisher,)),  # publisher as a relay
        lambda a: dataclasses.replace(a, text=a.text.replace("\n\n", "\n", 1)),  # one newline
        lambda a: dataclasses.replace(a, text=a.text + " " + a.statements[0].span),  # twice
        lambda a: dataclasses.replace(a, text=a.text + " Ye\u0301revan"),  # not NFC
    ],
)
def test_a_broken_label_is_caught(break_it, registry_keys):
    for module in MODULES:
        article = module.ARTICLES[0]
        assert problems(module.SOURCES, (break_it(article),), registry_keys) != []
