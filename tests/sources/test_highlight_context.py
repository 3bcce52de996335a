"""The sentences around a span, in the desk's scripts."""

import pytest

from sources.highlight import highlight_excerpt
from sources.text import sentences_around

CASES = [
    (
        "One. Two says Armenian units fired. Three! Four.",
        "Armenian units fired",
        "One. Two says Armenian units fired. Three! ",
    ),
    (
        "Раз. Армянские подразделения открыли огонь. Три? Четыре.",
        "открыли огонь",
        "Раз. Армянские подразделения открыли огонь. Три? ",
    ),
    (
        "Մեկ։ Հայկական ստորաբաժանումները կրակ են բացել։ Երեք։ Չորս։",
        "կրակ են բացել",
        "Մեկ։ Հայկական ստորաբաժանումները կրակ են բացել։ Երեք։ ",
    ),
    ("Only one sentence about a drone.", "drone", "Only one sentence about a drone."),
    (
        "Line one\nLine two with the drone\nLine three\nLine four",
        "drone",
        "Line one\nLine two with the drone\nLine three\n",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), CASES)
def test_one_sentence_either_side(text, phrase, expected):
    start = text.index(phrase)

    left, right = sentences_around(text, start, start + len(phrase))

    assert text[left:right] == expected


def test_the_excerpt_marks_only_cuts_and_escapes():
    text = "Zero. One <b>bold</b>. Two has the quote. Three. Four."
    start = text.index("the quote")

    html = highlight_excerpt(
        text, start, start + 9, bounds=sentences_around(text, start, start + 9)
    )

    assert html.startswith("…") and html.endswith("…")
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "Zero" not in html and "Four" not in html
