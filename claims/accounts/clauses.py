"""The clauses and words of a case-folded text, as the readings of an account count them."""

import re

CLAUSE_END = re.compile(r"[.;:!?։]")


def clause_bounds(folded: str, at: int) -> tuple[int, int]:
    """The bounds of the clause around ``at``: between the punctuation that closes the clause
    before and the one that closes this one."""
    before = [m.end() for m in CLAUSE_END.finditer(folded, 0, at)]
    after = CLAUSE_END.search(folded, at)
    return (before[-1] if before else 0), (after.start() if after else len(folded))


def nearest_side(start: int, end: int, mentions: list[tuple[int, int, str]]) -> str:
    near = [m for m in mentions if m[1] >= start and m[0] <= end]
    return near[-1][2] if near else ""


def word_end(folded: str, at: int) -> int:
    while at < len(folded) and (folded[at].isalnum() or folded[at] == "_"):
        at += 1
    return at
