"""Casualty counts in a claim's words: a number (in digits or in words) before or just after a
casualty word, the side named in its clause (else the speaker's), and "no losses"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import clause_bounds, nearest_side, word_end

if TYPE_CHECKING:
    from .reading import Vocabulary

# A count of people: up to four digits, not a year (1900–2099).
NUMBER = re.compile(r"(?<!\w)(?!(?:19|20)\d\d(?!\d))(\d{1,4})(?!\w)")
# How far (in characters) a number or a side may stand from the casualty word it counts.
NEAR = 60


def casualties_in(
    folded: str, words: Vocabulary, mentions: list[tuple[int, int, str]], speaker_side: str
) -> list[tuple[str, str, int, bool]]:
    found: dict[tuple[str, str, bool], int] = {}
    for start, end in _no_losses(folded, words):
        side = nearest_side(start, end, mentions) or speaker_side
        if side:
            found[(side, "killed", False)] = 0
    for kind, pattern in words.casualty_kinds:
        for match in pattern.finditer(folded):
            count = _number_before(folded, match.start(), words)
            if count is None:
                continue
            # The side named in the same clause, else the speaker's: "three soldiers were
            # killed" in a ministry's statement are its own.
            clause_start, clause_end = clause_bounds(folded, match.start())
            side = nearest_side(clause_start, clause_end, mentions) or speaker_side
            civilians = words.civilians is not None and bool(
                words.civilians.search(folded, max(0, match.start() - NEAR), match.end())
            )
            if side:
                found[(side, kind, civilians)] = count
    return [(side, kind, count, civilians) for (side, kind, civilians), count in found.items()]


def _no_losses(folded: str, words: Vocabulary) -> list[tuple[int, int]]:
    """Where the text says a side had no losses: "no casualties", "потерь нет", and a word of
    losses with the word that says there are none closing its clause ("потерь с армянской
    стороны нет")."""
    found = []
    if words.no_casualties is not None:
        found += [(m.start(), m.end()) for m in words.no_casualties.finditer(folded)]
    if words.losses is not None and words.none_of_them is not None:
        for match in words.losses.finditer(folded):
            _, clause_end = clause_bounds(folded, match.start())
            closing = words.none_of_them.search(
                folded, match.end(), min(clause_end, match.end() + NEAR)
            )
            if closing is not None and not any(a <= match.start() < b for a, b in found):
                found.append((match.start(), closing.end()))
    return found


def _number_before(folded: str, at: int, words: Vocabulary) -> int | None:
    """The number nearest before a casualty word, in its own clause."""
    clause_start, _ = clause_bounds(folded, at)
    window = folded[max(0, at - NEAR, clause_start) : at]
    digits = list(NUMBER.finditer(window))
    named = list(words.number_words.finditer(window)) if words.number_words else []
    candidates = [(m.end(), int(m.group(1))) for m in digits]
    candidates += [(m.end(), words.numbers[m.group(0)]) for m in named]
    if not candidates:
        return _number_right_after(folded, word_end(folded, at), words)
    return max(candidates)[1]


# What turns a number after a casualty word into a date, a distance or a time rather than a
# count: month names and units, in the four languages (the text is case-folded).
NOT_A_COUNT = re.compile(
    r"\s*(?:"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|"
    r"հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|"
    r"նոյեմբեր|դեկտեմբեր|"
    r"km|км|կմ|kilomet|километр|metre|meter|metr|метр|մետր|m(?!\w)|м(?!\w)|"
    r"hour|час|saat|ժամ|minute|минут|dəqiqə|րոպե|year|год|лет|il(?!\w)|տար"
    r")"
)


def _number_right_after(folded: str, at: int, words: Vocabulary) -> int | None:
    """A number just after the casualty word, with nothing between: "погибли 49 военнослужащих",
    "killed 12 soldiers"."""
    following = folded[at : at + 40].lstrip(" ")
    match = re.match(r"\d{1,4}(?!\w)", following)
    if match and NOT_A_COUNT.match(following, match.end()):
        return None  # "killed 28 September", "ранен 3 км от", "wounded 500 metres from"
    if match and NUMBER.fullmatch(match.group(0)):
        return int(match.group(0))
    named = words.number_words.match(following) if words.number_words else None
    return words.numbers[named.group(0)] if named else None


# An English participle between an act and "by": the agent is that participle's.
