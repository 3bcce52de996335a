"""The copy of a text a lexicon's case-insensitive automaton scans, made in two C passes.

The automaton reads a text lower-cased by the language's rules with every character that is not
a letter, digit or underscore made a space (``annotations.lexicon``). On Cyrillic, Azerbaijani
or Armenian text, lower-casing and a regular expression for the spaces took twice as long as the
automaton itself. Here both are one table: each character the language writes (its letters in
both cases, ASCII, common punctuation, and every character of its lexicon's terms, at most 256
in all) is encoded as one byte by ``codecs.charmap_encode``, and ``bytes.translate`` turns each
byte into the symbol the automaton reads: an ASCII letter or digit itself, a byte above ASCII
for each other folded letter a term or an ending holds, one "other letter" symbol for every
letter none holds (it can never match, but is still a word character), and a space for the
rest. A stem's endings are matched in the same symbols. A character outside the table (an
emoji, another script's letters) is read by an error handler as "other letter" or space.
Offsets are kept: one symbol per code point.

The automaton's keys are written in the same symbols. The folded text itself is then never
made: a match's own characters are folded where a match needs them checked.
"""

import codecs
import re

from sources.text import space_non_word

from .lexicon_files import pattern_of_endings

# The letters each language writes, in both cases, beyond ASCII. A language without an entry
# keeps the plain path (fold, then spaces), which is as fast as this on ASCII text.
SCRIPTS = {
    "en": "",
    "ru": "".join(chr(code) for code in range(0x0410, 0x0450)) + "Ёё",
    "az": "ƏəĞğİıÖöÜüÇçŞş",
    "hy": "".join(chr(code) for code in (*range(0x0531, 0x0557), *range(0x0561, 0x0588))),
}
# Punctuation and spaces of news copy in these languages (others go through the handler).
PUNCTUATION = "\u00a0«»—–…„“”‘’№·։՝՜՞´•"
# Symbols the automaton reads besides folded letters.
SPACE, OTHER_LETTER = " ", "\x01"
ERRORS = "parallax-lexicon"
# Input bytes the error handler writes for characters outside the table: the table's input
# characters at these two positions are lone surrogates, which no stored text holds.
_UNLISTED_LETTER, _UNLISTED_OTHER = 2, 3
_LETTER_RUN = re.compile(r"[^ ]+")


def _unlisted(error: UnicodeEncodeError) -> tuple[bytes, int]:
    """A run of characters outside the table: letters and digits read as "other letter",
    everything else as a space."""
    spaced = space_non_word(error.object[error.start : error.end])
    marked = _LETTER_RUN.sub(lambda run: chr(_UNLISTED_LETTER) * len(run.group()), spaced)
    return marked.replace(" ", chr(_UNLISTED_OTHER)).encode("latin-1"), error.end


codecs.register_error(ERRORS, _unlisted)


class Haystack:
    """The symbols of one language's automaton. ``make(text)`` is the copy it scans; ``key(s)``
    writes a key (already folded and spaced) in those symbols; ``endings`` matches a stem's
    endings in them (``longest_rest`` long at most); ``fold`` lower-cases a piece of text as
    the language does."""

    def __init__(self, inputs, symbols, key_table, fold, endings: re.Pattern, longest_rest: int):
        self.fold = fold
        self.endings = endings
        self.longest_rest = longest_rest
        self._encoding = codecs.charmap_build("".join(inputs))
        self._table = bytes(ord(symbol) for symbol in symbols)
        self._key_table = key_table

    def make(self, text: str) -> str:
        folded = self.fold(text) if text.isascii() else ""
        if folded.isascii() and folded:
            # ASCII letters are their own symbols, and str's own methods are fastest on ASCII.
            return space_non_word(folded)
        encoded, _ = codecs.charmap_encode(text, ERRORS, self._encoding)
        return encoded.translate(self._table).decode("latin-1")

    def key(self, key: str) -> str:
        return key.translate(self._key_table)


def haystack_for(
    language: str, keys: list[str], fold, endings: list[str], chain: int
) -> Haystack | None:
    """The haystack of ``language``'s automaton over ``keys`` (folded, spaced) and a stem's
    ``endings``, with ``fold`` the language's lower-casing; None when the language has no script
    here or its letters would not fit in a byte (the plain path then serves)."""
    if language not in SCRIPTS:
        return None
    endings = [fold(ending) for ending in endings]
    letters = sorted({char for text in (*keys, *endings) for char in text} - {SPACE})
    wanted = [chr(code) for code in range(128)] + list(SCRIPTS[language]) + list(PUNCTUATION)
    for letter in letters:
        wanted += [letter, letter.upper()] if len(letter.upper()) == 1 else [letter]
    # Other characters that fold to those letters (the Kelvin sign to "k", "Ω" to "ω"), which
    # the plain path folds too.
    folding_in = set(letters)
    wanted += [
        char
        for char in map(chr, range(0x80, 0x10000))
        if not "\ud800" <= char <= "\udfff" and fold(char) in folding_in
    ]
    inputs = list(dict.fromkeys(wanted))
    inputs[_UNLISTED_LETTER], inputs[_UNLISTED_OTHER] = "\udc80", "\udc81"
    inputs += [chr(0xF700 + index) for index in range(256 - len(inputs))]  # unused places
    # ASCII letters and digits are their own symbols; every other letter the keys or endings
    # hold gets one of the 128 byte values above ASCII, which no pattern syntax uses.
    others = [letter for letter in letters if not letter.isascii()]
    if len(inputs) > 256 or len(others) > 128:
        return None
    letter_symbols = {letter: chr(0x80 + index) for index, letter in enumerate(others)}
    symbols = [_symbol(char, fold, letter_symbols) for char in inputs]
    symbols[_UNLISTED_LETTER], symbols[_UNLISTED_OTHER] = OTHER_LETTER, SPACE
    key_table = {ord(letter): symbol for letter, symbol in letter_symbols.items()}
    written = [ending.translate(key_table) for ending in endings]
    pattern = pattern_of_endings(written, chain) if endings else re.compile("")
    longest_rest = chain * max(map(len, written), default=0)
    return Haystack(inputs, symbols, key_table, fold, pattern, longest_rest)


def _symbol(char: str, fold, letter_symbols: dict[str, str]) -> str:
    if space_non_word(char) == SPACE:
        return SPACE
    folded = fold(char)
    if len(folded) == 1 and folded.isascii():
        return folded
    return letter_symbols.get(folded, OTHER_LETTER)
