"""Whom a found statement is attributed to: the phrases naming its speaker and relays linked to
sources, and what refers back ("it", "the ministry", "said Ilyin", "Представитель Кремля")
resolved to who spoke before.

A known name links to its source (a person named in the phrase before the body they speak
for); a person the desk does not know, named after that body ("ICRC spokeswoman Hanna
Lindqvist"), is the speaker by name, to be proposed; a surname alone is the person of that
name who spoke or was named before. "It" or "the ministry" is the most recent speaker that
fits, and "the Ministry of Defense" before anyone spoke the one of the publisher's country, or
the publisher itself when it is no agency or outlet.
"""

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sources.models import Document, Source
from sources.names import AMBIGUOUS, PLAIN, Morphology, SourceIndex
from sources.registry.offices import names_an_office, office_holders

from .naming import (
    abbreviated_body,
    body_of_the_country,
    full_name_before,
    holder_of_office,
    of_the_last_speaker,
    office_words,
    person_after,
    proposed_name,
)
from .rules import Rules
from .spokespeople import spokesperson_of
from .statement import Phrase, Statement

# Kinds of source that pass statements on when someone "told" them.
RELAYING_KINDS = frozenset({Source.Kind.NEWS_AGENCY, Source.Kind.OUTLET})
# Kinds of source a surname alone may name: officials, and the people a desk confirms from a
# proposal, who come in as "other" ("Hovhannisyan added" after "Artsrun Hovhannisyan said").
PEOPLE_KINDS = frozenset({Source.Kind.OFFICIAL, Source.Kind.OTHER})


@dataclass(frozen=True)
class Said:
    """A statement's resolved speaker and relays: source ids, or names to propose."""

    speaker: int | str
    relays: tuple[int | str, ...]


class History:
    """Who spoke so far, for the look-backs of "it", "the ministry" and "said Ilyin".

    Each looks for the most recent statement whose speaker fits. Only the latest statement of
    each speaker can be that one, so they are kept one per speaker, most recent last: a look-back
    passes over the speakers of the document, not over every statement before it.

    A surname alone ("said Ilyin", "ասաց Միրզոյանը") means the person of that surname named
    before it: one the desk does not know who spoke, or a known person the text named, whether
    or not they spoke then ("Foreign Minister Ararat Mirzoyan met …"). Surnames compare through
    the language's morphology, so an inflected one finds its person. A title ("the prime
    minister") means a speaker the text named with it, also one the desk does not know.
    """

    def __init__(
        self,
        morphology: Morphology = PLAIN,
        index: SourceIndex | None = None,
        names: Iterable[tuple[int, int, int]] = (),
    ) -> None:
        self._morphology = morphology
        self._latest: dict[int | str, Said] = {}
        self._by_surname: dict[str, Said] = {}
        # The stems of the words each speaker was named with ("Azerbaijani Prime Minister Ali
        # Asadov"): "the prime minister" after it means them, though the desk has them as a
        # person of no kind or not at all.
        self._named_with: dict[int | str, set[str]] = {}
        # Where a known person is named, and the surnames of their names, in text order.
        self._people: list[tuple[int, int, frozenset[str]]] = []
        for start, _, source_id in names:
            known = index.sources.get(source_id) if index is not None else None
            if known is not None and known.kind in PEOPLE_KINDS:
                surnames = frozenset(
                    self._surname(name) for name in known.names if len(name.split()) > 1
                )
                if surnames:
                    self._people.append((start, source_id, surnames))
        self._starts = [start for start, _, _ in self._people]

    def _surname(self, name: str) -> str:
        return self._morphology.key(name.split()[-1])

    def add(self, said: Said, phrase: str = "") -> None:
        """``phrase``: the words the text named the speaker with."""
        self._latest.pop(said.speaker, None)
        self._latest[said.speaker] = said
        self._named_with.setdefault(said.speaker, set()).update(self._stems(phrase))
        if isinstance(said.speaker, str):
            self._by_surname[self._surname(said.speaker)] = said

    def named_with(self, speaker: int | str, words: list[str]) -> bool:
        """Whether the text named ``speaker`` with all of ``words`` ("prime minister")."""
        named = self._named_with.get(speaker)
        return bool(words and named) and self._stems(" ".join(words)) <= named

    def _stems(self, phrase: str) -> set[str]:
        return {self._morphology.key(word) for word in phrase.split()} - {""}

    def relays_if_latest(self, speaker: int | str) -> tuple:
        """The relays of the latest statement when ``speaker`` made it: a follow-on ("—
        ответил Песков" right after Peskov spoke) keeps the relays of what it continues."""
        latest = next(self.most_recent_first(), None)
        return latest.relays if latest is not None and latest.speaker == speaker else ()

    def most_recent_first(self) -> Iterator[Said]:
        return reversed(self._latest.values())

    def unknown_person(self, surname: str) -> Said | None:
        """The latest statement of a speaker the desk does not know, by the last word of the
        name."""
        return self._by_surname.get(self._morphology.key(surname))

    def named_person(self, surname: str, before: int) -> int | None:
        """The known person of that surname named last before ``before``, if any."""
        wanted = self._morphology.key(surname)
        for at in range(bisect.bisect_left(self._starts, before) - 1, -1, -1):
            _, source_id, surnames = self._people[at]
            if wanted in surnames:
                return source_id
        return None

    def known_person(self, surname: str, index: SourceIndex) -> Said | None:
        """The latest statement of a person the desk knows whose name ends in ``surname``
        ("Badalyan said" after "spokesperson Ani Badalyan told …")."""
        wanted = self._morphology.key(surname)
        for said in self.most_recent_first():
            known = index.sources.get(said.speaker) if isinstance(said.speaker, int) else None
            if (
                known is not None
                and known.kind in PEOPLE_KINDS
                and any(self._surname(name) == wanted for name in known.names)
            ):
                return said
        return None


def resolve(
    statement: Statement,
    rules: Rules,
    index: SourceIndex,
    name_ids: dict[tuple[int, int], int],
    history: History,
    document: Document,
) -> Said | None:
    speaker = _who(statement.speaker, rules, index, name_ids, history, document)
    if speaker is None:
        return None
    who, inherited = speaker
    if who == document.publisher_id and not statement.relays:
        # "Как писал «Кавказский узел», …" in its own copy: an agency or outlet recalling its
        # own reporting speaks in its own voice.
        publisher = index.sources.get(who)
        if publisher is not None and publisher.kind in RELAYING_KINDS:
            return None
    relays: list[int | str] = []
    audience = statement.audience
    if audience is not None and audience.is_known:
        told = name_ids[max(audience.names, key=lambda span: span[1] - span[0])]
        known = index.sources.get(told)
        if known is not None and known.kind in RELAYING_KINDS:
            relays.append(told)
    for phrase in statement.relays:
        if not phrase.is_known and _names_the_publisher(phrase.text, index, document):
            continue  # "Как сообщает Report" in Report.az's own copy: never a relay
        relay = _who(phrase, rules, index, name_ids, history, document)
        if relay is not None:
            relays.append(relay[0])
    if not statement.relays and statement.audience is None:
        # A follow-on ("It added that …") keeps the relays of the statement it continues.
        relays = list(inherited)
    chain = []
    for relay in relays:
        if relay not in (who, document.publisher_id) and relay not in chain:
            chain.append(relay)
    return Said(who, tuple(chain))


# An outlet's address, which its own copy leaves out when it names itself ("Report" of
# "Report.az"). The registry keeps no such short name when it is a common word.
_DOMAIN = re.compile(r"\.(?:az|am|ru|ge|com|info|news|net|org)$")


def _names_the_publisher(text: str, index: SourceIndex, document: Document) -> bool:
    publisher = index.sources.get(document.publisher_id)
    if publisher is None or publisher.kind not in RELAYING_KINDS:
        return False
    said = " ".join(text.strip("«»“”\"' ").split()).casefold()
    return any(said == _DOMAIN.sub("", name.casefold()) for name in publisher.names)


def _who(
    phrase: Phrase,
    rules: Rules,
    index: SourceIndex,
    name_ids: dict[tuple[int, int], int],
    history: History,
    document: Document,
) -> tuple[int | str, tuple] | None:
    """Whom a phrase names, with the relays it inherits when it refers back; None when it
    cannot be told."""
    holder = holder_of_office(phrase, rules, index, document)
    if holder is not None:
        return holder, history.relays_if_latest(holder)
    if not phrase.is_known and names_an_office(office_words(phrase, rules), rules.morphology):
        # An office whose holder on that day the desk cannot tell: a title is never proposed
        # as a source, since holders change; but "the Armenian prime minister said" right
        # after Pashinyan spoke is the one of its holders who spoke last.
        return _holder_who_spoke(office_words(phrase, rules), rules, index, history)
    if phrase.is_known:
        source_id = _named(phrase, index, name_ids)
        if source_id == AMBIGUOUS:
            return None
        # "ICRC spokeswoman Hanna Lindqvist": the person speaks, though only the body is known.
        person = person_after(phrase, rules, index.sources.get(source_id))
        if person:
            return _unknown(person, history)
        # "Представитель Кремля", "ԱԳՆ-ի պաշտոնական ներկայացուցիչը": the person who spoke
        # for the body before, if one did.
        spokesperson = spokesperson_of(phrase, source_id, rules, index, history, document)
        if spokesperson is not None:
            return spokesperson
        # Named again right after speaking ("— ответил Песков"): a follow-on, keeping the
        # relays of the statement it continues.
        return source_id, history.relays_if_latest(source_id)
    of_country = body_of_the_country(phrase, rules, index, name_ids, document)
    if of_country is not None:
        return of_country, ()
    capital = rules.capital(document.text, phrase.start, phrase.text)
    if capital is not None:
        # "В Ереване заявили": the government the press means by its capital, by the name the
        # registry gives it ("официальный Ереван"); nobody when the desk has no such source.
        source_id = index.lookup(capital)
        return (source_id, ()) if source_id not in (None, AMBIGUOUS) else None
    anaphor = _anaphor(phrase.text, rules)
    if anaphor is not None:
        kinds, description, adjective = anaphor
        return _antecedent(kinds, description, adjective, history, index, document, rules)
    owned = _owned_anaphor(phrase.text, rules)
    if owned is not None:
        # "Azerbaijan's ministry said" after Azerbaijan's ministry spoke; a body nobody named
        # before ("Georgia's defence ministry") is proposed by its name, as it was before.
        antecedent = _antecedent(*owned, history, index, document, rules)
        if antecedent is not None:
            return antecedent
    head = phrase.head or phrase.text
    source_id = index.lookup(head)
    if source_id == AMBIGUOUS:
        return None
    if source_id is not None:
        return source_id, ()
    # Only the head names the speaker: "Nino Beridze", not the forum of her apposition.
    name = proposed_name(head, rules)
    if not name:
        return None
    if len(name.split()) == 1:
        # "The NSS said" after "Armenia's National Security Service (NSS) announced …": the
        # body the abbreviation was given for, in brackets after its name.
        abbreviated = abbreviated_body(name, document.text, name_ids, phrase.start)
        if abbreviated is not None:
            return abbreviated, ()
        # "Badalyan said" after "spokesperson Ani Badalyan told …": the person the desk knows,
        # who spoke before, or else was named before ("Foreign Minister Ararat Mirzoyan met …").
        said = history.known_person(name, index)
        if said is not None:
            return said.speaker, said.relays
        named = history.named_person(name, phrase.start)
        if named is not None:
            return named, ()
        if history.unknown_person(name) is None:
            # "— said Altunyan" after "… Gevorg Altunyan told …" whose statement was not
            # found: the person named in full before, linked when the desk knows them,
            # proposed by that full name otherwise.
            full = full_name_before(name, document.text, phrase.start, rules, index)
            if full:
                source_id = index.lookup(full)
                if source_id is not None and source_id != AMBIGUOUS:
                    return source_id, history.relays_if_latest(source_id)
                name = full
    return _unknown(name, history)


def _holder_who_spoke(
    office: str, rules: Rules, index: SourceIndex, history: History
) -> tuple[int | str, tuple] | None:
    """The latest speaker who ever held ``office``, with their relays; None when none spoke."""
    holders = office_holders(office, rules.morphology)
    for said in history.most_recent_first():
        known = index.sources.get(said.speaker) if isinstance(said.speaker, int) else None
        if known is not None and known.names[0] in holders:
            return said.speaker, said.relays
    return None


def _unknown(name: str, history: History) -> tuple[int | str, tuple]:
    """A speaker the desk does not know, by name: the one who spoke before under it, if any
    ("said Ilyin" after "Sergei Ilyin, the head of the village, told …")."""
    said = history.unknown_person(name)
    return (said.speaker, said.relays) if said is not None else (name, ())


def _named(phrase: Phrase, index: SourceIndex, name_ids: dict[tuple[int, int], int]) -> int:
    """The source a phrase with known names in it stands for: a person named in it ("the press
    secretary of the defence ministry, Lilit Hovsepyan"), else its longest name."""
    ids = [name_ids[span] for span in sorted(phrase.names, key=lambda s: s[0] - s[1])]
    people = [
        pk for pk in ids if pk in index.sources and index.sources[pk].kind == Source.Kind.OFFICIAL
    ]
    if not people and len(phrase.names) > 1:
        # "Armenia's foreign ministry spokesman Anna Naghdalyan", the person confirmed from a
        # proposal of no kind yet: the name after the body's is the speaker's.
        last = name_ids[max(phrase.names)]
        if last in index.sources and index.sources[last].kind == Source.Kind.OTHER:
            people = [last]
    return (people or ids)[0]


def _anaphor(text: str, rules: Rules) -> tuple[frozenset[str], str, str] | None:
    """The kinds of source a referring phrase can mean, the description it uses ("" for a
    pronoun), and the adjective narrowing it ("the Azerbaijani ministry")."""
    folded = " ".join(text.split()).casefold()
    if folded in rules.anaphors:
        kinds = rules.anaphors[folded]
        # One word is a pronoun ("it", "оно", "o") unless, in a language without articles, it
        # names a body ("Минобороны", "nazirlik", "XİN-in", "ՊՆ"): then, as "the ministry"
        # does, it means the body a spokesperson who spoke before speaks for, or the
        # publisher's country's when nobody spoke before.
        body = (
            not rules.determiners
            and "*" not in kinds
            and Source.Kind.OFFICIAL not in kinds
            and (len(folded) > 3 or text.strip().isupper())
        )
        return kinds, folded if " " in folded or body else "", ""
    words = folded.split()
    if len(words) >= 3 and words[0] in rules.determiners:
        description = " ".join([words[0], *words[2:]])
        if description in rules.anaphors:
            return rules.anaphors[description], description, words[1]
    narrowed = rules.narrowed(folded)
    if narrowed is not None:
        # No determiner: the adjective opens the phrase ("армянского военного ведомства").
        description, fragment = narrowed
        return rules.anaphors[description], description, fragment
    return None


def _owned_anaphor(text: str, rules: Rules) -> tuple[frozenset[str], str, str] | None:
    """A description after its owner ("Azerbaijan's ministry"), read as "the ministry" narrowed
    by the owner as an adjective narrows it ("the Azerbaijani ministry")."""
    words = " ".join(text.split()).casefold().split(" ", 1)
    owner = rules.possessive.search(words[0] + " ") if rules.possessive is not None else None
    if len(words) < 2 or owner is None or owner.end() != len(words[0]) + 1:
        return None
    for determiner in sorted(rules.determiners):
        description = f"{determiner} {words[1]}"
        if description in rules.anaphors:
            return rules.anaphors[description], description, words[0][: owner.start()]
    return None


def _antecedent(
    kinds: frozenset[str],
    description: str,
    adjective: str,
    history: History,
    index: SourceIndex,
    document: Document,
    rules: Rules,
) -> tuple[int | str, tuple] | None:
    # "The Defense Ministry added" after "the Defense Ministry of Artsakh said", a body the desk
    # does not know or has just confirmed from a proposal (of no kind yet): its name holds the
    # description's words.
    described = [w.casefold() for w in rules.without_determiner(description.split())]

    def describes(names: Iterable[str]) -> bool:
        return bool(described) and any(
            all(w in n.casefold().split() for w in described) for n in names
        )

    def fits(source_id: int | str) -> bool:
        if isinstance(source_id, str):
            # A person the desk does not know yet: "he" or "she" can still mean them, and so
            # can what means anyone ("Bildirilib ki, …": "it was said that").
            return (
                "*" in kinds
                or (Source.Kind.OFFICIAL in kinds and not description)
                or describes([source_id])
                or history.named_with(source_id, described)
            )
        known = index.sources.get(source_id)
        if known is None:
            return False
        # A proposal the desk confirmed without telling its kind: "he" or "she" can still mean
        # it, as before it was confirmed, and so can a description its name holds.
        of_no_kind = known.kind == Source.Kind.OTHER and (
            (Source.Kind.OFFICIAL in kinds and not description)
            or describes(known.names)
            or history.named_with(source_id, described)
        )
        if "*" not in kinds and known.kind not in kinds and not of_no_kind:
            return False
        if not adjective or any(adjective[:5] in n.casefold() for n in known.names):
            return True
        # "Erməni baş nazirin sözlərinə görə": an official is of the country of the body they
        # belong to, whose names hold it.
        body = index.sources.get(known.parent) if known.kind == Source.Kind.OFFICIAL else None
        return body is not None and any(adjective[:5] in n.casefold() for n in body.names)

    for said in history.most_recent_first():
        if fits(said.speaker):
            return said.speaker, said.relays
        known = index.sources.get(said.speaker) if isinstance(said.speaker, int) else None
        parent = known.parent if known is not None else None
        if description and parent is not None and fits(parent):
            # "The ministry" after its spokesperson spoke: the ministry they speak for.
            return parent, said.relays
    if not description:
        return None  # "it" with nobody before it
    # A statement's own publisher is who "the ministry" means in its first lines; not an
    # agency's or outlet's, whose "говорится в сообщении" with nobody before it is someone's
    # statement it passes on, never its own.
    publisher = index.sources.get(document.publisher_id)
    if (
        publisher is not None
        and publisher.kind not in RELAYING_KINDS
        and fits(document.publisher_id)
    ):
        return document.publisher_id, ()
    # Its words without a determiner, stemmed as the language inflects them: "Müdafiə
    # Nazirliyindən" is of "Azərbaycan Müdafiə Nazirliyi".
    # A word that is a description by itself ("пресс-службе" of "пресс-службе министерства
    # обороны") tells no body from another.
    words = [
        index.morphology.stem(w)
        for w in rules.without_determiner(description.split())
        if len(w) > 3 and (w == description or w not in rules.anaphors)
    ]
    named = [
        pk
        for pk in index.sources
        if fits(pk) and all(any(w in n.casefold() for n in index.sources[pk].names) for w in words)
    ]
    if adjective and len(named) == 1:
        # "The Azerbaijani defence ministry" before anyone spoke: the one source it fits.
        return named[0], ()
    latest = next(history.most_recent_first(), None)
    of_it = of_the_last_speaker(named, latest.speaker, index) if words and latest else None
    if of_it is not None:
        # "“…,” read a Ministry of Defense statement" after "Azerbaijan on Sunday accused …".
        return of_it, ()
    if words and named:
        # "The Ministry of Defense" in an agency's copy before anyone spoke: of the sources
        # it fits, the one of the publisher's country.
        country = publisher.country if publisher is not None else ""
        local = [pk for pk in named if country and index.sources[pk].country == country]
        if len(local) == 1:
            return local[0], ()
    return None
