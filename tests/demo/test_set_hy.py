"""The Armenian development set is consistent with the labelling rules; no database."""

import re
import unicodedata
from collections import Counter

from demo.extraction_sets.hy import ARTICLES, SOURCES
from sources.registry import registry_read
from tests.demo.labelled_sets import (
    assert_spans_apart,
    assert_spans_once_and_trimmed,
    negative_sentences,
    statements,
)

# The starter registry's keys: what a set refers to without declaring it.
REGISTRY_KEYS = {entry.key for entry in registry_read()}
LOCAL = {source.key: source for source in SOURCES}
STYLES = {"ministry statement", "national agency", "international wire"}
OUTLETS = {
    "Armenpress", "news.am", "Azatutyun", "CivilNet", "Hetq", "168.am", "Sputnik Armenia",
    "Ministry of Defence of Armenia", "Ministry of Foreign Affairs of Armenia",
}  # fmt: skip
# Spans never start or end with whitespace, a quotation mark, a comma, a full stop (Armenian «։»,
# the «:» used for it, «.» and the «․» used as a colon), or the «՝» that closes an opening.
EDGE_CHARACTERS = set(' \t\n"“”«»„,.։:․՝')
# Where the tests below split sentences: an Armenian full stop (or a colon used as one), a
# question or exclamation mark, then whitespace; a closing quotation mark may come between.
SENTENCE_BREAK = re.compile(r"(?<=[։:!?])\s+|(?<=[։:!?][»”])\s+")


def _statements():
    return statements(ARTICLES)


def test_every_span_occurs_exactly_once_within_one_paragraph_and_is_trimmed():
    assert_spans_once_and_trimmed(ARTICLES, EDGE_CHARACTERS)


def test_spans_of_one_article_do_not_overlap():
    assert_spans_apart(ARTICLES)


def test_every_key_resolves_to_the_registry_or_the_set_and_publishers_are_known():
    assert not set(LOCAL) & REGISTRY_KEYS
    for article in ARTICLES:
        assert article.publisher in REGISTRY_KEYS or LOCAL[article.publisher].known, article.key
    for article, statement in _statements():
        for key in (statement.speaker, *statement.relays):
            assert key in REGISTRY_KEYS or key in LOCAL, f"{article.key}: {key}"
        assert statement.speaker not in statement.relays, statement.span
        assert article.publisher not in statement.relays, statement.span
        assert len(set(statement.relays)) == len(statement.relays), statement.span


def test_local_sources_are_well_formed_and_unknown_speakers_are_used():
    assert len(LOCAL) == len(SOURCES)
    names = Counter(" ".join(n.casefold().split()) for s in SOURCES for n in (s.name, *s.aliases))
    assert [name for name, count in names.items() if count > 1] == []
    speakers = {statement.speaker for _, statement in _statements()}
    for source in SOURCES:
        assert unicodedata.is_normalized("NFC", source.name + "".join(source.aliases))
        if not source.known:
            assert source.key in speakers, source.key


def test_texts_are_normalised_armenian_paragraphs():
    assert len({article.key for article in ARTICLES}) == len(ARTICLES)
    for article in ARTICLES:
        text = article.text
        assert unicodedata.is_normalized("NFC", text), article.key
        assert unicodedata.is_normalized("NFC", article.title), article.key
        assert text == text.strip() and "\n\n\n" not in text, article.key
        assert all(paragraph.strip() == paragraph for paragraph in text.split("\n\n"))
        assert "\n" not in text.replace("\n\n", ""), article.key
        assert 100 <= len(text.split()) <= 400, article.key
        assert article.language == "hy", article.key
        assert "։" in text, article.key


def test_the_set_is_large_and_varied_enough():
    assert len(ARTICLES) >= 9
    outlets = {
        outlet
        for article in ARTICLES
        for outlet in OUTLETS
        if article.modelled_on.startswith(outlet)
    }
    assert len(outlets) >= 4
    assert {article.style for article in ARTICLES} <= STYLES
    for article in ARTICLES:
        assert 5 <= len(article.statements) <= 12, article.key
    relayed = [s for _, s in _statements() if s.relays]
    assert len(relayed) >= 8
    assert any(len(s.relays) == 2 for s in relayed)


def test_every_article_has_sentences_that_are_not_statements():
    for article in ARTICLES:
        assert len(negative_sentences(article, SENTENCE_BREAK)) >= 2, article.key
