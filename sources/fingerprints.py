"""Near-duplicate texts: the same agency story reprinted by several outlets.

A text's fingerprint is a MinHash of its word shingles (runs of ``SHINGLE_WORDS`` words of the
case-folded text, punctuation made space), cut into bands for locality-sensitive hashing: two
texts that share a band are candidates, and a candidate is a reprint when the Jaccard similarity
of the two texts' shingle sets, computed exactly, reaches ``REPRINT_THRESHOLD``.

Banding finds a pair with similarity s with probability 1 - (1 - s^ROWS)^BANDS: with 16 bands
of 4 rows, 0.98 at s = 0.6 and above 0.9999 at s = 0.8, while texts about the same event in
other words (s well below 0.2) almost never meet. The exact check then decides, so the
estimate's error never links two stories.

The MinHash is computed here (64 hash functions over a 64-bit hash of each shingle) rather than
with a library: it is a few lines of arithmetic, and the project's bands must stay the same
across library upgrades, or stored bands would stop matching new ones.
"""

import hashlib
from collections.abc import Iterable

from .text import fold, space_non_word

SHINGLE_WORDS = 4
BANDS = 16
ROWS = 4
# The share of shingles two texts must have in common to be one story. An agency's story with
# another headline, a credit line and a word or two changed keeps well above it.
REPRINT_THRESHOLD = 0.6
# Texts with fewer different word runs than this are too short (or too repetitive) to tell a
# reprint from a stock phrase.
MIN_SHINGLES = 20

_PRIME = (1 << 61) - 1
_MASK = (1 << 61) - 1


def _seeded(index: int) -> tuple[int, int]:
    digest = hashlib.blake2b(f"parallax-minhash-{index}".encode(), digest_size=16).digest()
    return int.from_bytes(digest[:8]) % _PRIME or 1, int.from_bytes(digest[8:]) % _PRIME


# Fixed forever: stored bands are compared with bands computed later.
_PERMUTATIONS = [_seeded(index) for index in range(BANDS * ROWS)]


def words(text: str) -> list[str]:
    return space_non_word(fold(text)).split()


def shingles(text: str) -> set[str]:
    tokens = words(text)
    if len(tokens) < SHINGLE_WORDS:
        return {" ".join(tokens)} if tokens else set()
    return {
        " ".join(tokens[index : index + SHINGLE_WORDS])
        for index in range(len(tokens) - SHINGLE_WORDS + 1)
    }


def _hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest()) & _MASK


def bands(text: str) -> list[int] | None:
    """The text's band values, one per band (signed 63-bit, to fit a bigint column); None for a
    text too short to compare."""
    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    hashes = [_hash(shingle) for shingle in found]
    signature = [min((a * value + b) % _PRIME for value in hashes) for a, b in _PERMUTATIONS]
    return [
        int.from_bytes(
            hashlib.blake2b(
                repr(signature[band * ROWS : (band + 1) * ROWS]).encode(), digest_size=8
            ).digest(),
            signed=True,
        )
        for band in range(BANDS)
    ]


# Each text's word runs mostly inside the other's: a story reprinted, not a story that carries
# the agency's text and adds the other side's answer (which needs its own claims).
CONTAINED = 0.8


def each_within(first: set[str], second: set[str]) -> bool:
    """Whether each shingle set lies mostly (``CONTAINED``) within the other."""
    if not first or not second:
        return False
    shared = len(first & second)
    return shared >= CONTAINED * len(first) and shared >= CONTAINED * len(second)


def similarity(first: str | Iterable[str], second: str | Iterable[str]) -> float:
    """The Jaccard similarity of two texts' shingle sets (or of two shingle sets)."""
    a = shingles(first) if isinstance(first, str) else set(first)
    b = shingles(second) if isinstance(second, str) else set(second)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
