"""Offices and their holders (``offices.toml``): the person a title with its country names on
a given day ("the Armenian Prime Minister" in 2022 is Nikol Pashinyan).

``offices_read`` parses and checks the file against the registry's entries; ``office_holder``
answers, for a phrase, a language's morphology and a day, the registry name of whoever held
the office it names then, or "" when it names none or nobody held it.
"""

import datetime
import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..names import Morphology
from . import DEFAULT_PATH as ACTORS_PATH
from . import RegistryError, registry_read

OFFICES_PATH = Path(__file__).with_name("offices.toml")
_FIELDS = {"holder", "since", "until", "names"}


@dataclass(frozen=True)
class Term:
    holder: str  # the holder's registry name (Source.name)
    since: datetime.date
    until: datetime.date | None
    names: tuple[str, ...]  # every language's names of the office

    def covers(self, day: datetime.date) -> bool:
        return self.since <= day and (self.until is None or day <= self.until)


def offices_read(
    path: Path | str = OFFICES_PATH, actors: Path | str = ACTORS_PATH
) -> tuple[Term, ...]:
    """The terms of an offices file, checked: a ``RegistryError`` names the first fault."""
    path = Path(path)
    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8")).get("office", [])
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise RegistryError(f"{path}: cannot be read: {error}.") from None
    names = {entry.key: entry.name for entry in registry_read(actors)}
    terms = []
    for position, table in enumerate(tables, 1):
        label = f"{path.name}, office {position}"
        unknown = set(table) - _FIELDS
        if unknown:
            raise RegistryError(f"{label}: unknown fields {', '.join(sorted(unknown))}.")
        if table.get("holder") not in names:
            raise RegistryError(f"{label}: holder {table.get('holder')!r} is no actors.toml key.")
        since, until = table.get("since"), table.get("until")
        if not isinstance(since, datetime.date) or not isinstance(until, datetime.date | None):
            raise RegistryError(f"{label}: since and until must be dates (2021-08-19).")
        if until is not None and until < since:
            raise RegistryError(f"{label}: until comes before since.")
        by_language = table.get("names")
        if (
            not isinstance(by_language, dict)
            or not by_language
            or not all(
                isinstance(listed, list)
                and listed
                and all(isinstance(n, str) and n.strip() for n in listed)
                for listed in by_language.values()
            )
        ):
            raise RegistryError(
                f"{label}: names must list the office's names by language "
                '(names.en = ["Prime Minister of Armenia"]).'
            )
        office_names = tuple(name for listed in by_language.values() for name in listed)
        term = Term(names[table["holder"]], since, until, office_names)
        for other in terms:
            shared = {n.casefold() for n in office_names} & {n.casefold() for n in other.names}
            if shared and _overlap(term, other):
                raise RegistryError(
                    f"{label}: {sorted(shared)[0]!r} has two holders at once ({other.holder})."
                )
        terms.append(term)
    return tuple(terms)


def _overlap(a: Term, b: Term) -> bool:
    far = datetime.date.max
    return a.since <= (b.until or far) and b.since <= (a.until or far)


def office_holder(phrase: str, morphology: Morphology, day: datetime.date) -> str:
    """The registry name of whoever held on ``day`` the office ``phrase`` names whole, as the
    language's morphology compares names; "" when it names no office or nobody held it."""
    for term in _by_key(morphology).get(morphology.key(phrase), ()):
        if term.covers(day):
            return term.holder
    return ""


def office_holders(phrase: str, morphology: Morphology) -> frozenset[str]:
    """The registry names of everyone who ever held the office ``phrase`` names whole."""
    return frozenset(term.holder for term in _by_key(morphology).get(morphology.key(phrase), ()))


def names_an_office(phrase: str, morphology: Morphology) -> bool:
    """Whether ``phrase`` names an office whole, whoever held it."""
    return morphology.key(phrase) in _by_key(morphology)


@functools.cache
def _terms() -> tuple[Term, ...]:
    """The file's terms, read once for every language's keys."""
    return offices_read()


@functools.cache
def _by_key(morphology: Morphology) -> dict[str, tuple[Term, ...]]:
    found: dict[str, list[Term]] = {}
    for term in _terms():
        for name in term.names:
            found.setdefault(morphology.key(name), []).append(term)
    return {key: tuple(terms) for key, terms in found.items()}
