"""Checks every labelled extraction set must pass, shared by the sets' own tests: each span once
in its text, within a paragraph and trimmed; no two spans of an article overlapping; and the
sentences that hold no statement, which every article needs a few of."""

import itertools
import re


def statements(articles):
    for article in articles:
        for statement in article.statements:
            yield article, statement


def assert_spans_once_and_trimmed(articles, edge_characters: set[str]) -> None:
    for article, statement in statements(articles):
        span = statement.span
        first = article.text.find(span)
        assert first != -1, f"{article.key}: not in the text: {span!r}"
        assert article.text.find(span, first + 1) == -1, f"{article.key}: twice: {span!r}"
        assert "\n" not in span, f"{article.key}: crosses a paragraph: {span!r}"
        assert span[0] not in edge_characters, f"{article.key}: untrimmed start: {span!r}"
        assert span[-1] not in edge_characters, f"{article.key}: untrimmed end: {span!r}"


def assert_spans_apart(articles) -> None:
    for article in articles:
        ranges = sorted(_ranges(article))
        for (_, end), (start, _) in itertools.pairwise(ranges):
            assert end <= start, article.key


def negative_sentences(article, sentence_break: re.Pattern) -> list[tuple[int, int]]:
    """The sentences of an article (split at ``sentence_break``) that no statement touches."""
    ranges = _ranges(article)
    sentences, start = [], 0
    for match in sentence_break.finditer(article.text):
        sentences.append((start, match.start()))
        start = match.end()
    sentences.append((start, len(article.text)))
    return [
        (first, last)
        for first, last in sentences
        if not any(first < end and begin < last for begin, end in ranges)
    ]


def _ranges(article) -> list[tuple[int, int]]:
    return [
        (article.text.index(s.span), article.text.index(s.span) + len(s.span))
        for s in article.statements
    ]
