"""The lexicons shipped with Parallax: one pair of files per language in ``lexicons/``.

``<language>.tsv`` holds the terms, one a line, tab-separated::

    term    label slug    flags    note

``flags`` is empty or a comma-separated list of ``inflects`` (the term, or each word of a
phrase, is a stem followed by any of the language's endings), ``part`` (matched inside words
too, not only as whole words) and ``case`` (case-sensitive). A term may hold a gap, "…",
between two words ("either … or"): up to a few words of the same sentence may stand there.
Blank lines and lines starting with ``#`` are comments.

``<language>.toml`` gives the language's morphology for inflecting terms::

    [morphology]
    endings = ["ых", "ые", …]   # what may follow a stem
    chain = 1                   # how many endings may follow one another

Azerbaijani stacks suffixes ("işğal-çı-lar-ın"), so its chain is longer than Russian's. The
files are read when the lexicon is loaded (``manage.py load_lexicon``), and the morphology
when a language's automata are built.
"""

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent / "lexicons"
FLAGS = frozenset({"inflects", "part", "case"})
# LexiconEntry.term's length.
MAX_TERM = 200
# Matches nothing after a stem: a language without endings inflects no term.
_NO_ENDINGS = re.compile("")


@dataclass(frozen=True)
class LexiconLine:
    number: int
    term: str
    label: str
    whole_word: bool
    case_sensitive: bool
    inflects: bool
    note: str


class LexiconFileError(ValueError):
    """A lexicon file that cannot be read; ``errors`` names each bad line."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


def languages() -> list[str]:
    """The languages that have a lexicon file."""
    return sorted(path.stem for path in DIRECTORY.glob("*.tsv"))


def read_lexicon(
    language: str, labels: frozenset[str] | None = None, directory: Path = DIRECTORY
) -> list[LexiconLine]:
    """The lines of ``language``'s lexicon file, each checked: a bad line raises
    LexiconFileError naming every bad line, so that nothing is loaded from a broken file.
    ``labels`` are the label slugs a line may name (any, when None)."""
    path = directory / f"{language}.tsv"
    lines, errors, seen = [], [], {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) < 2 or len(fields) > 4:
            errors.append(f"{path.name}, line {number}: expected term, label, flags and note.")
            continue
        term, label, flags, note = [*(field.strip() for field in fields), "", ""][:4]
        flag_set = {flag.strip() for flag in flags.split(",") if flag.strip()}
        if not term:
            errors.append(f"{path.name}, line {number}: the term is empty.")
        elif len(term) > MAX_TERM:
            errors.append(f"{path.name}, line {number}: a term has {MAX_TERM} characters at most.")
        if "inflects" in flag_set and not (directory / f"{language}.toml").exists():
            errors.append(
                f"{path.name}, line {number}: “inflects” needs {language}.toml with the "
                "language's endings."
            )
        if labels is not None and label not in labels:
            errors.append(f"{path.name}, line {number}: unknown label \u201c{label}\u201d.")
        if unknown := flag_set - FLAGS:
            errors.append(
                f"{path.name}, line {number}: unknown flag(s) {', '.join(sorted(unknown))}; "
                f"known: {', '.join(sorted(FLAGS))}."
            )
        # lower(), as matching folds: casefold() would make Armenian "և" two letters.
        key = (term.lower(), label)
        if key in seen:
            errors.append(
                f"{path.name}, line {number}: the same term and label as line {seen[key]}."
            )
        seen[key] = number
        lines.append(
            LexiconLine(
                number=number,
                term=term,
                label=label,
                whole_word="part" not in flag_set,
                case_sensitive="case" in flag_set,
                inflects="inflects" in flag_set,
                note=note,
            )
        )
    if errors:
        raise LexiconFileError(errors)
    return lines


@cache
def endings_pattern(language: str) -> re.Pattern:
    """What may follow an inflecting term's stem in ``language`` (a primary subtag), as a
    pattern for ``fullmatch``: up to ``chain`` of the listed endings, longest first."""
    endings, chain = language_endings(language)
    if not endings:
        return _NO_ENDINGS
    return pattern_of_endings(endings, chain)


def pattern_of_endings(endings: list[str], chain: int) -> re.Pattern:
    alternatives = "|".join(re.escape(ending) for ending in endings)
    return re.compile(f"(?:{alternatives}){{0,{chain}}}")


def language_endings(language: str) -> tuple[list[str], int]:
    """The endings ``language``'s file lists (lower case, longest first) and how many may
    follow each other; none when it has no file or lists none."""
    path = DIRECTORY / f"{language}.toml"
    if not path.exists():
        return [], 1
    morphology = tomllib.loads(path.read_text(encoding="utf-8")).get("morphology", {})
    endings = sorted(
        {ending.lower() for ending in morphology.get("endings", ())},
        key=lambda ending: (-len(ending), ending),
    )
    chain = morphology.get("chain", 1)
    if not isinstance(chain, int) or chain < 1:
        raise LexiconFileError([f"{path.name}: “chain” must be a whole number of at least 1."])
    return endings, chain
