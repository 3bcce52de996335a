"""The pure segmenting function behind the document page's highlights."""

import re

from django.utils.safestring import SafeString

from sources.highlight import Span, highlight, highlight_excerpt

SEGMENT = re.compile(
    r'<span class="([^"]*)"(?: title="([^"]*)")? data-start="(\d+)">(.*?)</span>', re.S
)


def segments(html: str) -> list[tuple[str, str, int, str]]:
    """(classes, title, data-start, inner HTML) of every highlighted segment, in order."""
    return [(c, t, int(s), inner) for c, t, s, inner in SEGMENT.findall(html)]


def strip_tags(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_no_spans_is_the_escaped_text():
    html = highlight("Baku & Yerevan <disagree>", [])
    assert isinstance(html, SafeString)
    assert html == "Baku &amp; Yerevan &lt;disagree&gt;"


def test_one_span_in_the_middle():
    html = highlight("Baku said the shelling began.", [Span(5, 9, ("hl-claim",), "Claim #1")])
    assert html == (
        'Baku <span class="hl hl-claim" title="Claim #1" data-start="5">said</span>'
        " the shelling began."
    )


def test_overlapping_spans_are_cut_at_every_boundary():
    text = "Armenian-occupied Lachin corridor"
    spans = [
        Span(0, 17, ("hl-annotation", "hl-cat-territorial_legitimacy"), "Occupied"),
        Span(9, 24, ("hl-claim",), "Claim #7"),
    ]
    html = highlight(text, spans)
    assert segments(html) == [
        ("hl hl-annotation hl-cat-territorial_legitimacy", "Occupied", 0, "Armenian-"),
        (
            "hl hl-annotation hl-cat-territorial_legitimacy hl-claim hl-overlap",
            "Occupied\nClaim #7",
            9,
            "occupied",
        ),
        ("hl hl-claim", "Claim #7", 17, " Lachin"),
    ]
    assert strip_tags(html) == text


def test_a_span_nested_inside_another():
    text = "the so-called provocation of the enemy"
    outer = Span(0, len(text), ("hl-claim",), "outer")
    inner = Span(14, 25, ("hl-cat-blame_attribution",), "inner")
    found = segments(highlight(text, [inner, outer]))
    assert [(s, inner_html) for _, _, s, inner_html in found] == [
        (0, "the so-called "),
        (14, "provocation"),
        (25, " of the enemy"),
    ]
    # The covering spans keep the order they were given in, on every segment.
    assert found[1][0] == "hl hl-cat-blame_attribution hl-claim hl-overlap"
    assert found[1][1] == "inner\nouter"


def test_adjacent_spans_stay_separate():
    html = highlight("liberatedterritories", [Span(0, 9, ("a",)), Span(9, 20, ("b",))])
    assert [(c, s, t) for c, _, s, t in segments(html)] == [
        ("hl a", 0, "liberated"),
        ("hl b", 9, "territories"),
    ]
    assert "hl-overlap" not in html


def test_spans_at_the_start_and_end_of_the_text():
    text = "Enemy fire. Adequate measures"
    html = highlight(text, [Span(0, 5, ("x",)), Span(12, len(text), ("y",))])
    assert html.startswith('<span class="hl x"')
    assert html.endswith(">Adequate measures</span>")
    assert strip_tags(html) == text


def test_identical_spans_merge_their_classes_and_titles():
    html = highlight("enemy", [Span(0, 5, ("hl-a", "hl-x"), "T"), Span(0, 5, ("hl-a",), "T")])
    assert segments(html) == [("hl hl-a hl-x hl-overlap", "T", 0, "enemy")]


def test_html_in_the_text_and_in_titles_is_escaped():
    text = 'He said <script>alert("x")</script> & left'
    start = text.index("<script>")
    html = highlight(text, [Span(start, start + 8, ("c",), '"><img src=x onerror=alert(1)>')])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;/script&gt;" in html
    assert "<img" not in html
    assert 'title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' in html
    assert "&amp; left" in html


def test_classes_are_escaped_too():
    html = highlight("text", [Span(0, 4, ('x" onmouseover="alert(1)',))])
    assert 'onmouseover="' not in html


def test_offsets_are_code_points_past_characters_outside_the_bmp():
    text = "🔥🇦🇲 Yerevan 𝐬𝐚𝐢𝐝 the enemy attacked."
    start = text.index("the enemy")
    html = highlight(text, [Span(start, start + len("the enemy"), ("hl-claim",))])
    assert segments(html) == [("hl hl-claim", "", start, "the enemy")]
    assert html.startswith("🔥🇦🇲 Yerevan 𝐬𝐚𝐢𝐝 <span")


def test_spans_outside_the_text_are_clipped_or_dropped():
    html = highlight("short", [Span(3, 99, ("a",)), Span(40, 50, ("b",)), Span(2, 2, ("c",))])
    assert segments(html) == [("hl a", "", 3, "rt")]


def test_line_breaks_are_kept_as_they_are():
    html = highlight("one\ntwo\n\nthree", [Span(2, 5, ("a",))])
    assert strip_tags(html) == "one\ntwo\n\nthree"


def test_many_spans_render_in_one_pass():
    text = "word " * 20_000
    spans = [Span(i, i + 4, ("w",)) for i in range(0, len(text), 5)]
    html = highlight(text, spans)
    assert html.count("<span") == 20_000


def test_excerpt_highlights_the_quote_and_marks_cuts():
    text = "x " * 200 + "<b>quote</b>" + " y" * 200
    start = text.index("<b>")
    html = highlight_excerpt(text, start, start + len("<b>quote</b>"), width=20)
    assert html.startswith("…") and html.endswith("…")
    assert segments(html) == [("hl hl-quote", "", start, "&lt;b&gt;quote&lt;/b&gt;")]
    assert len(strip_tags(html)) < 70


def test_excerpt_of_a_whole_short_text_has_no_ellipsis():
    html = highlight_excerpt("Baku said so.", 0, 4)
    assert html == '<span class="hl hl-quote" data-start="0">Baku</span> said so.'
