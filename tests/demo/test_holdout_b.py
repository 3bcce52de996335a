"""The Azerbaijani and Armenian held-out sets are consistent with the labelling rules.

No database: the checks read the set modules only. Each check returns the problems it finds, so
the same functions are run on copies with a broken label to show that they catch it.
"""

import dataclasses
import re
import unicodedata
from types import SimpleNamespace

import pytest

from demo.extraction_set import Article, SourceSpec, Statement
from demo.extraction_sets import holdout_az, holdout_hy

# The starter registry's keys (sources/registry/actors.toml), fixed before the sets were written.
REGISTRY_KEYS = frozenset(
    {
        *("az-mod", "am-mod", "ru-mod", "az-mfa", "am-mfa", "ru-mfa", "az-pres", "am-gov"),
        *("am-sc", "az-border", "am-nss", "ru-kremlin", "ru-peacekeepers", "am-hrd"),
        "az-ombudsman",
        *("aliyev", "hajiyev", "bayramov", "hajizada", "hasanov", "dargahli", "pashinyan"),
        *("mirzoyan", "badalyan", "papikyan", "stepanyan", "torosyan", "grigoryan", "putin"),
        *("peskov", "lavrov", "zakharova", "shoigu", "konashenkov"),
        *("interfax", "ria", "tass", "sputnik", "apa", "trend", "azertac", "report-az"),
        *("armenpress", "news-am", "reuters", "ap", "afp", "rferl", "bbc", "eurasianet"),
        "oc-media",
    }
)
OUTLETS = {
    "az": {
        "APA",
        "Trend",
        "AZERTAC",
        "Report.az",
        "Ministry of Defence of Azerbaijan",
        "1news.az",
    },
    "hy": {
        "Armenpress",
        "news.am",
        "Azatutyun (RFE/RL Armenian service)",
        "Ministry of Defence of Armenia",
        "CivilNet",
        "Hetq",
    },
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
# Spans never start or end with white space, a quotation mark, a comma or a full stop; the
# Armenian full stop is "։" (news.am writes ":"), its comma-like pause "՝".
EDGE_CHARACTERS = set(" \t\n\"'“”„«»‘’,.։:․՝")
SENTENCE_END = re.compile(r"(?<=[.!?։:])[»”\"]?\s+")
MODULES = {"az": holdout_az, "hy": holdout_hy}


def _span_problems(article: Article) -> list[str]:
    problems = []
    for statement in article.statements:
        span, count = statement.span, article.text.count(statement.span)
        if count != 1:
            problems.append(f"{article.key}: {count} times in the text: {span!r}")
        if "\n" in span:
            problems.append(f"{article.key}: crosses a paragraph: {span!r}")
        if not span or span[0] in EDGE_CHARACTERS or span[-1] in EDGE_CHARACTERS:
            problems.append(f"{article.key}: untrimmed: {span!r}")
    return problems


def _key_problems(article: Article, sources: dict[str, SourceSpec]) -> list[str]:
    known = REGISTRY_KEYS | set(sources)
    problems = []
    if article.publisher not in known or not getattr(sources.get(article.publisher), "known", True):
        problems.append(f"{article.key}: publisher {article.publisher!r} is not a known source")
    for statement in article.statements:
        for key in (statement.speaker, *statement.relays):
            if key not in known:
                problems.append(f"{article.key}: unknown key {key!r}")
        if statement.speaker in statement.relays or article.publisher in statement.relays:
            problems.append(f"{article.key}: speaker or publisher among the relays")
        if len(set(statement.relays)) != len(statement.relays):
            problems.append(f"{article.key}: a relay repeated")
    return problems


def _text_problems(article: Article) -> list[str]:
    text, problems = article.text, []
    if not unicodedata.is_normalized("NFC", text) or not unicodedata.is_normalized(
        "NFC", article.title
    ):
        problems.append(f"{article.key}: not NFC")
    paragraphs = text.split("\n\n")
    if text != text.strip() or any(p != p.strip() or not p or "\n" in p for p in paragraphs):
        problems.append(f"{article.key}: paragraphs not separated by exactly one blank line")
    if not 6 <= len(paragraphs) <= 14:
        problems.append(f"{article.key}: {len(paragraphs)} paragraphs")
    if not 5 <= len(article.statements) <= 12:
        problems.append(f"{article.key}: {len(article.statements)} statements")
    return problems


def _negatives(article: Article) -> int:
    """Sentences that hold no span: the publisher's own voice, datelines, attributions."""
    ranges = []
    for statement in article.statements:
        start = article.text.find(statement.span)
        ranges.append((start, start + len(statement.span)))
    sentences, start = [], 0
    for match in SENTENCE_END.finditer(article.text):
        sentences.append((start, match.start()))
        start = match.end()
    sentences.append((start, len(article.text)))
    return sum(
        all(last <= first_span or first >= last_span for first_span, last_span in ranges)
        for first, last in sentences
    )


def problems(module, language: str) -> list[str]:
    sources = {source.key: source for source in module.SOURCES}
    found = []
    if len(sources) != len(module.SOURCES) or REGISTRY_KEYS & set(sources):
        found.append("a source key is repeated or shadows a registry key")
    for source in module.SOURCES:
        if source.kind not in KINDS or not re.fullmatch(r"[A-Z]{2}|", source.country):
            found.append(f"{source.key}: bad kind or country")
    if not any(not source.known for source in module.SOURCES):
        found.append("no speaker the desk does not have")
    outlets = [article.modelled_on for article in module.ARTICLES]
    if len(module.ARTICLES) != 4 or len(set(outlets)) != 4:
        found.append("not four articles after four different outlets")
    if len({article.key for article in module.ARTICLES}) != len(module.ARTICLES):
        found.append("article keys repeated")
    for article in module.ARTICLES:
        if article.language != language or article.modelled_on not in OUTLETS[language]:
            found.append(f"{article.key}: language or outlet")
        if article.style not in STYLES:
            found.append(f"{article.key}: style {article.style!r}")
        if _negatives(article) < 2:
            found.append(f"{article.key}: fewer than two sentences without a statement")
        found += _span_problems(article) + _key_problems(article, sources) + _text_problems(article)
    return found


@pytest.mark.parametrize("language", sorted(MODULES))
def test_the_set_keeps_the_labelling_rules(language):
    assert problems(MODULES[language], language) == []


def test_the_sets_hold_the_hard_cases():
    statements = [s for m in MODULES.values() for a in m.ARTICLES for s in a.statements]
    assert sum(len(s.relays) == 2 for s in statements) >= 2
    assert sum(len(s.relays) >= 1 for s in statements) >= 6
    local = {source.key: source for m in MODULES.values() for source in m.SOURCES}
    assert sum(s.speaker in local and not local[s.speaker].known for s in statements) >= 4
    texts = "".join(a.text for m in MODULES.values() for a in m.ARTICLES)
    assert {"ə", "։", "«", "“"} <= set(texts)


def _broken(module, article_index: int, **changes) -> SimpleNamespace:
    """A copy of the module whose article has its first statement changed."""
    articles = list(module.ARTICLES)
    article = articles[article_index]
    first = dataclasses.replace(article.statements[0], **changes)
    articles[article_index] = dataclasses.replace(
        article, statements=(first, *article.statements[1:])
    )
    return SimpleNamespace(SOURCES=module.SOURCES, ARTICLES=tuple(articles))


@pytest.mark.parametrize(
    "change",
    [
        lambda s: {"span": s.span + "."},
        lambda s: {"span": " " + s.span},
        lambda s: {"span": s.span[:-1] + "?"},
        lambda s: {"span": "«" + s.span},
        lambda s: {"speaker": "no-such-source"},
        lambda s: {"relays": ("tass", "tass")},
        lambda s: {"relays": (s.speaker,)},
    ],
)
@pytest.mark.parametrize("language", sorted(MODULES))
def test_a_broken_label_is_caught(language, change):
    module = MODULES[language]
    statement: Statement = module.ARTICLES[1].statements[0]
    assert problems(_broken(module, 1, **change(statement)), language) != []


def test_a_publisher_relay_and_a_bad_text_are_caught():
    module = holdout_hy
    article = module.ARTICLES[0]
    relayed = _broken(module, 0, relays=(article.publisher,))
    assert problems(relayed, "hy") != []
    latin = holdout_az.ARTICLES[0]
    decomposed = dataclasses.replace(latin, text=unicodedata.normalize("NFD", latin.text))
    assert _text_problems(decomposed) != []
    squeezed = dataclasses.replace(article, text=article.text.replace("\n\n", "\n", 1))
    assert _text_problems(squeezed) != []
