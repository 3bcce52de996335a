"""The gazetteer: the conflict's places (``places.toml``) and finding them in a text.

Places are found like sources' names (``sources.names``): through the language's morphology,
so a name's inflected forms are found too ("Кельбаджаре", "Kəlbəcərdə", "Քարվաճառում"), the
longest name wins where two overlap, and a name two places share finds neither. A text in any
language is searched for the names of its own language and the English ones, which outlets in
every language also print.
"""

import threading
import tomllib
from functools import cache
from pathlib import Path

from django.db import connection

from claims.extraction.rules import rules_for
from sources.names import AMBIGUOUS, Known, SourceIndex
from sources.text import primary_language

from .models import Place, PlaceName

FILE = Path(__file__).resolve().parent / "places.toml"
LANGUAGES = ("en", "ru", "az", "hy")


def read_places(path: Path = FILE) -> list[dict]:
    """The places of the gazetteer file, each a dict of its fields."""
    return tomllib.loads(path.read_text(encoding="utf-8")).get("places", [])


_cache: dict[str, tuple[tuple, SourceIndex]] = {}
_lock = threading.Lock()


def _version() -> tuple:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT COUNT(*) FROM {PlaceName._meta.db_table}),"
            f" (SELECT MAX(id) FROM {PlaceName._meta.db_table})"
        )
        return cursor.fetchone()


def place_index(language: str) -> SourceIndex:
    """An index of the places' names in ``language`` and in English, rebuilt when a name was
    added or removed."""
    language = primary_language(language)
    version = _version()
    cached = _cache.get(language)
    if cached is not None and cached[0] == version:
        return cached[1]
    names: dict[int, list[str]] = {}
    for place_id, name in PlaceName.objects.filter(language__in={language, "en"}).values_list(
        "place_id", "name"
    ):
        names.setdefault(place_id, []).append(name)
    rules = rules_for(language)
    index = SourceIndex(
        (Known(place_id, Place.Kind.REGION, tuple(found)) for place_id, found in names.items()),
        rules.morphology if rules is not None else SourceIndex([]).morphology,
    )
    with _lock:
        _cache[language] = (version, index)
    return index


def places_in(text: str, language: str) -> list[tuple[int, int, int]]:
    """(start, end, place id) of every place named in ``text``, in text order."""
    return [found for found in place_index(language).names_in(text) if found[2] != AMBIGUOUS]


@cache
def _sectors() -> tuple[dict[str, frozenset[str]], frozenset[frozenset[str]]]:
    """Each place's key with the keys of the places it lies within, and the couples of places
    that face each other across the border or the line of contact, from the gazetteer file."""
    rows = {row["key"]: row for row in read_places()}
    lineage = {}
    for key in rows:
        found, at = {key}, rows[key].get("within")
        while at in rows and at not in found:
            found.add(at)
            at = rows[at].get("within")
        lineage[key] = frozenset(found)
    facing = frozenset(
        frozenset((key, other)) for key, row in rows.items() for other in row.get("faces", [])
    )
    return lineage, facing


def place_relation(first: Place, second: Place) -> str:
    """ "same" when one place is, or lies within, the other; "facing" when they lie in places
    that face each other across the border; else "other"."""
    if first.pk == second.pk or first.within_id == second.pk or second.within_id == first.pk:
        return "same"
    lineage, facing = _sectors()
    mine, theirs = lineage.get(first.key, {first.key}), lineage.get(second.key, {second.key})
    if first.key in theirs or second.key in mine:
        return "same"
    if any(frozenset((a, b)) in facing for a in mine for b in theirs):
        return "facing"
    return "other"
