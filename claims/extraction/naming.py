"""How the words of a phrase name a source, for resolution: the name proposed for a speaker the
desk does not know (proposed_name), a surname's full name given before (full_name_before), an
abbreviation's body in brackets (abbreviated_body), a person named after the body they speak
for (person_after), an office's holder on the document's date (holder_of_office), and "the
ministry of the country" named before (body_of_the_country)."""

import re

from django.utils import timezone

from sources.models import Document, Source
from sources.names import AMBIGUOUS, Known, SourceIndex
from sources.registry.offices import office_holder

from .rules import Rules
from .sentences import paragraph_start
from .statement import Phrase

# How far back in the text a surname's full name or a country's name is looked for: the article
# around the phrase, so that a document of two million characters is not read again for each.
LOOK_BACK = 5_000


def full_name_before(surname: str, text: str, before: int, rules: Rules, index: SourceIndex) -> str:
    """The first name and surname of the person last named before ``before`` whose surname
    is ``surname`` (in any of its forms), in the form a name is proposed in; "" when none
    was. A capitalised word that opens sentences ("В Ереване") is no first name."""
    wanted = index.morphology.key(surname)
    found = ""
    for run in rules.capitalised_run.finditer(text, max(0, before - LOOK_BACK), before):
        words = run.group().split()
        for at in range(1, len(words)):
            if words[at - 1] not in rules.not_names and index.morphology.key(words[at]) == wanted:
                found = proposed_name(" ".join(words[at - 1 : at + 1]), rules)
    return found if len(found.split()) == 2 else ""


def office_words(phrase: Phrase, rules: Rules) -> str:
    """The words of a phrase that may name an office: its head without a determiner."""
    return " ".join(rules.without_determiner((phrase.head or phrase.text).split()))


def holder_of_office(
    phrase: Phrase, rules: Rules, index: SourceIndex, document: Document
) -> int | None:
    """The person who held, on the document's date, the office a phrase names whole ("the
    Armenian Prime Minister", "Azərbaycan Prezidenti"), when the desk knows them; None
    otherwise, and always for an undated document, whose office may have changed hands since."""
    words = office_words(phrase, rules)
    if not words or document.published_at is None:
        return None
    day = timezone.localtime(document.published_at).date()
    # The country may stand just before the phrase the pattern took ("Հայաստանի" before
    # "վարչապետը", an opening of the sentence to the patterns).
    before = document.text[max(0, phrase.start - 80) : phrase.start].split()
    for count in range(3):
        added = before[len(before) - count :] if count else []
        if len(added) < count or any(word[-1] in '.!?:;,«»“”"' for word in added):
            break
        holder = office_holder(" ".join([*added, words]), rules.morphology, day)
        source_id = index.lookup(holder) if holder else None
        if source_id not in (None, AMBIGUOUS):
            return source_id
    return None


def abbreviated_body(
    name: str, text: str, name_ids: dict[tuple[int, int], int], before: int
) -> int | None:
    """The source whose name, before ``before``, is followed by ``name`` in brackets, when
    ``name`` is an abbreviation in capitals ("National Security Service (NSS)"); the
    latest such. The text is searched for the brackets first, so that a document without
    them costs one search, whatever the number of names in it."""
    if len(name) < 2 or not name.isupper():
        return None
    given = f"({name})"
    at = text.rfind(given, 0, before)
    if at == -1:
        return None
    ends = {end: source_id for (_, end), source_id in name_ids.items()}
    while at != -1:
        end = at
        while end > 0 and text[end - 1] == " ":
            end -= 1
        source_id = ends.get(end)
        if source_id is not None and source_id != AMBIGUOUS:
            return source_id
        at = text.rfind(given, 0, at)
    return None


def person_after(phrase: Phrase, rules: Rules, named: Known | None) -> str:
    """The name of a person the desk does not know, when it closes a phrase after the body
    they speak for and a title in lower case ("ICRC spokeswoman Hanna Lindqvist"), or right
    after a body whose name is itself a title in lower case ("омбудсмен Армении Анаит
    Манасян"); "" otherwise, and always when the phrase already names a known person."""
    if named is None or named.kind == Source.Kind.OFFICIAL:
        return ""
    head = phrase.head or phrase.text
    last_start, last_end = max(phrase.names, key=lambda span: span[1])
    last_name_end = last_end - phrase.start
    words = phrase.text[last_start - phrase.start : last_name_end].split()
    if named.kind == Source.Kind.OTHER and len(words) == 2 and all(w.istitle() for w in words):
        # A person the desk confirmed from a proposal comes in as "other": what follows their
        # own first name and surname ("Rövşən Sadıqbəyli qurumun Daimi Şurasının iclasında")
        # is no one else's name.
        return ""
    rest = head[last_name_end:].rstrip(" ,")
    runs = list(rules.capitalised_run.finditer(rest))
    if not runs or runs[-1].end() != len(rest) or len(runs[-1].group().split()) < 2:
        return ""
    between = rest[: runs[-1].start()].split()
    # In a language without articles the title stands before the body, and a first name and
    # surname right after the body's name are its spokesperson's ("пресс-секретарь МИД
    # Азербайджана Лейла Абдуллаева").
    titled = (
        any(word[:1].islower() for word in between)
        or _title_first(words, named, rules)
        or (not between and not rules.determiners)
    )
    return runs[-1].group() if titled else ""


def _title_first(words: list[str], named: Known, rules: Rules) -> bool:
    """Whether the name found is one of the source's names that opens with a title in lower
    case ("омбудсмен Армении"), whatever case the text gives its first word."""
    first = rules.morphology.key(words[0]) if words else ""
    return bool(first) and any(
        name[:1].islower() and rules.morphology.key(name.split()[0]) == first
        for name in named.names
    )


def body_of_the_country(
    phrase: Phrase,
    rules: Rules,
    index: SourceIndex,
    name_ids: dict[tuple[int, int], int],
    document: Document,
) -> int | None:
    """The body a phrase names by a word for a country named before ("МИД страны"): that of the
    country of the last source named in its paragraph before it ("Минобороны Азербайджана
    заявило …, а в МИД республики …"), or else of the country last named before it."""
    words = phrase.text.split()
    if len(words) < 2 or words[-1].casefold() not in rules.country_words or not rules.narrowing:
        return None
    fragments = set(rules.narrowing.values())
    paragraph = paragraph_start(document.text, phrase.start)
    countries: list[str] = []
    before = [
        (span, id_)
        for span, id_ in name_ids.items()
        if paragraph <= span[0] < span[1] <= phrase.start
    ]
    for _, source_id in sorted(before, reverse=True):
        known = index.sources.get(source_id)
        if known is None:
            continue
        names = " ".join(known.names).casefold()
        # In the order the name gives them, whatever the order of the table.
        countries = sorted((f for f in fragments if f in names), key=names.find)
        if countries:
            break
    forms = sorted({*rules.narrowing, *fragments}, key=lambda form: (-len(form), form))
    earlier = document.text[max(0, phrase.start - LOOK_BACK) : phrase.start].casefold()
    named = re.findall("|".join(map(re.escape, forms)), earlier)
    if named:
        countries.append(rules.narrowing.get(named[-1], named[-1]))
    # Of the countries found, the first that has such a body ("МИД" of the country of
    # "Минобороны Азербайджана" is Azerbaijan's foreign ministry, when the desk has it).
    for country in countries:
        source_id = index.lookup(" ".join([*words[:-1], country]))
        if source_id is not None and source_id != AMBIGUOUS:
            return source_id
    return None


def proposed_name(text: str, rules: Rules) -> str:
    """The name to propose for an unknown speaker: "Georgia's interior ministry" as it
    stands, "the governor of Tavush, Hayk Ghalumyan" as "Hayk Ghalumyan"."""
    text = " ".join(rules.without_determiner(text.split())).strip(" ,")
    # "Georgia's interior ministry" as it stands; else its name.
    possessive = rules.possessive and rules.possessive.search(text)
    name = text if possessive else _name_in(text, rules)
    if name and rules.name_ending is not None:
        # "Արայիկ Հարությունյանը" is proposed as "Արայիկ Հարությունյան".
        name = rules.name_ending.sub("", name) or name
    return name


def _name_in(text: str, rules: Rules) -> str:
    """The longest run of capitalised words of a phrase, after a title that ends in a word in
    lower case before a comma ("the Department of State spokesperson, Ned Price" is "Ned
    Price", not the body in the title) and without a title in capitals before it ("Deputy PM
    Tigran Avinyan" is "Tigran Avinyan", when a name of two words or more is left)."""
    title, comma, rest = text.rpartition(",")
    after_title = comma and title.split()[-1:] and title.split()[-1][:1].islower()
    runs = (after_title and rules.capitalised_run.findall(rest)) or rules.capitalised_run.findall(
        text
    )
    name = max(runs, key=lambda run: len(run.split()), default="")
    title = rules.title.match(name) if rules.title else None
    if title and len(name[title.end() :].split()) >= 2:
        name = name[title.end() :]
    return name


def of_the_last_speaker(named: list[int], speaker: int | str, index: SourceIndex) -> int | None:
    """Of the sources a description fits (``named``), the one whose names hold, as a word, a
    one-word name of the last speaker, when the desk does not know that speaker or knows it
    without a kind (a proposal confirmed as it was): "a Ministry of Defense statement" after
    "Azerbaijan on Sunday accused …" is Azerbaijan's. None when not exactly one does."""
    if isinstance(speaker, str):
        names = [speaker]
    else:
        known = index.sources.get(speaker)
        if known is None or known.kind != Source.Kind.OTHER:
            return None
        names = known.names
    words = {n.casefold() for n in names if len(n.split()) == 1}
    of_it = [
        pk
        for pk in named
        if any(w in words for n in index.sources[pk].names for w in n.casefold().split())
    ]
    return of_it[0] if len(of_it) == 1 else None
