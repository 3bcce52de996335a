"""A language's attribution rules, read from ``languages/<code>.toml``.

A rules file holds the verb lists, the anaphors, a few word lists and the patterns; the macros
in the patterns are expanded here into regular expressions. Nothing English is in the code, so
another language is a file of its own (see ``languages/en.toml``).
"""

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from sources.text import primary_language

LANGUAGES = Path(__file__).with_name("languages")

# Known source names in the sentence are masked with this private-use character, one for each
# character of the name, so that offsets stay the same and patterns can ask for "a name here".
NAME_MARK = "\ue000"


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern


@dataclass(frozen=True)
class Rules:
    language: str
    patterns: tuple[Pattern, ...]
    anaphors: dict[str, frozenset[str]]  # folded phrase -> kinds of source it can mean
    not_names: frozenset[str]
    abbreviations: frozenset[str]

    @classmethod
    def from_toml(cls, text: str) -> "Rules":
        data = tomllib.loads(text)
        words = data.get("words", {})
        anaphors = {
            " ".join(phrase.split()).casefold(): frozenset(kinds)
            for phrase, kinds in data.get("anaphors", {}).items()
        }
        macros = _macros(data, anaphors, words.get("name_joiners", []))
        patterns = []
        for spec in data["patterns"]:
            try:
                source = _expand(spec["regex"], macros)
                patterns.append(Pattern(spec["name"], re.compile(source, re.DOTALL)))
            except (KeyError, re.error) as error:
                raise ValueError(f"Pattern {spec.get('name')!r}: {error}") from error
        return cls(
            language=data["language"],
            patterns=tuple(patterns),
            anaphors=anaphors,
            not_names=frozenset(words.get("not_names", [])),
            abbreviations=frozenset(words.get("abbreviations", [])),
        )


@functools.cache
def rules_for(language: str) -> Rules | None:
    """The rules for a language tag (by its primary subtag), or None where there are none."""
    path = LANGUAGES / f"{primary_language(language)}.toml"
    if not path.is_file():
        return None
    return Rules.from_toml(path.read_text(encoding="utf-8"))


def _alternation(words) -> str:
    # Longest first, so that "pointed out" wins over "pointed"; spaces match any white space.
    ordered = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


def _macros(data: dict, anaphors: dict[str, frozenset[str]], joiners: list[str]) -> dict:
    joiner = _alternation(joiners)
    word = r"[\w’'-]"
    capitalised = rf"[A-Z]{word}*"
    # A known name, with what may stand before it ("the state agency RIA Novosti") and a
    # second name for the same source after a comma ("the prime minister, Nikol Pashinyan").
    # A possessive may follow: "Yerevan's defense ministry".
    known = (
        rf"(?:(?i:the|a|an|another)\s+)?(?:[\w’'-]+,?\s+){{0,4}}?{NAME_MARK}+"
        rf"(?:(?:\s+|\s*,\s*)(?:(?!(?i:citing|quoting)\b)[\w’'-]+\s+){{0,2}}?{NAME_MARK}+)*"
        rf"(?:[’']s(?:\s+[\w-]+){{1,3}}?)?"
    )
    # An unknown name: capitalised words (and joiners), perhaps after a title, perhaps
    # with a possessive: "the governor of Tavush, Hayk Ghalumyan", "Georgia's interior ministry".
    unknown = (
        rf"(?:(?i:the|a|an)\s+(?:[\w’'-]+,?\s+){{0,6}}?)?{capitalised}"
        rf"(?:\s+(?:(?:{joiner})\s+)*{capitalised})*(?:[’']s(?:\s+[\w-]+){{1,3}}?)?"
    )
    # "It", "the ministry", and "the Azerbaijani ministry" (an adjective may narrow it).
    others = _alternation(a for a in anaphors if not a.startswith("the "))
    descriptions = _alternation(a.split(" ", 1)[1] for a in anaphors if a.startswith("the "))
    anaphor = rf"\b(?:(?i:{others})|(?i:the)\s+(?:{capitalised}\s+)?(?i:{descriptions}))\b"
    # An apposition ("Nino Beridze, an analyst at …, said"; "the mission, which patrols …,")
    # and the comma that closes one: "the governor, Hayk Ghalumyan, said".
    apposition = (
        r"(?:,\s+(?:(?i:the|a|an|who|which)\b)[^,.;:“”\"«»]{1,90}?(?:,|(?=\s*[.!?]?\s*$)))?"
    )
    noun_phrase = rf"(?:{known}|{anaphor}|{unknown}){apposition}(?:,(?=\s))?"
    say = _alternation(data.get("say_verbs", []))
    macros = {
        **data.get("macros", {}),
        # Verbs in lower case only: "States" in "the United States" is no verb.
        "SAY": rf"\b(?:{say})\b",
        "TELL": rf"\b(?:{_alternation(data.get('tell_verbs', []))})\b",
        "ACCUSE": rf"\b(?:{_alternation(data.get('accuse_verbs', []))})\b",
        "SAY_PARTICIPLE": rf"\b(?:{_alternation(data.get('say_participles', []))})\b",
        "CONTENT": r"(?P<content>.+?)",
        # A second statement of the same speaker in one sentence: "…, adding that …".
        "CONTENT2": r"(?P<content2>.+?)",
        "INNER": r"(?P<inner>.+?)",
    }
    for group in ("speaker", "relay_near", "relay_far"):
        macros[group.upper()] = rf"(?P<{group}>{noun_phrase})"
    # Whoever was told: an agency told passes the statement on; anyone else just heard it.
    macros["AUDIENCE"] = r"(?P<audience>[^,.;:“”\"«»]{1,80}?)"
    return macros


_macro = re.compile(r"\{([A-Z][A-Z_0-9]*)\}")


def _expand(template: str, macros: dict) -> str:
    # Macros may use macros ({ADV} inside {LEAD}); three rounds is more than any file needs.
    for _ in range(3):
        template = _macro.sub(lambda m: macros[m.group(1)], template)
    if _macro.search(template):
        raise KeyError(f"unknown macro {_macro.search(template).group(0)}")
    return template
