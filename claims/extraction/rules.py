"""A language's attribution rules, read from ``languages/<code>.toml``.

A rules file holds the verb lists, the anaphors, a few word lists and the patterns; the macros
in the patterns are expanded here into regular expressions. Nothing of any language is in the
code, so a language is a file of its own (``en.toml`` documents every key). What a file may
declare besides its patterns, with the defaults of a file that does not:

- ``sentence_end`` (".!?") and ``quotes`` (["“”", "«»", '""']): where sentences end and the
  quotation marks as opening-closing pairs; a straight quote is its own pair ('""').
- ``[words]``: ``upper`` (the capitals that may open a name nobody registered, "A-Z"),
  ``determiners`` ("the"; none), ``initials`` (a regex for one initial before a surname,
  "[A-Z]\\."; none), ``apposition_openers`` ("who"; none), ``complementisers``
  (the "that" trimmed from a statement's start; none), ``citing`` (the words by which a relay
  names its source, which never join two names into one: "citing"; none), ``possessive`` (a
  regex after a name, "[’']s"; none), ``clause_break`` (a regex where one sentence holds two
  speakers' statements, "; " or ", while "; none), ``title`` (a regex for a title in
  capitals before a person's name, left out of the name proposed: "Deputy Minister "; none),
  ``name_ending`` (a regex for the case ending a name carries in the text, cut from a name
  proposed for a speaker the desk does not know, so that it is proposed in its dictionary
  form; none), ``country_words`` (words that stand for a country named before, after a body's
  name: "страны" in "МИД страны", which is then the body of that country: the country of the
  last speaker, or else the last named in the text before, by the ``[narrowing]`` table;
  none), ``months`` (the month names a dateline writes, in any case and with abbreviations:
  "марта", "мар"; with them a dateline opening a paragraph, "Bakı, 14 mart, APA.",
  "ЕРЕВАН, 14 марта. /ТАСС/.", is no part of any statement; none),
  ``review`` (a regex for a paragraph that passes the rest of the text on from an
  outlet, its known name in the group ``relay``: "Tert.am-ը գրում է."; none), ``not_names``,
  ``name_joiners``, ``not_after_joiner`` (words a joiner never leads on to inside a name the
  desk does not know: "Azerbaijan on Monday accused …" names Azerbaijan; none),
  ``pair_joiners`` (words that make two names the desk does not know two parties, never one
  speaker: "Armenia and Azerbaijan said …"; none), ``abbreviations``.
- ``[morphology]``: ``endings`` stripped, longest first and repeatedly, from every word of the
  text and of every source's names before they are compared, leaving at least ``min_stem``
  letters (3). "Министерства обороны Армении" and "Министерство обороны Армении" then meet in
  "министерств оборон армен", and the name found covers the inflected words whole.
- ``[narrowing]``: for a language whose adjectives narrow a description without a determiner,
  an adjective's stem (after the morphology) and a fragment of the names of the sources it
  fits: "армянского военного ведомства" is the Armenian ministry that spoke last.
- ``[capitals]``: a capital after the word before it, as the press writes it for its government
  ("в Ереване" of "В Ереване заявили", "в Баку утверждают"), mapped to the name the registry
  gives the source the desk's convention makes of it ("официальный Ереван"); none. Otherwise
  ("заявление Баку") a capital is a place.
- A pattern with ``statement = "previous"`` matches a sentence that attributes the one before
  it in the same paragraph ("Об этом сообщили в пресс-службе …"): it names the speaker and
  needs no ``{CONTENT}``; the statement is the previous sentence, when no pattern took it, and
  a ``{CONTENT}`` it has is a second statement of the same speaker ("Bu barədə nazirlikdən
  bildirilib: “…”"). With
  ``across_paragraphs = true`` that sentence may also end the paragraph just before, for
  agencies that give the quotation a paragraph of its own and its attribution the next one.
- A pattern with ``statement = "continued"`` matches a sentence that goes on with the last
  statement of the sentence before in its paragraph, quoted or reported ("“…,” she said.
  “…”", "She noted that … . “…”"): its ``{CONTENT}`` is a statement of that statement's
  speaker, with its relays. With
  ``across_paragraphs = true`` it matches instead a sentence opening the paragraph after one
  whose last sentence gave a statement and ended with a colon ("X noted that C:" and the
  quotation in a paragraph of its own): its ``{CONTENT}`` is a statement of the same speaker.
- A pattern with ``statement = "next"`` matches a sentence that ends its paragraph by
  announcing a quotation ("Նա գրել է."): the statement is the next paragraph, when that
  paragraph is one quotation and nothing else.
"""

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from claims.extraction.alternation import alternation
from sources.names import PLAIN, Morphology
from sources.text import primary_language

LANGUAGES = Path(__file__).with_name("languages")

# Known source names in the sentence are masked with this private-use character, one for each
# character of the name, so that offsets stay the same and patterns can ask for "a name here".
NAME_MARK = "\ue000"


DEFAULT_QUOTES = ("“”", "«»", '""')
PREVIOUS = "previous"
CONTINUED = "continued"
NEXT = "next"


# The verb lists a pattern may need: a sentence without any of a list's verbs is not tried
# against the patterns that use it, which spares most sentences most patterns.
CUES = ("SAY", "TELL", "ACCUSE", "SAY_PARTICIPLE", "RELAY_VERB")


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    # The statement is the sentence before the one this pattern matches.
    previous: bool = False
    # The sentence goes on with the quotation the sentence before ended with.
    continued: bool = False
    # That sentence may end the paragraph before this one.
    across_paragraphs: bool = False
    # The statement is the quotation that makes up the whole next paragraph.
    following: bool = False
    # What a sentence must contain for the pattern to be worth trying: the verb lists its
    # template uses, and a file's own ``requires`` (a regex, searched case-insensitively).
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rules:
    language: str
    patterns: tuple[Pattern, ...]
    anaphors: dict[str, frozenset[str]]  # folded phrase -> kinds of source it can mean
    not_names: frozenset[str]
    abbreviations: frozenset[str]
    sentence_end: str = ".!?"
    closing: dict[str, str] = field(default_factory=dict)  # opening mark -> its closing mark
    determiners: frozenset[str] = frozenset()
    morphology: Morphology = PLAIN
    cues: dict[str, re.Pattern] = field(default_factory=dict)  # a cue's name -> its search
    # Built from the word lists: an apposition's opening (", the …", ", who …") and a
    # statement's leading "that".
    apposition: re.Pattern | None = None
    complementiser: re.Pattern | None = None
    capitalised_run: re.Pattern | None = None
    possessive: re.Pattern | None = None
    clause_break: re.Pattern | None = None
    # A paragraph passing the rest of the text on from an outlet ("Tert.am-ը գրում է.").
    review: re.Pattern | None = None
    title: re.Pattern | None = None
    # The case ending at the end of a name in the text, cut from a proposed name.
    name_ending: re.Pattern | None = None
    # A language whose adjectives narrow a description without a determiner ("армянского
    # военного ведомства"): an adjective's stem -> a fragment of the names of the sources it fits.
    narrowing: dict[str, str] = field(default_factory=dict)
    # Words that stand for a country named before, after a body's name ("МИД страны").
    country_words: frozenset[str] = frozenset()
    # A capital standing for its government, with the word before it ("в ереване" of "В
    # Ереване заявили") -> the registry's name of it.
    capitals: dict[str, str] = field(default_factory=dict)
    # Words joining two unknown names into two parties ("Armenia and Azerbaijan").
    pair_joiners: frozenset[str] = frozenset()
    # The place, date and agency opening an agency's copy ("Bakı, 14 mart, APA.").
    dateline: re.Pattern | None = None

    @property
    def closing_marks(self) -> frozenset[str]:
        return frozenset(self.closing.values())

    @functools.cached_property
    def stops(self) -> re.Pattern:
        """The characters the sentence splitter stops at; the text between them is skipped."""
        marks = set(self.sentence_end) | set(self.closing) | self.closing_marks | {"\n"}
        return re.compile("[" + "".join(re.escape(mark) for mark in sorted(marks)) + "]")

    @classmethod
    def from_toml(cls, text: str) -> "Rules":
        data = tomllib.loads(text)
        words = data.get("words", {})
        anaphors = {
            " ".join(phrase.split()).casefold(): frozenset(kinds)
            for phrase, kinds in data.get("anaphors", {}).items()
        }
        macros = _macros(data, anaphors, words)
        patterns = []
        cues = {cue: re.compile(macros[cue]) for cue in CUES}
        for spec in data["patterns"]:
            try:
                if spec.get("statement", PREVIOUS) not in (PREVIOUS, CONTINUED, NEXT):
                    raise KeyError(
                        f"statement = {spec['statement']!r}, not {PREVIOUS!r}, {CONTINUED!r} "
                        f"or {NEXT!r}"
                    )
                if spec.get("across_paragraphs") and spec.get("statement") not in (
                    PREVIOUS,
                    CONTINUED,
                ):
                    raise KeyError(
                        f"across_paragraphs without statement = {PREVIOUS!r} or {CONTINUED!r}"
                    )
                source = _expand(spec["regex"], macros)
                needed = _cues_of(spec["regex"], data.get("macros", {}))
                for cue in needed:
                    if cue not in cues:  # "SAY|TELL": one of several verb lists
                        cues[cue] = re.compile("|".join(macros[c] for c in cue.split("|")))
                if "requires" in spec:
                    cues[spec["requires"]] = re.compile(spec["requires"], re.IGNORECASE)
                    needed.append(spec["requires"])
                patterns.append(
                    Pattern(
                        spec["name"],
                        re.compile(source, re.DOTALL),
                        previous=spec.get("statement") == PREVIOUS,
                        continued=spec.get("statement") == CONTINUED,
                        across_paragraphs=bool(spec.get("across_paragraphs", False)),
                        following=spec.get("statement") == NEXT,
                        cues=tuple(needed),
                    )
                )
            except (KeyError, re.error) as error:
                raise ValueError(f"Pattern {spec.get('name')!r}: {error}") from error
        morphology = data.get("morphology", {})
        upper = words.get("upper", "A-Z")
        joiner = alternation(words.get("name_joiners", []))
        joined = rf"(?:(?:{joiner})\s+)*" if joiner else ""
        return cls(
            language=data["language"],
            patterns=tuple(patterns),
            cues=cues,
            anaphors=anaphors,
            not_names=frozenset(words.get("not_names", [])),
            abbreviations=frozenset(words.get("abbreviations", [])),
            sentence_end=data.get("sentence_end", ".!?"),
            closing={pair[0]: pair[1] for pair in data.get("quotes", DEFAULT_QUOTES)},
            determiners=frozenset(w.casefold() for w in words.get("determiners", [])),
            morphology=Morphology(
                endings=tuple(morphology.get("endings", ())),
                min_stem=morphology.get("min_stem", 3),
                language=data["language"],
            ),
            apposition=_opening(words.get("apposition_openers", []), r",\s+", r"\b"),
            complementiser=_opening(words.get("complementisers", []), "", r"\s+"),
            capitalised_run=re.compile(rf"[{upper}][\w’'.-]*(?:\s+{joined}[{upper}][\w’'.-]*)*"),
            possessive=re.compile(rf"{words['possessive']}\s") if "possessive" in words else None,
            clause_break=re.compile(words["clause_break"]) if "clause_break" in words else None,
            review=re.compile(words["review"]) if "review" in words else None,
            title=re.compile(words["title"]) if "title" in words else None,
            name_ending=re.compile(rf"(?:{words['name_ending']})$")
            if "name_ending" in words
            else None,
            narrowing={
                stem.casefold(): fragment.casefold()
                for stem, fragment in data.get("narrowing", {}).items()
            },
            country_words=frozenset(w.casefold() for w in words.get("country_words", [])),
            capitals={
                " ".join(capital.split()).casefold(): name
                for capital, name in data.get("capitals", {}).items()
            },
            pair_joiners=frozenset(w.casefold() for w in words.get("pair_joiners", [])),
            dateline=_dateline(words.get("months", []), upper),
        )

    def narrowed(self, folded: str) -> tuple[str, str] | None:
        """For a phrase an adjective of ``narrowing`` opens before an anaphor ("армянского
        военного ведомства"): the anaphor and the fragment of names it narrows to."""
        adjective, _, description = folded.partition(" ")
        fragment = self.narrowing.get(self.morphology.stem(adjective)) if self.narrowing else None
        if fragment and description in self.anaphors:
            return description, fragment
        return None

    def capital(self, text: str, start: int, phrase: str) -> str | None:
        """The registry's name of the government a capital stands for, when the phrase at
        ``start`` is one with the word before it ("В Ереване заявили"); None otherwise."""
        if not self.capitals:
            return None
        before = text[max(0, start - 20) : start].split()
        if not before:
            return None
        return self.capitals.get(f"{before[-1]} {' '.join(phrase.split())}".casefold())

    def without_determiner(self, words: list[str]) -> list[str]:
        """A phrase's words without the determiners it opens with."""
        while words and words[0].casefold() in self.determiners:
            words = words[1:]
        return words


def _dateline(months: list[str], upper: str) -> re.Pattern | None:
    """A dateline at the start of a paragraph: a place in capitals or capitalised ("ЕРЕВАН",
    "Bakı", "BAKU, Azerbaijan"), a date with a month of ``months``, perhaps an agency (in
    brackets or slashes, after a dash, in capitals, or one word before a colon: "Trend:"), and
    the full stop, colon or dash that ends it. The agency is one of those forms only, so that
    the first words of the copy are never taken for it."""
    if not months:
        return None
    month = rf"(?i:{alternation(months)})\b\.?"
    date = (
        rf"(?:\d{{1,2}}[\s-]*{month}|{month}\s+\d{{1,2}})"  # "14 марта", "March 14"
        rf"(?:,?\s+\d{{4}}(?:\s*[^\W\d_]{{1,3}}(?=\.))?)?"  # ", 2023", "2023 г."
    )
    place = rf"[{upper}][\w’'-]*(?:,?\s+[{upper}][\w’'-]*)?"
    agency = "|".join(
        (
            r"\([^()\n]{1,40}\)",  # "(Trend)"
            r"/[^/\n]{1,40}/",  # "/ТАСС/"
            rf"[-–—]\s*[{upper}][\w’'.&-]*(?:\s+[{upper}][\w’'.&-]*){{0,2}}",  # "- РИА Новости"
            rf"[{upper}][{upper}\d.&-]+(?:\s+[{upper}][{upper}\d.&-]+)?",  # "ИНТЕРФАКС", "APA"
            rf"[{upper}][\w’'&-]*(?=:)",  # "Trend:"
        )
    )
    # Without an agency it ends with a full stop: "Pashinyan, 14 March: …" is no dateline.
    ending = rf"(?:\s*[.,:]?\s*(?:{agency})(?:\s*[.:։]|\s+[-–—])+|\s*[.։])"
    return re.compile(rf"[ \t]*{place}\s*[.,]\s*{date}{ending}\s+")


def _opening(words: list[str], before: str, after: str) -> re.Pattern | None:
    either = alternation(words)
    return re.compile(rf"{before}(?:{either}){after}", re.IGNORECASE) if either else None


@functools.cache
def rules_for(language: str) -> Rules | None:
    """The rules for a language tag (by its primary subtag), or None where there are none."""
    path = LANGUAGES / f"{primary_language(language)}.toml"
    if not path.is_file():
        return None
    return Rules.from_toml(path.read_text(encoding="utf-8"))


def languages_with_rules() -> list[str]:
    return sorted(path.stem for path in LANGUAGES.glob("*.toml"))


def rules_notice(language: str) -> str:
    """What a document's page and the API say when its language has no extraction rules; ""
    when it has."""
    if rules_for(language) is not None:
        return ""
    return (
        f"No extraction rules for {primary_language(language) or 'an unset language'}: claims "
        f"are not suggested for this document (rules exist for "
        f"{', '.join(languages_with_rules())}). Mark its claims by hand."
    )


def _macros(data: dict, anaphors: dict[str, frozenset[str]], words: dict) -> dict:
    joiner = alternation(words.get("name_joiners", []))
    word = r"[\w’'-]"
    capitalised = rf"[{words.get('upper', 'A-Z')}]{word}*"
    determiners = alternation(words.get("determiners", []))
    determiner = rf"(?:(?i:{determiners})\s+)" if determiners else "(?!)"
    possessive = words.get("possessive")
    owned = rf"(?:{possessive}(?:\s+[\w-]+){{1,3}}?)?" if possessive else ""
    # A known name, with what may stand before it ("the state agency RIA Novosti") and a
    # second name for the same source after a comma ("the prime minister, Nikol Pashinyan").
    # A possessive may follow: "Yerevan's defense ministry".
    # A relay's "citing" never joins two names into one phrase.
    citing = alternation(words.get("citing", []))
    not_citing = rf"(?!(?i:{citing})\b)" if citing else ""
    # The words of a title before the name ("Spokesman for the Ministry of Defense Vagif
    # Dargahli") are counted without their joiners.
    joiners = rf"(?:(?:{joiner})\s+)*+" if joiner else ""
    # A person nobody registered may follow the body they speak for and their title: "ICRC
    # spokeswoman Hanna Lindqvist", "EUMA's spokesperson, Ingrid Holm".
    lower = rf"(?![{words.get('upper', 'A-Z')}])[^\W\d_]"
    person = rf"(?>(?:\s+{lower}[\w’'-]*){{0,2}},?(?:\s+{capitalised}){{2,3}})?"
    # Initials written before a surname ("S.V.Lavrov") belong to the name.
    initial = rf"(?:{words['initials']})*" if "initials" in words else ""
    # The words before it, or between it and a second name, are never a verb of saying or
    # "that": "He noted that Baku" and "Pashinyan noted that Baku" are no names.
    said = alternation([*data.get("say_verbs", []), *words.get("complementisers", [])])
    not_said = rf"(?!(?i:{said})\b)" if said else ""
    known = (
        rf"{determiner + '?' if determiners else ''}(?:{not_said}[\w’'-]+,?\s+{joiners}){{0,4}}?"
        rf"{initial}{NAME_MARK}+"
        rf"(?:(?:\s+|\s*,\s*)(?:{not_citing}{not_said}[\w’'-]+\s+){{0,2}}?{initial}{NAME_MARK}+)*"
        rf"{owned}{person}"
    )
    # An unknown name: capitalised words (and joiners), perhaps after a title, perhaps
    # with a possessive: "the governor of Tavush, Hayk Ghalumyan", "Georgia's interior ministry".
    # A joiner never leads on to the language's ``not_after_joiner`` words (days, months):
    # "Azerbaijan on Monday accused …" names Azerbaijan.
    times = alternation(words.get("not_after_joiner", []))
    not_time = rf"(?!(?:{times})\b)" if times else ""
    continued = (
        rf"(?:\s+(?:(?:(?:{joiner})\s+)+{not_time})?{capitalised})*"
        if joiner
        else rf"(?:\s+{capitalised})*"
    )
    unknown = rf"(?:{determiner}(?:[\w’'-]+,?\s+){{0,6}}?)?{initial}{capitalised}{continued}{owned}"
    # "It", "the ministry", and "the Azerbaijani ministry" (an adjective may narrow it).
    described = [a for a in anaphors if determiners and _opens_with(a, words["determiners"])]
    others = alternation(a for a in anaphors if a not in described)
    descriptions = alternation(a.split(" ", 1)[1] for a in described)
    anaphor_forms = [rf"(?i:{others})"] if others else []
    narrowing = alternation(data.get("narrowing", {}))
    if narrowing and others:
        # "армянского военного ведомства": an adjective of the [narrowing] table, then one.
        anaphor_forms.insert(0, rf"(?i:{narrowing})[\w-]*\s+(?i:{others})")
    if descriptions:
        anaphor_forms.append(rf"{determiner}(?:{capitalised}\s+)?(?i:{descriptions})")
    anaphor = rf"\b(?:{'|'.join(anaphor_forms) or '(?!)'})\b"
    # An apposition ("Nino Beridze, an analyst at …, said"; "the mission, which patrols …,")
    # and the comma that closes one: "the governor, Hayk Ghalumyan, said". Copy that forgets
    # the closing comma ends it at the verb: "X, Assistant to the President - Head of … said".
    openers = alternation(words.get("apposition_openers", []))
    say = alternation(data.get("say_verbs", []))
    unclosed = rf"|(?=\s+(?:{say})\b)" if say else ""
    # Two titles may follow each other: "Hikmet Hajiyev, Assistant to the President, Head of
    # the Foreign Policy Affairs Department, wrote".
    apposition = (
        rf"(?:(?:,\s+(?:(?i:{openers})\b)[^,.;:“”\"«»]{{1,160}}?){{1,2}}"
        rf"(?:,|(?=\s*[.!?]?\s*$){unclosed}))?"
        if openers
        else ""
    )
    noun_phrase = rf"(?:{known}|{anaphor}|{unknown}){apposition}(?:,(?=\s))?"
    macros = {
        **data.get("macros", {}),
        # Verbs in lower case only: "States" in "the United States" is no verb.
        "SAY": rf"\b(?:{say})\b",
        "TELL": rf"\b(?:{alternation(data.get('tell_verbs', [])) or '(?!)'})\b",
        "ACCUSE": rf"\b(?:{alternation(data.get('accuse_verbs', [])) or '(?!)'})\b",
        "SAY_PARTICIPLE": rf"\b(?:{alternation(data.get('say_participles', [])) or '(?!)'})\b",
        "RELAY_VERB": rf"\b(?:{alternation(data.get('relay_verbs', [])) or '(?!)'})\b",
        "CONTENT": r"(?P<content>.+?)",
        # A second statement of the same speaker in one sentence: "…, adding that …".
        "CONTENT2": r"(?P<content2>.+?)",
        "INNER": r"(?P<inner>.+?)",
    }
    for group in ("speaker", "relay_near", "relay_far"):
        macros[group.upper()] = rf"(?P<{group}>{noun_phrase})"
    # Whoever was told: an agency told passes the statement on; anyone else just heard it.
    # A full stop inside a name is no sentence's end: "told News.Az on Thursday".
    macros["AUDIENCE"] = r"(?P<audience>(?:[^,.;:“”\"«»]|\.(?=[A-Za-z]{2})){1,80}?)"
    return macros


def _opens_with(phrase: str, determiners: list[str]) -> bool:
    first, _, rest = phrase.partition(" ")
    return bool(rest) and first in {d.casefold() for d in determiners}


_macro = re.compile(r"\{([A-Z][A-Z_0-9]*)\}")


def _cues_of(template: str, own_macros: dict) -> list[str]:
    """The verb lists a pattern cannot match without, also through the file's own macros
    ({LEAD} …): those outside every optional group and every group of alternatives; and, for
    a group of alternatives each of which opens with a verb list ("(?:{SAY}|{TELL}\\s+…)"),
    that one of them is needed ("SAY|TELL")."""
    for _ in range(3):
        template = _macro.sub(lambda m: own_macros.get(m.group(1), m.group(0)), template)
    required = []
    for found in _macro.finditer(template):
        if found.group(1) in CUES and _required_at(template, found.start()):
            required.append(found.group(1))
    for found in _either.finditer(template):
        if _required_at(template, found.start()):
            required.append("|".join(sorted(set(_either_cue.findall(found.group())))))
    return list(dict.fromkeys(required))


# A group of alternatives, each opening with a verb list ("(?:{SAY}|\\s+{TELL}\\s+{AUDIENCE})"),
# that is not optional: no nested group and no character class, so that its alternatives and
# its closing bracket are its own.
_CUE = "|".join(CUES)
_ALTERNATIVE = rf"(?:\\s[+*])?\{{(?:{_CUE})\}}(?:\\.|[^()|\[\\])*"
_either = re.compile(rf"\((?:\?:)?{_ALTERNATIVE}(?:\|{_ALTERNATIVE})+\)(?![?*]|\{{0,)")
_either_cue = re.compile(rf"\{{({_CUE})\}}")


def _required_at(template: str, position: int) -> bool:
    """Whether the regex ``template`` needs what stands at ``position`` to match: it is in no
    group that is optional or holds alternatives, and not itself an alternative."""
    groups: list[list] = [[0, False]]  # [start, has "|"] of the open groups, outermost first
    enclosing: list[tuple[int, bool]] = []
    i = 0
    in_class = False
    while i < len(template):
        char = template[i]
        if i == position:
            enclosing = [(start, alternated) for start, alternated in groups]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            groups.append([i, False])
        elif char == "|":
            groups[-1][1] = True
        elif char == ")" and len(groups) > 1:
            start, alternated = groups.pop()
            quantifier = template[i + 1 : i + 2]
            optional = quantifier in ("?", "*") or template[i + 1 : i + 4] == "{0,"
            if start < position < i and (alternated or optional):
                return False
        i += 1
    # The outermost level: alternatives at the top of the pattern make nothing required.
    return not (enclosing and groups[0][1])


def _expand(template: str, macros: dict) -> str:
    # Macros may use macros ({ADV} inside {LEAD}); three rounds is more than any file needs.
    for _ in range(3):
        template = _macro.sub(lambda m: macros[m.group(1)], template)
    if _macro.search(template):
        raise KeyError(f"unknown macro {_macro.search(template).group(0)}")
    return template
