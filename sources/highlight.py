"""Render a document's text with spans (claims, framing annotations) highlighted, as safe HTML.

Spans may overlap, so the text is cut at every span boundary and each segment is wrapped in one
``<span>`` whose classes and tooltip combine every span covering it. Offsets are code points
(Python ``str`` indices), as everywhere in the project. Every piece of text is escaped here;
callers pass plain strings and get back HTML that is safe to insert.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

ELLIPSIS = "…"


@dataclass(frozen=True)
class Span:
    """A highlighted stretch ``text[start:end]``: CSS classes and a tooltip line."""

    start: int
    end: int
    classes: tuple[str, ...] = ()
    title: str = ""


def highlight(text: str, spans: Iterable[Span], *, offset: int = 0) -> SafeString:
    """Return ``text`` as escaped HTML with every span's segments wrapped in ``<span>``.

    ``offset`` is the position of ``text`` in a longer text that the spans' offsets refer to
    (for excerpts); segments carry ``data-start``, their start in that longer text. Spans are
    clipped to the text; empty ones are dropped.
    """
    length = len(text)
    clipped = []
    for span in spans:
        start, end = max(span.start - offset, 0), min(span.end - offset, length)
        if start < end:
            clipped.append((start, end, span))
    if not clipped:
        return escape(text)

    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for index, (start, end, _) in enumerate(clipped):
        starts.setdefault(start, []).append(index)
        ends.setdefault(end, []).append(index)
    boundaries = sorted({0, length, *starts, *ends})

    # A sweep over the boundaries: ``active`` keeps the covering spans in the order given, so
    # that classes and tooltips read the same way whichever segment they land on.
    active: dict[int, None] = {}
    parts: list[str] = []
    for position, next_position in pairwise(boundaries):
        for index in ends.get(position, ()):
            active.pop(index, None)
        for index in starts.get(position, ()):
            active[index] = None
        segment = text[position:next_position]
        if not active:
            parts.append(escape(segment))
            continue
        covering = [clipped[index][2] for index in sorted(active)]
        classes = ["hl", *dict.fromkeys(c for span in covering for c in span.classes)]
        if len(covering) > 1:
            classes.append("hl-overlap")
        title = "\n".join(dict.fromkeys(span.title for span in covering if span.title))
        parts.append(
            format_html(
                '<span class="{}"{} data-start="{}">{}</span>',
                " ".join(classes),
                format_html(' title="{}"', title) if title else "",
                position + offset,
                segment,
            )
        )
    # Every part above is escaped or built by format_html.
    return mark_safe("".join(parts))


def highlight_excerpt(
    text: str,
    start: int,
    end: int,
    *,
    width: int = 160,
    span: Span | None = None,
    bounds: tuple[int, int] | None = None,
) -> SafeString:
    """``text[start:end]`` highlighted with up to ``width`` characters of context either side,
    or with exactly ``text[bounds[0]:bounds[1]]`` around it.

    The context is cut at white space where possible, and an ellipsis marks a cut.
    """
    start, end = max(0, start), min(len(text), end)
    if bounds is not None:
        left, right = max(0, min(bounds[0], start)), min(len(text), max(bounds[1], end))
    else:
        left = max(0, start - width)
        right = min(len(text), end + width)
    if bounds is None and left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if bounds is None and right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    span = span or Span(start, end, ("hl-quote",))
    body = highlight(text[left:right], [Span(start, end, span.classes, span.title)], offset=left)
    return format_html(
        "{}{}{}", ELLIPSIS if left > 0 else "", body, ELLIPSIS if right < len(text) else ""
    )
