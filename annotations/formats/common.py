"""What the JSON formats (doccano, Label Studio) share: a file's bytes read as text, the key of a
text, ids written back as the numbers they were, and the UTF-16 units browsers count in."""

import hashlib
from bisect import bisect_right

from .base import Problem, Where


def decode(name: str, data: bytes) -> tuple[str | None, Problem | None]:
    """The file's text (UTF-8, a byte order mark dropped), or the problem naming the line of
    the first byte that is not UTF-8."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, Problem(Where(name, line), f"not UTF-8 text (byte {error.start + 1})")


def text_key(text: str) -> str:
    """The key of a text these tools export: a digest of the text itself.

    Their ids are a project's row numbers (doccano's example ids, Label Studio's task ids), and a
    line without one has only its line number: two projects, or two files, give the same id to
    different texts. The text is what identifies it, so that importing several exports, or the
    same one twice, meets each text once; the file's own id is kept in the text's ``meta`` and
    written back.
    """
    return "text-" + hashlib.sha256(text.encode()).hexdigest()[:32]


TITLE_LENGTH = 80


def title_from(text: str) -> str:
    """A document title for a text that has none: its first line, cut at a word."""
    first = " ".join(text.strip().split("\n", 1)[0].split())
    if len(first) <= TITLE_LENGTH:
        return first
    cut = first[: TITLE_LENGTH - 1].rsplit(" ", 1)[0]
    return f"{cut}…"


def whole_numbers(*values: object) -> bool:
    """Whether the values are JSON integers (which Python reads as ``int``, as it reads
    ``true``)."""
    return all(isinstance(value, int) and not isinstance(value, bool) for value in values)


def number_if_digits(value: str) -> int | str:
    """An id as the tools write them: their ids are numbers, which Parallax keeps as strings."""
    if value.isascii() and value.isdigit() and str(int(value)) == value:
        return int(value)
    return value


def json_problem(where: Where, error: ValueError | RecursionError) -> Problem:
    if isinstance(error, RecursionError):
        return Problem(where, "not JSON that can be read (nested too deeply)")
    message = getattr(error, "msg", str(error))
    column = getattr(error, "colno", None)
    return Problem(where, f"not JSON ({message}, column {column})" if column else "not JSON")


class Utf16:
    """A text's offsets in UTF-16 code units, as JavaScript and the browser's selections count
    them, against code points, as Python and Parallax count them.

    The two differ after each character outside the Basic Multilingual Plane (most emoji), which
    UTF-16 writes as two units (a surrogate pair) and Python's ``str`` holds as one.
    """

    def __init__(self, text: str):
        self.length = len(text)
        self.astral = [index for index, char in enumerate(text) if ord(char) > 0xFFFF]
        # The unit just past each such character: an offset at or beyond it has passed the pair.
        self._past = [index + count + 2 for count, index in enumerate(self.astral)]

    def differs_before(self, offset: int) -> bool:
        """Whether the two counts differ for a span ending at ``offset`` (in code points)."""
        return bool(self.astral) and self.astral[0] < offset

    def code_points(self, units: object) -> int | None:
        """The code point offset at ``units`` UTF-16 units; None when that is not a whole number
        of units, falls between the two halves of a pair, or lies outside the text."""
        if not whole_numbers(units) or units < 0:
            return None
        passed = bisect_right(self._past, units)
        if passed < len(self.astral) and self.astral[passed] + passed + 1 == units:
            return None
        offset = units - passed
        return offset if offset <= self.length else None
