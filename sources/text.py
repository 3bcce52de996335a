"""Text normalisation shared by every span in the project.

All offsets are Unicode code points into the normalised text (Python ``str`` indices).
"""

import hashlib
import re
import unicodedata


def normalise_text(text: str) -> str:
    """Unicode NFC with ``\\n`` line ends, so that offsets mean the same everywhere."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def validate_span(text: str, start: int, end: int, quote: str | None) -> dict[str, str]:
    """Return field errors for a span of ``text``; an empty dict means the span is valid."""
    if start is None or end is None:
        return {}
    if start < 0:
        return {"start": "The start offset cannot be negative."}
    if end <= start:
        return {"end": f"The end offset ({end}) must be greater than the start offset ({start})."}
    if end > len(text):
        return {
            "end": f"The end offset ({end}) is past the end of the text ({len(text)} characters)."
        }
    if quote is not None and quote != text[start:end]:
        return {
            "quote": (
                f"The quote does not match the text at {start}–{end}, "
                f"which reads: {text[start:end]!r}."
            )
        }
    return {}


# ASCII digits only: str.isdigit() also accepts "²" and other digits int() refuses, and int()
# accepts other scripts' digits, signs, underscores and spaces around the number. Every number
# the project stores fits a bigint (19 digits), and int() refuses 4,300 digits and more.
def context_around(text: str, start: int, end: int, width: int = 32) -> tuple[str, str]:
    """The prefix and suffix of a span, as W3C TextQuoteSelector stores them."""
    return text[max(0, start - width) : start], text[end : end + width]


# Where a sentence ends, in the desk's scripts: Latin and Cyrillic punctuation, the Armenian
# full stop (U+0589) and question mark (U+055E), and a line break.
SENTENCE_END = re.compile(r"[.!?։՞…](?:[\"'»”)\]]*)\s+|\n+")


def sentences_around(text: str, start: int, end: int, sentences: int = 1) -> tuple[int, int]:
    """Bounds of the sentences holding ``text[start:end]``, widened by ``sentences`` either side."""
    ends = [match.end() for match in SENTENCE_END.finditer(text)]
    before = [position for position in ends if position <= start]
    after = [position for position in ends if position >= end]
    left = before[-1 - sentences] if len(before) > sentences else 0
    right = after[sentences] if len(after) > sentences else len(text)
    return left, right


# Folding and spacing for matching terms and names in a text while keeping every offset.


def language_tag(tag: str) -> str:
    """A BCP 47 tag in the case the desk stores it in ("RU" is "ru", "AZ-LATN-az" is
    "az-Latn-AZ"): tags are case-insensitive, and a tag compares with others in one form."""
    primary, *subtags = tag.strip().split("-")
    return "-".join(
        [
            primary.lower(),
            *(
                sub.title()
                if len(sub) == 4 and sub.isalpha()
                else sub.upper()
                if len(sub) == 2 and sub.isalpha()
                else sub.lower()
                for sub in subtags
            ),
        ]
    )


def primary_language(tag: str) -> str:
    """The primary subtag of a BCP 47 tag: "az" for "az-Latn"."""
    return tag.split("-", 1)[0].lower()


# Azerbaijani and Turkish pair dotted İ with i and dotless I with ı; Python's lower() follows
# the other languages (I → i, and İ → "i̇", two code points).
DOTTED_I_LANGUAGES = frozenset({"az", "tr"})


def fold(text: str, *, language: str | None = None) -> str:
    """Lower case with every offset kept: a character whose lower case is longer stays as is.

    ``language`` (a BCP 47 tag) chooses the casing rules: for Azerbaijani and Turkish ("az",
    "tr", "az-Latn", …) "İ" folds to "i" and "I" to dotless "ı"; other tags, or none, fold
    "I" to "i" and leave "İ" as it is.
    """
    if language and primary_language(language) in DOTTED_I_LANGUAGES:
        # Two replaces: str.translate takes several times as long on non-ASCII text.
        text = text.replace("İ", "i").replace("I", "ı")
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class _SpaceNonWord(dict):
    """A str.translate table: word characters stay, every other character becomes a space."""

    def __missing__(self, code: int) -> int:
        character = chr(code)
        self[code] = value = code if character.isalnum() or character == "_" else 32
        return value


_space_table = _SpaceNonWord()
# The same rule as a pattern: re's \w is str.isalnum() plus the underscore.
_non_word = re.compile(r"[^\w ]")


def space_non_word(text: str) -> str:
    """``text`` with every character but letters, digits and underscores made a space."""
    if text.isascii():
        # str.translate has a fast path for ASCII; on other text a regex is several times faster.
        return text.translate(_space_table)
    return _non_word.sub(" ", text)
