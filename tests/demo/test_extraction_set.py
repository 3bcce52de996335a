"""The labelled statement set is consistent with its own rules: no database, no Django."""

import re
import unicodedata
from collections import Counter

from demo.extraction_set import ARTICLES, SOURCES
from tests.demo.labelled_sets import assert_spans_once_and_trimmed, statements

SOURCES_BY_KEY = {source.key: source for source in SOURCES}
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
# Spans never start or end with these (apostrophes may end a possessive, so they are allowed).
EDGE_CHARACTERS = set(' \t\n.,"“”«»„')
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”])\s+")


def _normalised(name: str) -> str:
    return " ".join(name.casefold().split())


def _statements():
    return statements(ARTICLES)


def test_every_span_occurs_exactly_once_within_one_paragraph_and_is_trimmed():
    assert_spans_once_and_trimmed(ARTICLES, EDGE_CHARACTERS)


def test_speakers_relays_and_publishers_are_sources_and_publishers_are_known():
    for article in ARTICLES:
        assert SOURCES_BY_KEY[article.publisher].known, article.key
    for _, statement in _statements():
        assert statement.speaker in SOURCES_BY_KEY, statement.speaker
        for relay in statement.relays:
            assert relay in SOURCES_BY_KEY, relay


def test_no_relay_is_the_speaker_or_the_publisher_or_repeated():
    for article, statement in _statements():
        assert statement.speaker not in statement.relays, statement.span
        assert article.publisher not in statement.relays, statement.span
        assert len(set(statement.relays)) == len(statement.relays), statement.span


def test_keys_and_names_are_unique_and_sources_are_well_formed():
    assert len(SOURCES_BY_KEY) == len(SOURCES)
    assert len({article.key for article in ARTICLES}) == len(ARTICLES)
    names = Counter(_normalised(source.name) for source in SOURCES)
    assert [name for name, count in names.items() if count > 1] == []
    for source in SOURCES:
        assert source.kind in KINDS, source.key
        assert source.country == "" or re.fullmatch(r"[A-Z]{2}", source.country), source.key


def test_no_name_or_alias_belongs_to_two_sources():
    owner: dict[str, str] = {}
    for source in SOURCES:
        for name in (source.name, source.short_name, *source.aliases):
            if not name:
                continue
            key = owner.setdefault(_normalised(name), source.key)
            assert key == source.key, f"{name!r} is used by {key} and {source.key}"


def test_the_set_is_large_and_varied_enough():
    assert len(ARTICLES) >= 8
    styles = Counter(article.style for article in ARTICLES)
    assert styles["ministry statement"] >= 2
    assert styles["national agency"] >= 2
    assert styles["international wire"] >= 3
    assert set(styles) == {"ministry statement", "national agency", "international wire"}
    unknown = {s.speaker for _, s in _statements() if not SOURCES_BY_KEY[s.speaker].known}
    assert len(unknown) >= 3
    assert sum(len(s.relays) == 2 for _, s in _statements()) >= 3


def test_texts_are_normalised_paragraphs_of_a_realistic_length():
    for article in ARTICLES:
        text = article.text
        assert unicodedata.is_normalized("NFC", text), article.key
        assert text == text.strip() and "\n\n\n" not in text, article.key
        assert all(paragraph.strip() == paragraph for paragraph in text.split("\n\n"))
        assert "\n" not in text.replace("\n\n", ""), article.key
        assert 150 <= len(text.split()) <= 400, article.key
    everything = "".join(article.text for article in ARTICLES)
    assert "ə" in everything
    assert any(ord(character) > 0xFFFF for character in everything)


def test_every_article_has_sentences_that_are_not_statements():
    for article in ARTICLES:
        ranges = []
        for statement in article.statements:
            start = article.text.index(statement.span)
            ranges.append((start, start + len(statement.span)))
        sentences, start = [], 0
        for match in SENTENCE_BREAK.finditer(article.text):
            sentences.append((start, match.start()))
            start = match.end()
        sentences.append((start, len(article.text)))
        negatives = [
            (first, last)
            for first, last in sentences
            if not any(first < end and begin < last for begin, end in ranges)
        ]
        assert len(negatives) >= 2, article.key
