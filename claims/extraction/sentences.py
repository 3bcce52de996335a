"""Sentences and statement spans: where a text's sentences end (outside quotation marks, not
after an abbreviation or an initial), whether a quotation is left open, and a statement's span
without the marks, punctuation and leading "that" around it."""

import re

from .rules import Rules

# Trimmed from a statement's ends: white space, punctuation, quotation marks, dashes. The start
# is matched at the statement's own position, so without "^" (which holds only where the
# text begins): a statement that opens on a quotation mark mid-sentence loses it too.
_TRIM_START = re.compile(r"(?:\s|[“\"«‘„]|[-–—]\s)+")
_TRIM_END = re.compile(r"(?:\s|[,.;:!?։…]|[”\"»“]|\s[-–—])+$")
MIN_STATEMENT_WORDS = 3


def paragraph_start(text: str, position: int) -> int:
    """Where the paragraph holding ``position`` starts: a line break ends one."""
    return text.rfind("\n", 0, position) + 1


def split_sentences(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Sentence spans. A line break always ends one; a sentence end only outside quotation
    marks, before white space and a capital, digit or quotation mark, and not after an
    abbreviation or an initial."""
    spans = []
    start = 0
    expected: list[str] = []  # the closing marks of the open quotations, innermost last
    closing = rules.closing
    closing_marks = rules.closing_marks
    # Only these characters can change anything; the text between them is skipped.
    for found in rules.stops.finditer(text):
        i = found.start()
        char = text[i]
        if char == "\n":
            spans.append((start, i))
            start = i + 1
            expected.clear()
        elif char in expected:
            # It closes the innermost quotation, or one further out left unclosed inside it.
            del expected[len(expected) - 1 - expected[::-1].index(char) :]
            if not expected and ends_here(text, i, rules, quote=True):
                spans.append((start, i + 1))
                start = i + 1
        elif char in closing:
            expected.append(closing[char])
        elif char in closing_marks:
            # A closing mark with nothing open: a quotation that opened in an earlier line.
            if not expected and ends_here(text, i, rules, quote=True):
                spans.append((start, i + 1))
                start = i + 1
        elif not expected and ends_here(text, i, rules, quote=False):
            spans.append((start, i + 1))
            start = i + 1
    spans.append((start, len(text)))
    return [(s, e) for s, e in (strip(text, s, e) for s, e in spans) if e > s]


def ends_here(text: str, i: int, rules: Rules, *, quote: bool) -> bool:
    # Only the characters around ``i`` are read, never a copy of the text before or after it:
    # this is asked at every full stop of texts of millions of characters.
    if quote:
        # A closing quotation mark ends the sentence when the quotation ended with one.
        before = i - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        if before < 0 or text[before] not in rules.sentence_end:
            return False
    after = text[i + 1 : i + 3]
    if after and not after[0].isspace():
        return False
    following = i + 1
    while following < len(text) and text[following] in " \t":
        following += 1
    if following < len(text) and not (
        text[following].isupper()
        or text[following].isdigit()
        or text[following] in rules.closing
        or text[following] in "‘(\n—–-"
    ):
        return False
    if following < len(text) and text[following] in "—–-":
        # "«… ?» — спросил он": a dash before a word in lower case goes on with the sentence.
        word = following + 1
        while word < len(text) and text[word] in " \t":
            word += 1
        if word > following + 1 and word < len(text) and text[word].islower():
            return False
    if not quote and text[i] == ".":
        token = _token_before(text, i)
        if token in rules.abbreviations or (len(token) == 1 and token.isupper()):
            return False
    return True


def _token_before(text: str, i: int) -> str:
    """The run of word characters and full stops that ends at ``i`` ("Gen", "U.S")."""
    start = i
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):
        start -= 1
    return text[start:i]


def strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def inside_quotation(before: str, rules: Rules) -> bool:
    """Whether a quotation opened in ``before`` is still open at its end."""
    for opening, closing in rules.closing.items():
        if opening == closing:
            if before.count(opening) % 2:
                return True
        elif before.count(opening) > before.count(closing):
            return True
    return False


def trim(
    text: str, start: int, end: int, rules: Rules, *, quoted: bool = False
) -> tuple[int, int] | None:
    """A statement's span without what surrounds it; ``quoted``: a paragraph of a quotation,
    whose first word is the speaker's even when it is "that" ("Что касается …")."""
    piece = text[start:end]
    new_start = start
    while True:  # white space, quotation marks and a leading "that", in any order
        lead = _TRIM_START.match(text, new_start, end)
        if lead and lead.end() > new_start:
            new_start = lead.end()
            continue
        that = (
            rules.complementiser.match(text, new_start, end)
            if rules.complementiser and not quoted
            else None
        )
        if that is None:
            break
        new_start = that.end()
    trail = _TRIM_END.search(piece)
    new_end = end - (len(piece) - trail.start() if trail else 0)
    # Keep a closing quotation mark that closes one opened inside the statement.
    inside = text[new_start:new_end]
    if new_end < end and _opens_more_than_closes(inside, text[new_end], rules):
        new_end += 1
    if new_end <= new_start or len(text[new_start:new_end].split()) < MIN_STATEMENT_WORDS:
        return None
    return new_start, new_end


def _opens_more_than_closes(inside: str, mark: str, rules: Rules) -> bool:
    """Whether ``mark`` closes a quotation opened in ``inside`` and not closed there."""
    openers = [o for o, c in rules.closing.items() if c == mark and o != c]
    return any(inside.count(o) > inside.count(mark) for o in openers)
