"""The statement finder: attributed statements in a text, with who said and who relayed them.

It knows no database. It is given the text, a language's rules and the places where known
source names stand (``names``: code-point spans), and returns each statement's span and the
spans of the phrases naming its speaker and relays. Linking those phrases to sources, and
resolving "it" or "the ministry" to an earlier speaker, is ``resolution``'s work.

Sentences are split at the language's sentence ends outside quotations, so a quotation of
several sentences stays one statement. Each sentence is tried against the language's patterns in
order; a pattern's ``inner`` clause is tried again, and when it has an attribution of its own,
the outer source is a relay of that statement ("…, according to Interfax" after "Pashinyan said
…"). A pattern of the "previous" kind attributes the sentence before the one it matches ("Об
этом сообщили в пресс-службе …"), when that sentence is in the same paragraph (or, where the
pattern allows it, ends the paragraph just before) and no pattern took it; one of the
"continued" kind carries on the statement the sentence before ended with ("“…,” she said.
“…”", "She said that … . “…”"): what it quotes is a statement of the same speaker, since a
span is one stretch of text and holds no attribution. With ``across_paragraphs``, a
"continued" pattern takes the quotation in the paragraph after a sentence that gave a statement
and ended with a colon; a pattern of the "next" kind announces the quotation of the
paragraphs after it ("Նա գրել է." then «…»). How a quotation runs over paragraphs, before or
after its attribution, is ``quotations``' work.

One sentence may hold two speakers' statements ("Baku said …, while Yerevan said …", "… ;
Yerevan denied it"): where the language's ``clause_break`` stands outside quotation marks and
the clause after it has an attribution of its own, each clause is read on its own.
"""

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sources.registry.offices import names_an_office

from .quotations import (
    Taken,
    introduces,
    quotation_after,
    reopened,
    with_earlier_paragraphs,
)
from .rules import NAME_MARK, Rules
from .sentences import inside_quotation, paragraph_start, split_sentences, strip, trim
from .statement import Phrase, Statement

MAX_DEPTH = 2


@dataclass(frozen=True)
class Sentences:
    """A text's sentences, and the text with its known names masked: what the finder, the
    speaking subjects and the reviews all read, made once for the three of them."""

    masked: str
    spans: list[tuple[int, int]]


def sentences_of(text: str, rules: Rules, names: list[tuple[int, int]]) -> Sentences:
    return Sentences(_mask(text, names), split_sentences(text, rules))


def find_statements(
    text: str, rules: Rules, names: list[tuple[int, int]], read: Sentences | None = None
) -> list[Statement]:
    """``names`` are the spans of known names, in text order and not overlapping; ``read``,
    the text's ``sentences_of`` when they were made already."""
    read = read or sentences_of(text, rules, names)
    masked = read.masked
    spans = _Names(names)
    found = []
    previous = None  # the sentence before, while no statement was found in it
    # From the first of the sentences before, in the paragraph of ``previous``, in which no
    # statement was found, to the end of ``previous``.
    run = None
    # The last statement of the sentence before: a sentence that is a quotation and nothing
    # else goes on with its speaker's words, whether it quoted them or reported them ("He noted
    # that … . “…”").
    last = None
    # The statement of a sentence that ends with a colon, the quotation it introduces to come.
    introduced = None
    # A dateline opening a paragraph ("Bakı, 14 mart, APA.") is no part of any statement, nor
    # of the paragraph a later sentence attributes ("Bu barədə … məlumat verilib").
    datelines = _datelines(text, rules)
    for start, end in read.spans:
        if datelines:
            paragraph = paragraph_start(text, start)
            opening = datelines.get(paragraph, paragraph)
            if end <= opening:
                continue
            start = max(start, opening)
        statements = _match(
            text,
            masked,
            start,
            end,
            rules,
            spans,
            depth=0,
            previous=previous,
            run=run,
            last=last,
            introduced=introduced,
            reopened=reopened(text, start, end, rules),
            announcing=True,
        )
        found.extend(statements)
        if statements:
            run = None
        elif run is not None and previous is not None and "\n" not in text[previous[1] : start]:
            run = (run[0], end)
        else:
            run = (start, end)
        previous = None if statements else (start, end)
        introduced = statements[-1] if statements and text[start:end].endswith(":") else None
        last = statements[-1] if statements else None
    return with_earlier_paragraphs(text, found, rules)


# Words that may stand before the name opening a sentence: a dateline, a title, "The".
MAX_WORDS_BEFORE_SUBJECT = 3


def speaking_subjects(
    text: str,
    rules: Rules,
    names: list[tuple[int, int]],
    statements: list[Statement],
    read: Sentences | None = None,
) -> list[tuple[int, int]]:
    """Known names opening a sentence that holds a verb of saying or accusing but no statement
    ("Минобороны Армении сообщило об атаке …", "ՀՀ ՊՆ-ն հայտնել է … մասին"): whom "the
    ministry" of the sentences after may mean, though nothing they said was taken. The spans
    of those names, in text order."""
    read = read or sentences_of(text, rules, names)
    masked = read.masked
    spans = _Names(names)
    # A sentence holding a statement, or the attribution of one ("Об этом сообщило …" names
    # the speaker of the sentence before it).
    taken = Taken(
        span
        for statement in statements
        for span in (
            (statement.start, statement.end),
            (statement.speaker.start, statement.speaker.end),
        )
    )
    subjects = []
    for start, end in read.spans:
        inside = spans.within(start, end)
        if not inside or len(text[start : inside[0][0]].split()) > MAX_WORDS_BEFORE_SUBJECT:
            continue
        if taken.overlaps(start, end):
            continue  # a statement was taken from it
        sentence = masked[start:end]
        if any(rules.cues[cue].search(sentence) for cue in ("SAY", "ACCUSE")):
            subjects.append(inside[0])
    return subjects


def _datelines(text: str, rules: Rules) -> dict[int, int]:
    """Where each paragraph that opens with a dateline starts, and where its dateline ends: a
    pasted article may open with its headline, and a page may hold several stories."""
    if rules.dateline is None:
        return {}
    return {
        start: found.end()
        for start in _paragraph_starts(text)
        if (found := rules.dateline.match(text, start))
    }


def reviews(
    text: str, rules: Rules, names: list[tuple[int, int]], read: Sentences | None = None
) -> list[tuple[int, int]]:
    """The known names of the outlets that paragraphs of the text are passed on from, each a
    paragraph of its own before them ("Tert.am-ը գրում է." on a site that reprints others'
    copy): their spans, in text order."""
    if rules.review is None:
        return []
    masked = read.masked if read is not None else _mask(text, names)
    found = []
    for start in _paragraph_starts(text):
        end = text.find("\n", start)
        match = rules.review.match(masked, start, len(text) if end == -1 else end)
        if match is not None:
            found.append((match.start("relay"), match.end("relay")))
    return found


def _paragraph_starts(text: str) -> Iterator[int]:
    """Where each line of the text starts: a line break ends a paragraph, as it ends a
    sentence."""
    return itertools.chain((0,), (found.end() for found in _line_break.finditer(text)))


_line_break = re.compile("\n")


class _Names:
    """The spans of known names, found by position."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [start for start, _ in spans]

    def within(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        # In text order and apart, the names inside a stretch follow each other from the
        # first that starts in it: a bisection, not a pass over every name of the document.
        first = bisect.bisect_left(self.starts, start)
        last = first
        while last < len(self.spans) and self.spans[last][1] <= end:
            last += 1
        return tuple(self.spans[first:last])


def _mask(text: str, names: list[tuple[int, int]]) -> str:
    if not names:
        return text
    pieces = []
    last = 0
    for start, end in names:
        pieces.append(text[last:start])
        pieces.append(NAME_MARK * (end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _match(
    text: str,
    masked: str,
    start: int,
    end: int,
    rules: Rules,
    names: _Names,
    *,
    depth: int,
    previous: tuple[int, int] | None = None,
    run: tuple[int, int] | None = None,
    last: Statement | None = None,
    introduced: Statement | None = None,
    reopened: str = "",
    announcing: bool = False,
) -> list[Statement]:
    # ``reopened``: the opening mark of a quotation that runs on from the paragraph before,
    # put back before a sentence that opens a paragraph without it ("…», — заявила X"), so
    # that the patterns read it as a whole quotation. Offsets in the text stay ``base``-based.
    sentence = reopened + masked[start:end]
    base = start - len(reopened)

    def at(offset: int) -> int:
        return max(base + offset, start)  # the mark put back is not in the text

    if rules.clause_break is not None and depth < MAX_DEPTH:
        clauses = _clauses(text, masked, start, end, rules, names, depth)
        if clauses is not None:
            return clauses
    # What the sentence holds and where it stands is the same for every pattern: it is found
    # out once, the first time a pattern asks, and the loop below does little else than look
    # it up, since a sentence is tried against some fifty patterns.
    present: dict[str, bool] = {}  # which cues the sentence holds, searched once each
    cue_searches = rules.cues
    # The sentence before, when no pattern took it, is attributed from this one when it is in
    # this paragraph (no line break between them), or, for a pattern reaching across
    # paragraphs, when it ends the paragraph just before (two at most).
    breaks = text.count("\n", previous[1], start) if previous is not None else -1
    # A "continued" pattern goes on with the last statement of the sentence before, in this
    # paragraph; one reaching across paragraphs, with a statement whose sentence ended with
    # the colon before this paragraph (asked the first time one such pattern is reached).
    goes_on = last is not None and (
        "\n" not in text[last.end : start] or _quoted_on(text, last, start, end, rules)
    )
    opens_introduced: bool | None = None if introduced is not None else False
    # ``announcing``: a whole sentence of the text, which may announce the quotation of the
    # paragraphs after it; they are read only when a pattern of the "next" kind asks.
    following: tuple[tuple[int, int], ...] | None = None
    following_read = not announcing
    for pattern in rules.patterns:
        if pattern.previous and not (
            breaks == 0 or (breaks > 0 and pattern.across_paragraphs and breaks <= 2)
        ):
            continue
        if pattern.continued:
            if not pattern.across_paragraphs:
                if not goes_on:
                    continue
            else:
                if opens_introduced is None:
                    opens_introduced = introduces(text, introduced, start, rules)
                if not opens_introduced:
                    continue
        if pattern.following:
            if not following_read:
                following, following_read = quotation_after(text, end, rules), True
            if following is None:
                continue
        held = True
        for cue in pattern.cues:
            held = present.get(cue)
            if held is None:
                held = present[cue] = cue_searches[cue].search(sentence) is not None
            if not held:
                break
        if not held:
            continue
        match = pattern.regex.match(sentence)
        if match is None:
            continue
        if pattern.continued:
            # The quotation goes on, after its attribution ("“…,” she said. “…”") or in a
            # paragraph of its own after a colon: a statement of the same speaker, since a
            # span is one stretch of text and holds no attribution.
            more = trim(text, at(match.start("content")), at(match.end("content")), rules)
            if more is None:
                continue
            before = introduced if pattern.across_paragraphs else last
            return [
                Statement(
                    more[0],
                    more[1],
                    before.speaker,
                    list(before.relays),
                    before.audience,
                    pattern.name,
                )
            ]
        groups = match.groupdict()
        phrases = {
            name: _phrase(text, names, at(match.start(name)), at(match.end(name)), rules)
            for name in ("speaker", "relay_near", "relay_far", "audience")
            if groups.get(name)
        }
        speaker = phrases.get("speaker")
        if speaker is None or not _names_someone(speaker, rules, text):
            continue
        relays = [phrases[n] for n in ("relay_near", "relay_far") if n in phrases]
        audience = phrases.get("audience")
        if groups.get("inner"):
            inner_start, inner_end = at(match.start("inner")), at(match.end("inner"))
            inner = []
            if depth < MAX_DEPTH:
                # The inner clause may attribute the sentence before ("Об этом сообщил X,
                # передает Y"), as the sentence itself could.
                inner = _match(
                    text,
                    masked,
                    inner_start,
                    inner_end,
                    rules,
                    names,
                    depth=depth + 1,
                    previous=previous,
                )
            for statement in inner:
                # The outer source passed the inner statement on.
                statement.relays = [*statement.relays, speaker, *relays]
            if inner:
                return inner
            spans = [trim(text, inner_start, inner_end, rules)]
        elif pattern.previous:
            # Attributed from the paragraph after, the sentence before is its paragraph's last:
            # the statement is the whole of that paragraph no statement was found in.
            whole = run is not None and "\n" in text[previous[1] : start]
            spans = [trim(text, *(run if whole else previous), rules)]
            for group in ("content", "content2"):
                if groups.get(group):
                    # The attribution says more of its own, a second statement of the same
                    # speaker: "Bu barədə nazirlikdən bildirilib: “…”", "Об этом сообщил X,
                    # добавив, что …".
                    more = at(match.start(group)), at(match.end(group))
                    spans.append(trim(text, *more, rules))
        elif pattern.following:
            spans = [trim(text, *span, rules) for span in following]
        else:
            spans = [
                trim(text, at(match.start(group)), at(match.end(group)), rules)
                for group in ("content", "content2")
                if groups.get(group)
            ]
        statements = [
            Statement(span[0], span[1], speaker, list(relays), audience, pattern.name)
            for span in spans
            if span is not None
        ]
        if statements:
            return statements
    return []


def _quoted_on(text: str, last: Statement, start: int, end: int, rules: Rules) -> bool:
    """Whether the sentence is a paragraph of its own right after the paragraph whose last
    sentence quoted ``last``: wire copy gives a speaker's next quotation a paragraph of its
    own ("“…,” the ministry said in a statement.\n\n“…”")."""
    between = text[last.end : start]
    if not 0 < between.count("\n") <= 2 or text[start:end].rstrip() != text[start:end]:
        return False
    # The character before the statement, read in place: no copy of the text before it.
    _, opened = strip(text, 0, last.start)
    if opened == 0 or text[opened - 1] not in rules.closing:
        return False  # the statement before was reported, not quoted
    after = text.find("\n", end)
    if text[end : len(text) if after == -1 else after].strip():
        return False
    # One quotation and nothing else: no mark inside it ends it and opens another, as in
    # "“…,” she wrote, “…”", which names its own speaker.
    inner = text[start:end].strip().rstrip(".!?…")[1:-1]
    marks = set(rules.closing) | rules.closing_marks
    return not any(mark in inner for mark in marks)


def _clauses(
    text: str, masked: str, start: int, end: int, rules: Rules, names: _Names, depth: int
) -> list[Statement] | None:
    """The statements of a sentence read as two clauses, at the first clause break outside
    quotation marks after which the rest has an attribution of its own; None when there is
    no such break."""
    sentence = masked[start:end]
    for found in rules.clause_break.finditer(sentence):
        if inside_quotation(sentence[: found.start()], rules):
            continue
        second = _match(text, masked, start + found.end(), end, rules, names, depth=depth + 1)
        if second:
            first = _match(
                text, masked, start, start + found.start(), rules, names, depth=depth + 1
            )
            return first + second
    return None


def _phrase(text: str, names: _Names, start: int, end: int, rules: Rules) -> Phrase:
    start, end = strip(text, start, end)
    while end > start and text[end - 1] in ", ":
        end -= 1
    # A name inside an apposition describes the speaker ("Nino Beridze, an analyst at a
    # forum in Tbilisi"): only names before it say who the speaker is.
    apposition = rules.apposition.search(text, start, end) if rules.apposition else None
    head_end = apposition.start() if apposition else end
    return Phrase(
        start, end, text[start:end], names.within(start, head_end), text[start:head_end].strip()
    )


def _names_someone(phrase: Phrase, rules: Rules, text: str) -> bool:
    words = rules.without_determiner(phrase.text.split())
    if len(words) == 3 and words[1].casefold() in rules.pair_joiners:
        # Two parties: a known name first speaks with its partner ("Pashinyan and Peskov
        # said …"); a first the desk does not know is none, and neither is its partner
        # ("Armenia and Azerbaijan said …, each accusing the other").
        first = phrase.start + phrase.text.find(words[0])
        if not any(start == first for start, _ in phrase.names):
            return False
    if phrase.is_known:
        return True
    folded = " ".join(phrase.text.split()).casefold()
    if folded in rules.anaphors or rules.narrowed(folded) is not None:
        return True
    if rules.capital(text, phrase.start, phrase.text) is not None:
        return True
    if names_an_office(" ".join(words), rules.morphology):
        # "Azərbaycan Prezidenti": a country is no speaker, but its office is (its holder).
        return True
    if "," in phrase.head and not (words and words[0][:1].isupper()):
        # A title, then the name after a comma: "the head of the community, Gevorg Sahakyan".
        words = rules.without_determiner(phrase.head.rsplit(",", 1)[1].split())
    if words and words[0] in rules.not_names:
        # A body's name whose words in lower case join its capitalised ones, though its first
        # word alone names nobody ("Министерство здравоохранения Армении"); a group of people
        # "of" a place ("Residents of Sotk") is none: only a word that may describe a body (an
        # anaphor) opens one.
        run = rules.capitalised_run.match(" ".join(words))
        return (
            run is not None
            and words[0].casefold() in rules.anaphors
            and any(w[:1].islower() for w in run.group().split())
        )
    return bool(words) and words[0][:1].isupper()
