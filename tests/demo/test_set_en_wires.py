"""The English wire-copy set keeps the labelling rules: no database, no Django."""

import re
import unicodedata
from collections import Counter

from demo.extraction_set import SourceSpec
from demo.extraction_sets import en_wires
from sources.registry import registry_read
from tests.demo.labelled_sets import (
    assert_spans_apart,
    assert_spans_once_and_trimmed,
    negative_sentences,
    statements,
)

# The starter registry, whose keys a set may refer to and whose names it must not reuse.
REGISTRY = registry_read()
REGISTRY_KEYS = {entry.key for entry in REGISTRY}
OWN = {source.key: source for source in en_wires.SOURCES}
KNOWN_KEYS = REGISTRY_KEYS | set(OWN)
# Spans never start or end with these (apostrophes may end a possessive, so they are allowed).
EDGE_CHARACTERS = set(' \t\n.,;:"“”«»„')
OUTLETS = {"Reuters", "Associated Press", "AFP", "BBC", "RFE/RL", "Eurasianet", "OC Media"}
OUTLETS |= {"Interfax", "TASS", "APA", "Trend", "AZERTAC", "Armenpress", "news.am", "Mediamax"}


def _statements():
    return statements(en_wires.ARTICLES)


def test_every_span_occurs_exactly_once_within_one_paragraph_and_is_trimmed():
    assert_spans_once_and_trimmed(en_wires.ARTICLES, EDGE_CHARACTERS)


def test_spans_do_not_overlap():
    assert_spans_apart(en_wires.ARTICLES)


def test_keys_resolve_to_the_set_or_the_registry_and_publishers_are_known():
    assert not set(OWN) & REGISTRY_KEYS
    for article in en_wires.ARTICLES:
        assert OWN[article.publisher].known, article.key
    for article, statement in _statements():
        assert statement.speaker in KNOWN_KEYS, statement.speaker
        assert set(statement.relays) <= KNOWN_KEYS, statement.relays
        assert statement.speaker not in statement.relays, statement.span
        assert article.publisher not in statement.relays, statement.span
        assert len(set(statement.relays)) == len(statement.relays), statement.span


def test_own_sources_are_well_formed_and_share_no_name():
    assert len(OWN) == len(en_wires.SOURCES)
    # A name two sources share links to neither.
    names = {" ".join(n.casefold().split()): e.key for e in REGISTRY for n in e.all_names()}
    for source in en_wires.SOURCES:
        assert isinstance(source, SourceSpec)
        assert source.country == "" or re.fullmatch(r"[A-Z]{2}", source.country), source.key
        for name in (source.name, source.short_name, *source.aliases):
            if name:
                owner = names.setdefault(" ".join(name.casefold().split()), source.key)
                assert owner == source.key, f"{name!r}: {owner} and {source.key}"


def test_texts_are_nfc_paragraphs_in_english():
    assert len({article.key for article in en_wires.ARTICLES}) == len(en_wires.ARTICLES)
    for article in en_wires.ARTICLES:
        text = article.text
        assert article.language == "en", article.key
        assert unicodedata.is_normalized("NFC", text), article.key
        assert unicodedata.is_normalized("NFC", article.title), article.key
        assert all(unicodedata.is_normalized("NFC", s.span) for s in article.statements)
        assert text == text.strip() and "\n\n\n" not in text, article.key
        assert "\n" not in text.replace("\n\n", ""), article.key
        assert all(paragraph == paragraph.strip() for paragraph in text.split("\n\n"))
        assert 120 <= len(text.split()) <= 400, article.key


def test_articles_follow_at_least_six_outlets_one_each():
    outlets = Counter(article.modelled_on for article in en_wires.ARTICLES)
    assert len(en_wires.ARTICLES) >= 8
    assert set(outlets) <= OUTLETS
    assert len(outlets) >= 6 and max(outlets.values()) == 1


def test_the_hard_cases_are_there():
    spans = [statement.span for _, statement in _statements()]
    # Quotations split around their attribution: a statement per part, none holding it.
    split = re.compile(r"[,.]” [^“”\n]* (?:said|told \w+)[,.] “")
    assert sum(len(split.findall(article.text)) for article in en_wires.ARTICLES) >= 3
    assert not any(split.search(f"{span}”") or "said, “" in span for span in spans)
    assert sum(span.startswith(("denied", "dismissed", "rejected")) for span in spans) >= 4
    assert sum(bool(statement.relays) for _, statement in _statements()) >= 5
    unknown = {s.speaker for _, s in _statements() if s.speaker in OWN and not OWN[s.speaker].known}
    assert len(unknown) >= 3
    texts = " ".join(article.text for article in en_wires.ARTICLES)
    for formula in ("could not independently verify", "(Reporting by", "tweeted", "on X"):
        assert formula in texts, formula
    for formula in ("told parliament", "told lawmakers", "the statement reads", "while the"):
        assert formula in texts, formula
    assert "ə" in texts


def test_every_article_has_sentences_that_are_not_statements():
    sentence_break = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”])\s+|\n\n")
    for article in en_wires.ARTICLES:
        assert len(negative_sentences(article, sentence_break)) >= 2, article.key
