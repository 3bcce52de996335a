"""Text the project refuses to read, and numbers read strictly from text."""

import re

_NUL_OR_SURROGATE = re.compile("[\x00\ud800-\udfff]")
A_NUL = "a NUL character (U+0000), which text here cannot hold"


def text_fault(text: str) -> str | None:
    """Why ``text`` cannot be taken as text, or None when it can."""
    found = _NUL_OR_SURROGATE.search(text)
    if found is None:
        return None
    code = ord(found.group())
    if code == 0:
        return f"Contains {A_NUL}."
    return f"Contains a lone surrogate (U+{code:04X}), which is not a character."


_WHOLE_NUMBER = re.compile(r"[0-9]{1,19}")


def whole_number(text: str) -> int | None:
    """``text`` read as a whole number of up to 19 ASCII digits; None for anything else."""
    return int(text) if _WHOLE_NUMBER.fullmatch(text) else None
