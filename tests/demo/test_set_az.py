"""The Azerbaijani development set is consistent with the rulebook: no database, no Django."""

import re
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

from demo.extraction_sets import az
from tests.demo.labelled_sets import (
    assert_spans_apart,
    assert_spans_once_and_trimmed,
    negative_sentences,
    statements,
)

ACTORS = Path(__file__).resolve().parents[2] / "sources" / "registry" / "actors.toml"
# The starter registry's keys, which a set refers to without declaring them.
REGISTRY = frozenset(
    entry["key"] for entry in tomllib.loads(ACTORS.read_text(encoding="utf-8"))["source"]
)
OWN = {source.key: source for source in az.SOURCES}
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
# Spans never start or end with these: white space, quotation marks, commas, full stops.
EDGE_CHARACTERS = set(' \t\n.,"“”«»„')
OUTLETS = {"APA", "Trend", "AZERTAC", "Report.az", "1news.az", "Oxu.az"}
MINISTRIES = {"Ministry of Defence of Azerbaijan", "Ministry of Foreign Affairs of Azerbaijan"}


def _statements():
    return statements(az.ARTICLES)


def test_every_span_occurs_once_within_one_paragraph_and_is_trimmed():
    assert_spans_once_and_trimmed(az.ARTICLES, EDGE_CHARACTERS)


def test_spans_of_an_article_do_not_overlap():
    assert_spans_apart(az.ARTICLES)


def test_every_key_is_the_registrys_or_the_sets_own():
    assert not REGISTRY & set(OWN), "a registry source declared again"
    for article in az.ARTICLES:
        assert article.publisher in REGISTRY or OWN[article.publisher].known, article.key
    for article, statement in _statements():
        for key in (statement.speaker, *statement.relays):
            assert key in REGISTRY or key in OWN, f"{article.key}: unknown key {key!r}"
        assert statement.speaker not in statement.relays, statement.span
        assert article.publisher not in statement.relays, statement.span
        assert len(set(statement.relays)) == len(statement.relays), statement.span


def test_own_sources_are_well_formed_and_their_names_unique():
    assert len(OWN) == len(az.SOURCES)
    owner: dict[str, str] = {}
    for source in az.SOURCES:
        assert source.kind in KINDS, source.key
        assert source.country == "" or re.fullmatch(r"[A-Z]{2}", source.country), source.key
        for name in (source.name, source.short_name, *source.aliases):
            if name:
                key = owner.setdefault(" ".join(name.casefold().split()), source.key)
                assert key == source.key, f"{name!r} is used by {key} and {source.key}"


def test_texts_are_nfc_azerbaijani_paragraphs():
    for article in az.ARTICLES:
        text = article.text
        assert article.language == "az", article.key
        for field in (text, article.title, *(s.span for s in article.statements)):
            assert unicodedata.is_normalized("NFC", field), article.key
        assert text == text.strip() and "\n\n\n" not in text, article.key
        assert "\n" not in text.replace("\n\n", ""), article.key
        assert all(paragraph.strip() == paragraph for paragraph in text.split("\n\n"))
        assert 100 <= len(text.split()) <= 400, article.key
        assert "ə" in text, article.key


def test_the_set_is_large_and_varied_enough():
    assert len(az.ARTICLES) >= 9
    assert len({article.key for article in az.ARTICLES}) == len(az.ARTICLES)
    outlets = Counter(article.modelled_on for article in az.ARTICLES)
    assert set(outlets) <= OUTLETS | MINISTRIES
    assert len(set(outlets) & OUTLETS) >= 4
    assert set(outlets) & MINISTRIES == MINISTRIES
    for article in az.ARTICLES:
        assert 5 <= len(article.statements) <= 12, article.key
    unknown = {s.speaker for _, s in _statements() if s.speaker in OWN and not OWN[s.speaker].known}
    assert len(unknown) >= 3
    assert any(len(s.relays) == 2 for _, s in _statements())


def test_every_article_has_sentences_that_are_not_statements():
    breaks = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”»])\s+|\n\n")
    for article in az.ARTICLES:
        # Sentences in the publisher's own voice, asides, datelines and attribution sentences
        # standing alone ("Bunu X deyib.").
        assert len(negative_sentences(article, breaks)) >= 2, article.key
