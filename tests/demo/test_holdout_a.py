"""The held-out English and Russian sets keep their own labelling rules: no database, no Django.

``_problems`` names every way an article breaks the rules; the set must have none, and each
kind of broken label must be caught.
"""

import re
import unicodedata
from dataclasses import replace

import pytest

from demo.extraction_set import Article, SourceSpec, Statement
from demo.extraction_sets import holdout_en, holdout_ru

# The starter registry (sources/registry/actors.toml), whose keys are fixed.
REGISTRY_KEYS = frozenset(
    {
        # institutions
        "az-mod",
        "am-mod",
        "ru-mod",
        "az-mfa",
        "am-mfa",
        "ru-mfa",
        "az-pres",
        "am-gov",
        "am-sc",
        "az-border",
        "am-nss",
        "ru-kremlin",
        "ru-peacekeepers",
        "am-hrd",
        "az-ombudsman",
        # people
        "aliyev",
        "hajiyev",
        "bayramov",
        "hajizada",
        "hasanov",
        "dargahli",
        "pashinyan",
        "mirzoyan",
        "badalyan",
        "papikyan",
        "stepanyan",
        "torosyan",
        "grigoryan",
        "putin",
        "peskov",
        "lavrov",
        "zakharova",
        "shoigu",
        "konashenkov",
        # agencies and outlets
        "interfax",
        "ria",
        "tass",
        "sputnik",
        "apa",
        "trend",
        "azertac",
        "report-az",
        "armenpress",
        "news-am",
        "reuters",
        "ap",
        "afp",
        "rferl",
        "bbc",
        "eurasianet",
        "oc-media",
    }
)
OUTLETS = {
    "en": {"Reuters", "Associated Press", "AFP", "BBC News", "RFE/RL", "Eurasianet", "OC Media"},
    "ru": {"Interfax", "TASS", "RIA Novosti", "Kommersant", "Sputnik", "RBC"},
}
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
# Whitespace, full stop, comma and every quotation mark the articles use, single ones included
# (the news-site article quotes with ‘ ’).
EDGE_CHARACTERS = frozenset(" \t\n.,\"'“”‘’«»„")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”’»])\s+")
MODULES = {"en": holdout_en, "ru": holdout_ru}


def _problems(article: Article, sources: tuple[SourceSpec, ...]) -> list[str]:
    local = {source.key: source for source in sources}
    problems = []
    text = article.text
    if not unicodedata.is_normalized("NFC", text):
        problems.append("text is not NFC")
    paragraphs = text.split("\n\n")
    if text != text.strip() or "\n" in text.replace("\n\n", "") or "\n\n\n" in text:
        problems.append("paragraphs are not separated by exactly one blank line")
    if any(paragraph != paragraph.strip() or not paragraph for paragraph in paragraphs):
        problems.append("a paragraph has surrounding whitespace or is empty")
    if not 6 <= len(paragraphs) <= 14:
        problems.append(f"{len(paragraphs)} paragraphs")
    if not 5 <= len(article.statements) <= 12:
        problems.append(f"{len(article.statements)} statements")
    if article.style not in STYLES:
        problems.append(f"style {article.style!r}")
    if article.modelled_on not in OUTLETS.get(article.language, ()):
        problems.append(f"modelled on {article.modelled_on!r} in {article.language!r}")
    if article.publisher not in local or not local[article.publisher].known:
        problems.append(f"publisher {article.publisher!r} is not a known source of the set")
    for statement in article.statements:
        span = statement.span
        if not span:
            problems.append("empty span")
            continue
        if text.count(span) != 1:
            problems.append(f"occurs {text.count(span)} times: {span!r}")
        if "\n" in span:
            problems.append(f"crosses a paragraph: {span!r}")
        if span[0] in EDGE_CHARACTERS or span[-1] in EDGE_CHARACTERS:
            problems.append(f"untrimmed: {span!r}")
        for key in (statement.speaker, *statement.relays):
            if key not in local and key not in REGISTRY_KEYS:
                problems.append(f"unknown key {key!r}")
        if statement.speaker in statement.relays:
            problems.append(f"speaker among the relays: {span!r}")
        if article.publisher in statement.relays:
            problems.append(f"publisher as a relay: {span!r}")
        if len(set(statement.relays)) != len(statement.relays):
            problems.append(f"relay repeated: {span!r}")
    return problems


def _negative_sentences(article: Article) -> int:
    """Sentences (by a plain split) that overlap no labelled span."""
    ranges = []
    for statement in article.statements:
        start = article.text.find(statement.span)
        ranges.append((start, start + len(statement.span)))
    sentences, start = [], 0
    for match in SENTENCE_BREAK.finditer(article.text):
        sentences.append((start, match.start()))
        start = match.end()
    sentences.append((start, len(article.text)))
    return sum(
        not any(first < end and begin < last for begin, end in ranges) for first, last in sentences
    )


ALL_ARTICLES = [
    pytest.param(module, article, id=article.key)
    for module in MODULES.values()
    for article in module.ARTICLES
]


@pytest.mark.parametrize(("module", "article"), ALL_ARTICLES)
def test_every_article_keeps_the_labelling_rules(module, article):
    assert _problems(article, module.SOURCES) == []


@pytest.mark.parametrize(("module", "article"), ALL_ARTICLES)
def test_every_article_has_sentences_in_the_publishers_own_voice(module, article):
    assert _negative_sentences(article) >= 2


@pytest.mark.parametrize(("language", "module"), MODULES.items())
def test_four_articles_per_language_each_after_a_different_outlet(language, module):
    assert len(module.ARTICLES) == 4
    assert {article.language for article in module.ARTICLES} == {language}
    outlets = [article.modelled_on for article in module.ARTICLES]
    assert len(set(outlets)) == 4, outlets


@pytest.mark.parametrize("module", MODULES.values())
def test_sources_are_well_formed_and_shadow_no_registry_key(module):
    keys = [source.key for source in module.SOURCES]
    assert len(keys) == len(set(keys))
    assert not set(keys) & REGISTRY_KEYS
    for source in module.SOURCES:
        assert source.kind in KINDS, source.key
        assert source.country == "" or re.fullmatch(r"[A-Z]{2}", source.country), source.key
    unknown = {source.key for source in module.SOURCES if not source.known}
    speakers = {s.speaker for article in module.ARTICLES for s in article.statements}
    assert len(unknown & speakers) >= 2
    assert unknown <= speakers


def test_the_two_sets_share_no_key_or_article_key():
    assert not {s.key for s in holdout_en.SOURCES} & {s.key for s in holdout_ru.SOURCES}
    article_keys = [a.key for module in MODULES.values() for a in module.ARTICLES]
    assert len(article_keys) == len(set(article_keys))


def _first(module=holdout_en):
    article = module.ARTICLES[0]
    return article, article.statements[0]


def _with_statement(article: Article, statement: Statement) -> Article:
    return replace(article, statements=(statement, *article.statements[1:]))


@pytest.mark.parametrize(
    "break_it",
    [
        pytest.param(lambda a, s: _with_statement(a, replace(s, span=s.span + ".")), id="stop"),
        pytest.param(lambda a, s: _with_statement(a, replace(s, span=" " + s.span)), id="space"),
        pytest.param(
            lambda a, s: _with_statement(a, replace(s, span=s.span[:-1] + "?")), id="gone"
        ),
        pytest.param(lambda a, s: _with_statement(a, replace(s, span="the")), id="repeated"),
        pytest.param(lambda a, s: _with_statement(a, replace(s, speaker="nobody")), id="key"),
        pytest.param(
            lambda a, s: _with_statement(a, replace(s, relays=(a.publisher,))), id="publisher"
        ),
        pytest.param(
            lambda a, s: _with_statement(a, replace(s, relays=(s.speaker,))), id="speaker-relay"
        ),
        pytest.param(lambda a, s: replace(a, text=a.text.replace("\n\n", "\n", 1)), id="newline"),
        pytest.param(
            lambda a, s: replace(a, text=a.text + "\n\nCafe\u0301 owners said nothing."),
            id="not-nfc",
        ),
        pytest.param(lambda a, s: replace(a, publisher="melkonyan"), id="unknown-publisher"),
        pytest.param(lambda a, s: replace(a, modelled_on="TASS"), id="outlet-language"),
    ],
)
def test_a_broken_label_is_caught(break_it):
    article, statement = _first()
    assert _problems(article, holdout_en.SOURCES) == []
    assert _problems(break_it(article, statement), holdout_en.SOURCES) != []


def test_a_quotation_mark_at_a_russian_span_edge_is_caught():
    article, statement = _first(holdout_ru)
    index = article.text.index(statement.span)
    text = article.text[:index] + "«" + article.text[index:]
    broken = replace(
        article, text=text, statements=(replace(statement, span="«" + statement.span),)
    )
    assert any("untrimmed" in problem for problem in _problems(broken, holdout_ru.SOURCES))
