"""The Russian development set is consistent with the labelling rules: no database, no Django."""

import re
import unicodedata
from collections import Counter

from demo.extraction_sets.ru import ARTICLES, SOURCES
from sources.registry import registry_read
from tests.demo.labelled_sets import (
    assert_spans_once_and_trimmed,
    negative_sentences,
    statements,
)

# The starter registry's keys, which every set may refer to.
REGISTRY_KEYS = frozenset(entry.key for entry in registry_read())
OWN = {source.key: source for source in SOURCES}
# Spans never start or end with these.
EDGE_CHARACTERS = set(' \t\n.,"“”«»„')
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁA-Z«\"])")


def _statements():
    return statements(ARTICLES)


def test_every_span_occurs_exactly_once_within_one_paragraph_and_is_trimmed():
    assert_spans_once_and_trimmed(ARTICLES, EDGE_CHARACTERS)


def test_every_key_is_the_sets_own_or_the_registrys():
    assert not set(OWN) & REGISTRY_KEYS
    keys = set(OWN) | REGISTRY_KEYS
    for article in ARTICLES:
        assert article.publisher in keys, article.key
        if article.publisher in OWN:
            assert OWN[article.publisher].known, article.key
    for article, statement in _statements():
        assert statement.speaker in keys, (article.key, statement.speaker)
        for relay in statement.relays:
            assert relay in keys, (article.key, relay)


def test_no_relay_is_the_speaker_or_the_publisher_or_repeated():
    for article, statement in _statements():
        assert statement.speaker not in statement.relays, statement.span
        assert article.publisher not in statement.relays, statement.span
        assert len(set(statement.relays)) == len(statement.relays), statement.span


def test_texts_are_normalised_russian_paragraphs():
    for article in ARTICLES:
        text = article.text
        assert article.language == "ru", article.key
        assert unicodedata.is_normalized("NFC", text), article.key
        assert unicodedata.is_normalized("NFC", article.title), article.key
        assert text == text.strip() and "\n\n\n" not in text, article.key
        assert "\n" not in text.replace("\n\n", ""), article.key
        assert all(paragraph.strip() == paragraph for paragraph in text.split("\n\n"))
        assert 120 <= len(text.split()) <= 400, article.key


def test_the_set_is_large_and_varied_enough():
    assert len(ARTICLES) >= 9
    assert len({article.key for article in ARTICLES}) == len(ARTICLES)
    assert len({article.modelled_on for article in ARTICLES}) >= 4
    assert all(5 <= len(article.statements) <= 12 for article in ARTICLES)
    unknown = {key for key, source in OWN.items() if not source.known}
    assert {statement.speaker for _, statement in _statements()} >= unknown
    # A speaker the desk does not have is proposed once per article, so it speaks once.
    spoken = Counter(s.speaker for _, s in _statements() if s.speaker in unknown)
    assert set(spoken.values()) == {1}
    assert sum(len(s.relays) == 2 for _, s in _statements()) >= 1


def test_every_article_has_sentences_that_are_not_statements():
    for article in ARTICLES:
        assert len(negative_sentences(article, SENTENCE_BREAK)) >= 2, article.key
