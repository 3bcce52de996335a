"""The person who spoke for a body, when a phrase names the body with a description of a person
("Представитель Кремля", "ԱԳՆ-ի պաշտոնական ներկայացուցիչը"): resolution's look-back for a
spokesperson, apart from the rest of it."""

import re
from typing import TYPE_CHECKING

from sources.models import Document, Source
from sources.names import SourceIndex

from .rules import Rules
from .statement import Phrase

if TYPE_CHECKING:  # resolution imports this module
    from .resolution import History

_AFTER_NAME = re.compile(r"(?:-\w+)?((?:\s+\w+){1,3})")


def spokesperson_of(
    phrase: Phrase,
    source_id: int,
    rules: Rules,
    index: SourceIndex,
    history: "History",
    document: Document,
) -> tuple[int | str, tuple] | None:
    """The person who spoke for a body before, when a description of a person that the rules
    list stands right before the body's name ("Представитель Кремля" after Peskov spoke) or
    right after it ("ԱԳՆ-ի պաշտոնական ներկայացուցիչը", "Կրեմլի պաշտոնյան"); None otherwise,
    and the body itself is then the speaker."""
    body = index.sources.get(source_id)
    if body is None or body.kind == Source.Kind.OFFICIAL:
        return None
    if not (
        _described_before(phrase, rules, document) or _described_after(phrase, rules, document)
    ):
        return None
    for position, said in enumerate(history.most_recent_first()):
        known = index.sources.get(said.speaker) if isinstance(said.speaker, int) else None
        if known is not None and known.kind == Source.Kind.OFFICIAL and known.parent == source_id:
            return said.speaker, said.relays
        if position == 0 and known is not None and _unplaced_person(known):
            # A person confirmed from a proposal has no kind or body yet: the one who spoke
            # just before is the spokesperson the description means ("Լեյլա Աբդուլլաևան
            # ընդգծել է …։ Ադրբեջանի ԱԳՆ խոսնակը նշել է …").
            return said.speaker, said.relays
    return None


def _unplaced_person(source) -> bool:
    return source.kind == Source.Kind.OTHER and source.parent is None


def _names_a_person(description: str, rules: Rules) -> bool:
    kinds = rules.anaphors.get(description)
    return bool(kinds) and Source.Kind.OFFICIAL in kinds and "*" not in kinds


def _described_before(phrase: Phrase, rules: Rules, document: Document) -> bool:
    """A description ending in the body's name: its title before it, in the same sentence."""
    before = document.text[max(0, phrase.start - 60) : phrase.start].split()
    for count in (2, 1):
        title = before[-count:]
        if (
            len(before) >= count
            and not any(w[-1] in '.!?»"' for w in title)
            and _names_a_person(" ".join([*title, *phrase.text.split()]).casefold(), rules)
        ):
            return True
    return False


def _described_after(phrase: Phrase, rules: Rules, document: Document) -> bool:
    """A description of a person right after the body's name, its case ending included."""
    after = _AFTER_NAME.match(document.text, phrase.end)
    if after is None:
        return False
    words = after.group(1).casefold().split()
    return any(_names_a_person(" ".join(words[:n]), rules) for n in range(len(words), 0, -1))
