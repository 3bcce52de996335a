"""Quotations that run over paragraphs, for the statement finder: one a paragraph before left
open (reopened), one a sentence announces with a colon or a closing verb (quotation_after,
introduces), the paragraphs a quotation ran through before its attribution
(with_earlier_paragraphs), and whether a statement's quotation closes after it
(ends_quotation)."""

import bisect
import itertools
from collections.abc import Iterable, Iterator

from .rules import Rules
from .sentences import inside_quotation, paragraph_start, trim
from .statement import Statement

# How many paragraphs a quotation announced before it may run over.
MAX_FOLLOWING_PARAGRAPHS = 12


class Taken:
    """Spans of the text already taken, asked whether a stretch overlaps any of them by
    bisection: a document of two million characters holds some ten thousand statements."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        # The furthest any of the first i spans reaches: a span ending in a stretch may have
        # started long before it.
        self.reach = list(itertools.accumulate((end for _, end in self.spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect.bisect_left(self.starts, end)
        return bool(at) and self.reach[at - 1] > start


MAX_QUOTED_PARAGRAPHS = 3


def reopened(text: str, start: int, end: int, rules: Rules) -> str:
    """For a sentence opening a paragraph with a closing mark and no opening one, in a quotation
    that a paragraph before it left open ("«… \n\n …», — заявила X"): that quotation's opening
    mark; "" otherwise."""
    paragraph = paragraph_start(text, start)
    if text[paragraph:start].strip():
        return ""
    sentence = text[start:end]
    unclosed = [
        opening
        for opening, closing in rules.closing.items()
        if opening != closing and sentence.count(closing) > sentence.count(opening)
    ]
    if not unclosed or not _quotation_runs_on(text, paragraph, rules):
        return ""
    return unclosed[0]


def _quotation_runs_on(text: str, paragraph: int, rules: Rules) -> bool:
    """Whether a paragraph before ``paragraph`` (within reach, over paragraphs without
    quotation marks) leaves a quotation open."""
    for start, end in _paragraphs_before(text, paragraph):
        piece = text[start:end]
        if inside_quotation(piece, rules):
            return True
        if _has_quotation_mark(piece, rules):
            return False
    return False


def _paragraphs_before(text: str, paragraph: int) -> Iterator[tuple[int, int]]:
    """The spans of the paragraphs before the one starting at ``paragraph``, nearest first,
    as far back as a quotation is followed."""
    end = paragraph
    for _ in range(MAX_QUOTED_PARAGRAPHS):
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == 0:
            return
        start = paragraph_start(text, end)
        yield start, end
        end = start


def _has_quotation_mark(piece: str, rules: Rules) -> bool:
    return any(mark in piece for pair in rules.closing.items() for mark in pair)


def quotation_after(text: str, end: int, rules: Rules) -> tuple[tuple[int, int], ...] | None:
    """The words of the quotation that makes up the whole paragraph after the sentence ending
    at ``end``, when that sentence ends its paragraph: "Նա գրել է.\n\n«…»։". A quotation may
    run on over the paragraphs after, each opening with the mark again and only the last
    closing it ("The ministry said:\n\n“…\n\n“…\n\n“…”"): the words of each, in order."""
    rest = text[end : end + 8]
    if "\n" not in rest or rest[: rest.index("\n")].strip(" .:" + rules.sentence_end):
        return None
    start = end + rest.index("\n")
    spans: list[tuple[int, int]] = []
    opening = None
    while len(spans) < MAX_FOLLOWING_PARAGRAPHS:
        while start < len(text) and text[start] in "\n \t":
            start += 1
        stop = text.find("\n", start)
        stop = len(text) if stop == -1 else stop
        paragraph = text[start:stop].rstrip().rstrip(rules.sentence_end + ".").rstrip()
        if opening is not None and paragraph[:1] != opening:
            break  # the quotation was left open where the copy ends or goes on in its own words
        closing = rules.closing.get(paragraph[:1])
        if closing is None or len(paragraph) < 3:
            break
        inner = paragraph[1:-1] if paragraph.endswith(closing) else paragraph[1:]
        # "«…»,- ասաց նա, - «…»": a paragraph that closes its quotation before its end says
        # who spoke within it.
        if closing != paragraph[:1] and inner.count(closing) > inner.count(paragraph[:1]):
            break
        if paragraph.endswith(closing) and (
            closing == paragraph[:1] or not inside_quotation(paragraph[1:], rules)
        ):
            spans.append((start + 1, start + len(paragraph) - 1))
            return tuple(spans)
        if closing == paragraph[:1] or not inside_quotation(paragraph, rules):
            break
        # Left open: the quotation runs on into the next paragraph.
        spans.append((start + 1, start + len(paragraph)))
        opening = paragraph[:1]
        start = stop
    return tuple(spans) or None


def with_earlier_paragraphs(text: str, found: list[Statement], rules: Rules) -> list[Statement]:
    """Quotations that run over several paragraphs, attributed after their last one ("«… \n\n
    …», - deyə nazirlikdən bildirilib"): each earlier paragraph of the quotation is a statement
    of the same speaker too. A quotation opens in a paragraph that leaves it open; paragraphs
    between may open it again (as English copy does) or have no quotation marks at all."""
    result: list[Statement] = []
    taken = Taken((statement.start, statement.end) for statement in found)
    for statement in found:
        earlier = []
        paragraph = paragraph_start(text, statement.start)
        opens_paragraph = not text[paragraph : statement.start].strip(
            " \t" + "".join(rules.closing)
        )
        if opens_paragraph and ends_quotation(text, statement, rules):
            earlier = _quoted_paragraphs_before(text, paragraph, taken, rules)
        result.extend(
            Statement(
                start,
                end,
                statement.speaker,
                list(statement.relays),
                statement.audience,
                f"{statement.pattern} (a paragraph the quotation began in)",
            )
            for start, end in earlier
        )
        result.append(statement)
    return result


def _quoted_paragraphs_before(
    text: str, paragraph: int, taken: Taken, rules: Rules
) -> list[tuple[int, int]]:
    """The spans of the paragraphs before ``paragraph`` that a quotation ending in it ran
    through, in text order; none when no paragraph within reach leaves a quotation open."""
    spans: list[tuple[int, int]] = []  # nearest first
    unmarked: list[tuple[int, int]] = []  # paragraphs between, kept once the opening is found
    for start, end in _paragraphs_before(text, paragraph):
        if taken.overlaps(start, end):
            break  # a statement of its own
        piece = text[start:end]
        if not inside_quotation(piece, rules):
            if _has_quotation_mark(piece, rules):
                break  # its quotations close within it: none runs on from here
            trimmed = trim(text, start, end, rules, quoted=True)
            if trimmed is not None:
                unmarked.append(trimmed)
            continue
        spans.extend(unmarked)
        unmarked = []
        began_inside = piece.lstrip()[:1] not in rules.closing
        if began_inside:
            # After words of its own ("The ministry said: “…"): from its opening mark.
            start += max(piece.rfind(opening) for opening in rules.closing)
        trimmed = trim(text, start, end, rules, quoted=True)
        if trimmed is not None:
            spans.append(trimmed)
        if began_inside:
            break
    return spans[::-1]


def ends_quotation(text: str, statement: "Statement", rules: Rules) -> bool:
    """Whether a statement is a quotation whose closing mark follows it (after a comma or full
    stop): one whose earlier paragraphs may belong to it (``with_earlier_paragraphs``)."""
    after = statement.end
    while after < len(text) and text[after] in rules.sentence_end + ",":
        after += 1
    return after < len(text) and text[after] in rules.closing_marks


def introduces(text: str, introduced: Statement, start: int, rules: Rules) -> bool:
    """Whether the sentence starting at ``start`` opens the paragraph right after the colon
    that ended ``introduced``'s sentence (the verb may stand between its statement and the colon:
    "X said that C:", "X, C-ing, said:")."""
    colon = text.rfind(":", introduced.end, start)
    if colon < 0:
        return False
    between = text[colon:start]
    closing = "".join(rules.closing.values())
    return not between.strip(" \t\n:" + closing) and 0 < between.count("\n") <= 2
