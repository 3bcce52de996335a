"""Where a span of one version of a text stands in the next version.

A claim or a framing span is found again by its quote with the text around it, as a W3C
TextQuoteSelector is (exact, prefix, suffix), in this order:

1. the quote with its prefix and suffix, unchanged: ``exact`` (the nearest such place to where
   it stood, when the passage occurs more than once);
2. the quote alone, nearest to where it stood: ``moved`` (the words around it changed);
3. a passage like the quote: between its unchanged prefix and suffix (at least
   ``IN_CONTEXT_THRESHOLD`` alike), else the best fuzzy match in the whole text (rapidfuzz, at
   least ``FUZZY_THRESHOLD`` alike): ``changed``;
4. nothing: ``orphan``, and the span stays on the version it was made on.

Offsets are code points into normalised text, as everywhere (``sources.text``).
"""

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .text import context_around

EXACT, MOVED, CHANGED, ORPHAN = "exact", "moved", "changed", "orphan"
# How alike (``_alike``, 0–100) a passage must be to stand for a quote that was edited.
# A figure changed or a few words rephrased stay above it; a different sentence on the same
# topic falls below.
FUZZY_THRESHOLD = 75.0
# Between its unchanged prefix and suffix a rewritten sentence is placed when half of it stayed:
# the context already says where it stands.
IN_CONTEXT_THRESHOLD = 50.0
# A quote shorter than this is searched fuzzily only between its context: a short term with a
# letter changed elsewhere in the text is another word ("enemy", "energy").
MIN_FUZZY_CHARS = 12
# Context compared on each side, as the annotations' prefix and suffix store it.
CONTEXT = 32
# Where a passage may start: a word or a run of non-space (an opening quotation mark) begins;
# where it may end: one ends (so that a closing full stop can be part of it).
_STARTS = re.compile(r"(?<!\S)(?=\S)|\b(?=\w)")
_ENDS = re.compile(r"(?<=\S)(?!\S)|(?<=\w)\b")


@dataclass(frozen=True)
class Placement:
    state: str
    start: int | None = None
    end: int | None = None
    score: float = 100.0

    @property
    def placed(self) -> bool:
        return self.state != ORPHAN


def _occurrences(text: str, needle: str) -> list[int]:
    found, position = [], text.find(needle)
    while position != -1:
        found.append(position)
        position = text.find(needle, position + 1)
    return found


def _nearest(positions: list[int], target: int) -> int:
    return min(positions, key=lambda position: (abs(position - target), position))


def place_span(old_text: str, new_text: str, start: int, end: int) -> Placement:
    """Where ``old_text[start:end]`` stands in ``new_text``."""
    quote = old_text[start:end]
    prefix, suffix = context_around(old_text, start, end, CONTEXT)
    # Where it would stand if nothing moved, scaled to the new length: the tie-breaker.
    expected = start * len(new_text) // max(len(old_text), 1)
    in_context = _occurrences(new_text, prefix + quote + suffix)
    if in_context:
        found = _nearest(in_context, expected - len(prefix)) + len(prefix)
        return Placement(EXACT, found, found + len(quote))
    # The same words elsewhere in the old text (the other side's sentence, the same loaded word
    # in another speaker's mouth) are not this span. An occurrence with this span's own text on
    # one side is this span's; one with another old occurrence's text on one side is that
    # one's; of the rest, the nearest only when the new text has the quote as often as the old
    # (else which one went cannot be told).
    occurrences = _occurrences(new_text, quote)
    own = [at for at in occurrences if _beside(new_text, at, quote, prefix, suffix)]
    if own:
        found = _nearest(own, expected)
        return Placement(MOVED, found, found + len(quote))
    olds = _occurrences(old_text, quote)
    free = set(occurrences) - _kept_by_others(old_text, start, quote, olds, new_text, occurrences)
    if free and len(occurrences) >= len(olds):
        found = _nearest(sorted(free), expected)
        return Placement(MOVED, found, found + len(quote))
    in_between = _between_context(new_text, quote, prefix, suffix, expected)
    if in_between is not None:
        return in_between
    if len(quote) < MIN_FUZZY_CHARS:
        return Placement(ORPHAN, score=0.0)
    return _fuzzy(old_text, new_text, quote, expected)


def _beside(text: str, at: int, quote: str, prefix: str, suffix: str) -> bool:
    """Whether the quote at ``at`` has ``prefix`` just before it or ``suffix`` just after."""
    before = bool(prefix) and text.endswith(prefix, 0, at)
    return before or (bool(suffix) and text.startswith(suffix, at + len(quote)))


def _kept_by_others(
    old_text: str, start: int, quote: str, olds: list[int], new_text: str, occurrences: list[int]
) -> set[int]:
    """Which of the quote's ``occurrences`` in the new text are its other old occurrences
    (``olds``), known by their context on either side."""
    kept = set()
    for other in olds:
        if other == start:
            continue
        prefix, suffix = context_around(old_text, other, other + len(quote), CONTEXT)
        kept |= {at for at in occurrences if _beside(new_text, at, quote, prefix, suffix)}
    return kept


def _between_context(
    new_text: str, quote: str, prefix: str, suffix: str, expected: int
) -> Placement | None:
    """The passage between the quote's unchanged prefix and suffix, when it is like the quote:
    a figure or a word changed inside a sentence whose surroundings stayed."""
    if len(prefix) < CONTEXT // 2 or len(suffix) < CONTEXT // 2:
        return None  # too little context at the text's edge to trust
    best = None
    for prefix_at in _occurrences(new_text, prefix):
        start = prefix_at + len(prefix)
        end = new_text.find(suffix, start)
        if end <= start or end - start > 2 * len(quote) + CONTEXT:
            continue
        score = _alike(quote, new_text[start:end])
        key = (score, -abs(start - expected))
        if score >= IN_CONTEXT_THRESHOLD and (best is None or key > best[0]):
            best = (key, Placement(CHANGED, start, end, score))
    return best and best[1]


def _fuzzy(old_text: str, new_text: str, quote: str, expected: int) -> Placement:
    """The passage of ``new_text`` most like ``quote``, its edges moved to the word edges that
    make it most alike; an orphan when none is alike enough. A passage the old text already
    held word for word is not an edit of the quote but another sentence that stayed (Yerevan's
    account beside Baku's deleted one): never chosen."""
    alignment = fuzz.partial_ratio_alignment(quote, new_text, score_cutoff=FUZZY_THRESHOLD)
    if alignment is None:
        return Placement(ORPHAN, score=0.0)
    rough_start, rough_end = alignment.dest_start, alignment.dest_end
    reach = max(len(quote) // 3, 8)
    starts = _edges(new_text, _STARTS, rough_start - reach, rough_start + reach)
    ends = _edges(new_text, _ENDS, rough_end - reach, rough_end + reach)
    words = len(quote.split())
    best = None
    for start in starts:
        for end in ends:
            if end <= start:
                continue
            passage = new_text[start:end]
            if passage in old_text:
                continue
            score = _alike(quote, passage)
            # Equally alike, the passage with as many words as the quote wins: "three of its"
            # for "two of its", not "of its".
            key = (round(score, 6), -abs(len(passage.split()) - words), -abs(start - expected))
            if best is None or key > best[0]:
                best = (key, start, end, score)
    if best is None or best[3] < FUZZY_THRESHOLD:
        return Placement(ORPHAN, score=0.0 if best is None else best[3])
    _key, start, end, score = best
    return Placement(CHANGED, start, end, score)


def _alike(quote: str, passage: str) -> float:
    """How alike two passages are, 0–100: Levenshtein similarity, which (unlike rapidfuzz's
    ratio) counts a changed word as one edit rather than a deletion and an insertion, so that
    a passage cut short of its changed last word never beats the whole passage."""
    return 100 * Levenshtein.normalized_similarity(quote, passage)


def _edges(text: str, pattern: re.Pattern, low: int, high: int) -> list[int]:
    """Where ``pattern`` (word or token starts, or ends) matches between ``low`` and ``high``."""
    low, high = max(low, 0), min(high, len(text))
    return sorted({match.start() for match in pattern.finditer(text, low, high + 1)})
