"""How framing spans are counted: each occurrence once.

A phrase can carry the same label several times over: a reviewer's span, the lexicon's
suggestion of the same characters, an import, a second annotator's span, or a shorter span
nested in a longer one ("occupied" inside "Armenian-occupied territories"). Spans of one
document with the same label that share at least one character are one occurrence, counted
where the outermost of them stands. Spans with different labels are different occurrences,
even on the same words: "the enemy's provocation" can be othering and blame at once.
"""

from collections.abc import Iterable, Iterator
from typing import TypeVar

# (document, start, end, label, …): anything after the label rides along with the first span
# of its occurrence.
Span = TypeVar("Span", bound=tuple)


def count_once(spans: Iterable[Span]) -> Iterator[Span]:
    """One span per occurrence: the first of each group of same-label spans of a document
    that share characters, widened to cover them all."""
    ordered = sorted(spans, key=lambda span: (span[0], span[3], span[1], -span[2]))
    current = None
    for span in ordered:
        if (
            current is not None
            and span[0] == current[0]
            and span[3] == current[3]
            and span[1] < current[2]
        ):
            if span[2] > current[2]:
                current = (current[0], current[1], span[2], *current[3:])
            continue
        if current is not None:
            yield current
        current = span
    if current is not None:
        yield current
