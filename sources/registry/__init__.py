"""The starter registry: the conflict's main actors, with the names the press gives them.

``actors.toml`` holds one ``[[source]]`` table per actor: a ``key`` that other data (the
labelled extraction sets) refers to, the fields of a ``Source``, ``parent`` as another entry's
key, and ``names.<language>``: the names the press in that language writes, in their base
(dictionary) forms. Inflected forms are left to the linker's morphology. No name may belong to
two entries: a name two sources share links to neither.

``registry_read`` parses and checks the file without touching the database; ``registry_load``
brings the desk's sources in line with it through the services, without overwriting what the
desk has edited, and can run any number of times.
"""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from ..models import Source, SourceAlias, alias_key
from ..services import source_alias_add, source_create, source_update

DEFAULT_PATH = Path(__file__).with_name("actors.toml")
# The languages every entry gives names in (``registry_read`` accepts others too).
LANGUAGES = ("en", "ru", "az", "hy")

_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_TEXT_FIELDS = {"name": 200, "short_name": 60, "url": 200, "description": 500}
_FIELDS = {"key", "kind", "country", "parent", "state_affiliated", "names", *_TEXT_FIELDS}
# The fields a new source gets unless told otherwise: on a source that has them, they say
# nothing the desk chose, and the registry may fill them.
_DEFAULTS = {"kind": Source.Kind.OTHER, "state_affiliated": False}


class RegistryError(ValueError):
    """The registry file is not valid; the message names the entry at fault."""


@dataclass(frozen=True)
class RegistryEntry:
    key: str
    name: str
    kind: str
    country: str = ""
    short_name: str = ""
    parent: str = ""
    state_affiliated: bool = False
    url: str = ""
    description: str = ""
    # language → names, each in its base form, in the order the file gives them
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def all_names(self) -> list[str]:
        """The name, the short name and every listed name, once each (as aliases compare)."""
        found: dict[str, str] = {}
        for name in (self.name, self.short_name, *(n for _, ns in self.names for n in ns)):
            if name:
                found.setdefault(alias_key(name), name)
        return list(found.values())

    def names_in(self, language: str) -> tuple[str, ...]:
        return dict(self.names).get(language, ())


@dataclass(frozen=True)
class Skipped:
    key: str  # the entry's key
    name: str  # the name not added; empty when the parent was not set
    reason: str


@dataclass
class RegistryResult:
    sources: dict[str, int] = field(default_factory=dict)  # entry key → source id
    created: list[str] = field(default_factory=list)  # keys of the sources created
    updated: dict[str, list[str]] = field(default_factory=dict)  # key → the fields filled
    found: dict[str, str] = field(default_factory=dict)  # key → how an existing one was found
    aliases_added: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.aliases_added)


def registry_read(path: Path | str = DEFAULT_PATH) -> tuple[RegistryEntry, ...]:
    """The entries of a registry file, checked: a ``RegistryError`` names the first fault."""
    path = Path(path)
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RegistryError(f"{path}: cannot be read ({error.strerror}).") from None
    except UnicodeDecodeError:
        raise RegistryError(f"{path}: not UTF-8 text.") from None
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{path}: not valid TOML: {error}.") from None
    unknown = set(document) - {"source"}
    if unknown:
        raise RegistryError(f"{path}: unknown tables {', '.join(sorted(unknown))}.")
    tables = document.get("source", [])
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        raise RegistryError(f"{path}: source must be an array of tables ([[source]]).")
    entries = tuple(_entry(table, position, path) for position, table in enumerate(tables, 1))
    _check_together(entries, path)
    return entries


def _entry(table: dict, position: int, path: Path) -> RegistryEntry:
    key = table.get("key")
    label = (
        f"{path.name}, entry {key!r}" if isinstance(key, str) else f"{path.name}, entry {position}"
    )

    def fault(message: str) -> RegistryError:
        return RegistryError(f"{label}: {message}")

    if not isinstance(key, str) or not _KEY.match(key):
        raise fault("key must be lower-case letters, digits and hyphens, such as 'am-mod'.")
    unknown = set(table) - _FIELDS
    if unknown:
        raise fault(f"unknown fields {', '.join(sorted(unknown))}.")
    text = {}
    for name, limit in _TEXT_FIELDS.items():
        value = table.get(name, "")
        if not isinstance(value, str):
            raise fault(f"{name} must be a string.")
        value = " ".join(value.split())
        if len(value) > limit:
            raise fault(f"{name} has {len(value)} characters; at most {limit}.")
        text[name] = value
    if not text["name"]:
        raise fault("name is missing.")
    kind = table.get("kind")
    if kind not in Source.Kind.values:
        raise fault(f"unknown kind {kind!r}; one of {', '.join(Source.Kind.values)}.")
    country = table.get("country", "")
    if not isinstance(country, str) or not (country == "" or _COUNTRY.match(country)):
        raise fault(f"country {country!r} is not two capitals (ISO 3166-1), nor empty.")
    parent = table.get("parent", "")
    if not isinstance(parent, str):
        raise fault("parent must be another entry's key.")
    state_affiliated = table.get("state_affiliated", False)
    if not isinstance(state_affiliated, bool):
        raise fault("state_affiliated must be true or false.")
    if text["url"]:
        try:
            URLValidator()(text["url"])
        except ValidationError:
            raise fault(f"url {text['url']!r} is not a URL.") from None
    return RegistryEntry(
        key=key,
        kind=kind,
        country=country,
        parent=parent,
        state_affiliated=state_affiliated,
        names=_names(table.get("names", {}), fault),
        **text,
    )


def _names(table, fault) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(table, dict):
        raise fault("names must be a table of languages (names.en = [...]).")
    names = []
    for language, listed in table.items():
        if not _LANGUAGE.match(language):
            raise fault(f"names.{language}: not a language tag.")
        if not isinstance(listed, list) or not all(isinstance(n, str) for n in listed):
            raise fault(f"names.{language} must be a list of strings.")
        cleaned = tuple(" ".join(name.split()) for name in listed)
        for name in cleaned:
            if not name:
                raise fault(f"names.{language} has an empty name.")
            if len(name) > 200:
                raise fault(f"names.{language}: {name[:40]!r}… is longer than 200 characters.")
        names.append((language, cleaned))
    return tuple(names)


def _check_together(entries: tuple[RegistryEntry, ...], path: Path) -> None:
    """What no entry can check alone: unique keys, unique names, parents that exist."""
    by_key: dict[str, RegistryEntry] = {}
    owners: dict[str, tuple[str, str]] = {}  # alias key → (entry key, name as written)
    for entry in entries:
        label = f"{path.name}, entry {entry.key!r}"
        if entry.key in by_key:
            raise RegistryError(f"{label}: the key is used twice.")
        by_key[entry.key] = entry
        for name in entry.all_names():
            owner = owners.setdefault(alias_key(name), (entry.key, name))
            if owner[0] != entry.key:
                raise RegistryError(
                    f"{label}: the name {name!r} is also entry {owner[0]!r}'s ({owner[1]!r}); "
                    "a name two sources share links to neither."
                )
    for entry in entries:
        label = f"{path.name}, entry {entry.key!r}"
        seen = {entry.key}
        parent = entry.parent
        while parent:
            if parent not in by_key:
                raise RegistryError(f"{label}: parent {parent!r} is no entry's key.")
            if parent in seen:
                raise RegistryError(f"{label}: its parents lead back to {parent!r}.")
            seen.add(parent)
            parent = by_key[parent].parent


# --- Loading ------------------------------------------------------------------------------------


class _Owners:
    """Which source each name belongs to, as aliases compare: sources' names, short names and
    aliases (keys of ``names`` and ``short_names`` two sources share map to ``SHARED``)."""

    SHARED = -1

    def __init__(self) -> None:
        self.exact: dict[str, int] = {}
        self.names: dict[str, int] = {}
        self.short_names: dict[str, int] = {}
        self.aliases: dict[str, int] = {}
        self.labels: dict[int, str] = {}
        for pk, name, short_name in Source.objects.values_list("pk", "name", "short_name"):
            self.add_source(pk, name, short_name)
        for key, source_id in SourceAlias.objects.values_list("key", "source_id"):
            self.aliases[key] = source_id

    def add_source(self, pk: int, name: str, short_name: str) -> None:
        self.exact[name] = pk
        self.labels[pk] = name
        for table, each in ((self.names, name), (self.short_names, short_name)):
            if each:
                key = alias_key(each)
                table[key] = pk if table.get(key, pk) == pk else self.SHARED

    def owner(self, name: str) -> int | None:
        key = alias_key(name)
        owners = {
            owner
            for owner in (self.names.get(key), self.short_names.get(key), self.aliases.get(key))
            if owner is not None
        }
        if not owners:
            return None
        return owners.pop() if len(owners) == 1 else self.SHARED

    def describe(self, pk: int) -> str:
        if pk == self.SHARED:
            return "already the name of more than one source"
        return f"already \u201c{self.labels.get(pk, pk)}\u201d's"


@transaction.atomic
def registry_load(*, path: Path | str = DEFAULT_PATH) -> RegistryResult:
    """Bring the desk's sources in line with the registry file at ``path``.

    Each entry's source is found by its name, else by any of its names (as a source's name,
    short name or alias), else created. On a source that exists only blank fields are filled (a kind
    "other" and state affiliation off count as blank: they are what a new source starts
    with), and a parent only where it has none. Each of the entry's names it lacks is added
    as an alias, unless another source has that name already: it is skipped and reported.
    The file is read and checked first; a bad file writes nothing. Loading twice adds nothing.
    """
    entries = registry_read(path)
    result = RegistryResult()
    owners = _Owners()
    sources: dict[str, Source] = {}
    for entry in _parents_first(entries):
        claimed = {source.pk for source in sources.values()}
        parent = sources[entry.parent] if entry.parent else None
        source, how = _find(entry, owners, claimed)
        if source is None:
            source = _create(entry, parent, owners, result)
            result.created.append(entry.key)
        else:
            if how:
                result.found[entry.key] = how
            _fill(source, entry, parent, owners, result)
        sources[entry.key] = source
    for entry in entries:
        _add_names(sources[entry.key], entry, owners, result)
        result.sources[entry.key] = sources[entry.key].pk
    return result


def _parents_first(entries: tuple[RegistryEntry, ...]) -> list[RegistryEntry]:
    """The entries in file order, except that each comes after its parent."""
    by_key = {entry.key: entry for entry in entries}
    placed: dict[str, RegistryEntry] = {}

    def place(entry: RegistryEntry) -> None:
        if entry.key not in placed:
            if entry.parent:
                place(by_key[entry.parent])
            placed[entry.key] = entry

    for entry in entries:
        place(entry)
    return list(placed.values())


def _find(entry: RegistryEntry, owners: _Owners, claimed: set[int]) -> tuple[Source | None, str]:
    """The source an entry stands for, and how it was found when not by its exact name.

    By its name first, then by each of its other names in turn. A source found by another of
    its names must also be of the entry's kind and country (or have none yet): a desk's
    "Government of Azerbaijan" with the alias "Baku" is not the registry's defence ministry.
    """
    key = alias_key(entry.name)
    candidates: list[tuple[int | None, str, bool]] = [
        (owners.exact.get(entry.name), "", False),
        (owners.names.get(key), "by its name", False),
        (owners.aliases.get(key), "by its name, an alias there", False),
        (owners.short_names.get(key), "by its name, the short name there", True),
    ]
    for name in entry.all_names()[1:]:
        key = alias_key(name)
        for table, how in (
            (owners.names, "by the name"),
            (owners.short_names, "by the short name"),
            (owners.aliases, "by the alias"),
        ):
            candidates.append((table.get(key), f"{how} \u201c{name}\u201d", True))
    for pk, how, check in candidates:
        if pk is None or pk == owners.SHARED or pk in claimed:
            continue
        source = Source.objects.get(pk=pk)
        if check and not _compatible(source, entry):
            continue
        return source, how and f"as \u201c{source.name}\u201d, {how}"
    return None, ""


def _compatible(source: Source, entry: RegistryEntry) -> bool:
    return source.kind in (entry.kind, _DEFAULTS["kind"]) and source.country in (entry.country, "")


def _short_name(entry: RegistryEntry, source_pk: int | None, owners, result) -> str:
    """The entry's short name, unless another source goes by it."""
    if not entry.short_name:
        return ""
    owner = owners.owner(entry.short_name)
    if owner is None or owner == source_pk:
        return entry.short_name
    result.skipped.append(Skipped(entry.key, entry.short_name, owners.describe(owner)))
    return ""


def _create(entry: RegistryEntry, parent: Source | None, owners: _Owners, result) -> Source:
    # A source of another kind or country may go by the entry's name: the new one must have
    # it all the same, and the desk is told, as the name now links to neither.
    if (owner := owners.owner(entry.name)) is not None:
        reason = f"{owners.describe(owner)} as well: a name two sources share links to neither"
        result.skipped.append(Skipped(entry.key, entry.name, reason))
    source = source_create(
        name=entry.name,
        kind=entry.kind,
        short_name=_short_name(entry, None, owners, result),
        country=entry.country,
        state_affiliated=entry.state_affiliated,
        parent=parent,
        description=entry.description,
        url=entry.url,
    )
    owners.add_source(source.pk, source.name, source.short_name)
    return source


def _fill(source: Source, entry: RegistryEntry, parent: Source | None, owners, result) -> None:
    """Fill the source's blank fields from the entry, its parent if it has none."""
    fields = {}
    for name in ("country", "description", "url"):
        if not getattr(source, name) and getattr(entry, name):
            fields[name] = getattr(entry, name)
    for name, default in _DEFAULTS.items():
        if getattr(source, name) == default and getattr(entry, name) != default:
            fields[name] = getattr(entry, name)
    if not source.short_name and (short_name := _short_name(entry, source.pk, owners, result)):
        fields["short_name"] = short_name
    if fields:
        source_update(source=source, **fields)
        owners.add_source(source.pk, source.name, source.short_name)
        result.updated[entry.key] = sorted(fields)
    if parent is None or source.parent_id == parent.pk:
        return
    if source.parent_id is not None:
        result.skipped.append(
            Skipped(
                entry.key,
                "",
                f"keeps its parent \u201c{source.parent}\u201d (the registry's is "
                f"\u201c{parent}\u201d)",
            )
        )
        return
    try:
        source_update(source=source, parent=parent)
    except ValidationError as error:  # the desk made the parent a descendant of the source
        source.parent = None
        reason = f"not given the parent \u201c{parent}\u201d: {' '.join(error.messages)}"
        result.skipped.append(Skipped(entry.key, "", reason))
        return
    result.updated.setdefault(entry.key, []).append("parent")


def _add_names(source: Source, entry: RegistryEntry, owners: _Owners, result) -> None:
    own = {alias_key(name) for name in (source.name, source.short_name) if name}
    for name in entry.all_names():
        owner = owners.owner(name)
        if owner == source.pk or alias_key(name) in own:
            continue
        if owner is not None:
            result.skipped.append(Skipped(entry.key, name, owners.describe(owner)))
            continue
        source_alias_add(source=source, alias=name)
        owners.aliases[alias_key(name)] = source.pk
        result.aliases_added += 1
