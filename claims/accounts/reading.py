"""Reading a claim's structured account from its words, by rules per language.

Each language's cues are in ``languages/<language>.toml``: the acts (tried in order, the first
that stands in the claim is its act), the words that name each side, the words that name the
speaker's own side and the other side, the casualty words, times of day and weapons. A cue
matches at the start of a word ("shell" finds "shelled"); a cue ending in "!" only as a whole
word. Places come from the gazetteer (``claims.accounts.gazetteer``), through the language's
morphology, so "Кельбаджарском" and "Kəlbəcərdə" are Kalbajar.

Who acted, and against whom, is read around the act's cue: the side named last before it is
the initiator and the side named first after it the target ("Armenian units fired on
Azerbaijani positions"), unless a word of agency says otherwise ("fire from Armenian units",
"erməni bölmələri tərəfindən"). In a language whose verb closes the clause (``verb_last``:
Azerbaijani, Armenian) the first side named in the clause is the initiator and the next one
the target. The speaker's own words ("our positions") name the speaker's
side, and "the enemy" the side opposite the speaker's. A denial reads the act it denies the
same way: the account then says who the claim says did *not* act.

The reading is a suggestion: a reviewer corrects it, and a reviewed account is kept.
"""

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from sources.text import fold, primary_language

from .clauses import clause_bounds, word_end
from .counts import casualties_in
from .models import Act

DIRECTORY = Path(__file__).resolve().parent / "languages"
# The two parties and their patrons, as the desk's sources name their countries.
OPPOSITE = {"AZ": "AM", "AM": "AZ"}


@dataclass
class Reading:
    act: str = ""
    initiator: str = ""
    target: str = ""
    place_id: int | None = None
    time_of_day: str = ""
    weapons: list[str] = field(default_factory=list)
    # (side, kind, count, civilians)
    casualties: list[tuple[str, str, int, bool]] = field(default_factory=list)


@dataclass(frozen=True)
class Vocabulary:
    acts: tuple[tuple[str, re.Pattern], ...]
    sides: tuple[tuple[str, re.Pattern], ...]
    own: re.Pattern | None
    other: re.Pattern | None
    agent_before: re.Pattern | None
    agent_after: re.Pattern | None
    casualty_kinds: tuple[tuple[str, re.Pattern], ...]
    no_casualties: re.Pattern | None
    # "No losses" with words between ("Потерь с армянской стороны нет"): a word of losses, and
    # later in its clause the word that says there are none.
    losses: re.Pattern | None
    none_of_them: re.Pattern | None
    civilians: re.Pattern | None
    civilian_targets: re.Pattern | None
    numbers: dict[str, int]
    number_words: re.Pattern | None
    times: tuple[tuple[str, re.Pattern], ...]
    weapons: re.Pattern | None
    verb_last: bool
    # Words that open a reported clause ("that", "թե", "guya"): the act's sides are read after
    # the last of them, not in the clause of whoever reports it.
    reporting: re.Pattern | None
    # Words that open a relative clause ("где", "which", "որտեղ"): a side named in one set off
    # by commas before the act is not who acted.
    relative: re.Pattern | None
    # An act negated ("have not fired", "atəş açılmır", "կրակ չեն բացել") is a denial of it:
    # words just before the act's cue, words from its cue on, endings of the cue's word.
    negation_before: re.Pattern | None
    negation_after: re.Pattern | None
    negation_endings: tuple[str, ...]
    # Phrases holding a negation word that deny nothing: "no fewer than", "not for the first
    # time", "have not stopped shelling", "не менее", "не раз".
    negation_idioms: re.Pattern | None
    # Where a side named after the verb may be its subject (Russian: "открыли огонь армянские
    # формирования"): the word endings of a subject, and the words that mark a target instead.
    subject_endings: tuple[str, ...]
    target_before: re.Pattern | None
    target_after: re.Pattern | None


def cues(words) -> re.Pattern | None:
    """One pattern for a list of cues: each at the start of a word, "!" for a whole word."""
    branches = []
    for word in sorted(set(words), key=len, reverse=True):
        whole = word.endswith("!")
        word = word.rstrip("!").lower()
        if word:
            branches.append(re.escape(word).replace(r"\ ", r"\s+") + (r"(?!\w)" if whole else ""))
    return re.compile(rf"(?<!\w)(?:{'|'.join(branches)})") if branches else None


def _number_values(numbers: list[str]) -> dict[str, int]:
    """Number words by value: a word's place in the list (one, two, ...), or the value it is
    given ("трех=3"), for a language with several forms of one number."""
    values = {}
    for place, entry in enumerate(numbers, start=1):
        word, _, value = entry.partition("=")
        values[word.lower()] = int(value) if value else place
    return values


@cache
def vocabulary(language: str) -> Vocabulary | None:
    path = DIRECTORY / f"{primary_language(language)}.toml"
    if not path.exists():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    speaker, casualties = data.get("speaker", {}), data.get("casualties", {})
    numbers = casualties.get("numbers", [])
    negation = data.get("negation", {})
    acts = [(act, cues(words)) for act, words in data.get("acts", {}).items() if act in Act.values]
    return Vocabulary(
        acts=tuple((act, pattern) for act, pattern in acts if pattern),
        sides=tuple(
            (side, pattern)
            for side, words in data.get("sides", {}).items()
            if (pattern := cues(words))
        ),
        own=cues(speaker.get("own", [])),
        other=cues(speaker.get("other", [])),
        agent_before=cues(speaker.get("agent_before", [])),
        agent_after=cues(speaker.get("agent_after", [])),
        casualty_kinds=tuple(
            (kind, pattern)
            for kind in ("killed", "wounded", "captured")
            if (pattern := cues(casualties.get(kind, [])))
        ),
        no_casualties=cues(casualties.get("none", [])),
        losses=cues(casualties.get("losses", [])),
        none_of_them=cues(casualties.get("none_of_them", [])),
        civilians=cues(casualties.get("civilians", [])),
        civilian_targets=cues(casualties.get("civilian_targets", [])),
        numbers=_number_values(numbers),
        number_words=cues([f"{word}!" for word in _number_values(numbers)]),
        times=tuple(
            (name, pattern)
            for name, words in data.get("time_of_day", {}).items()
            if (pattern := cues(words))
        ),
        weapons=cues(data.get("weapons", {}).get("words", [])),
        verb_last=bool(data.get("verb_last", False)),
        reporting=cues(data.get("clauses", {}).get("reporting", [])),
        relative=cues(data.get("clauses", {}).get("relative", [])),
        negation_before=cues(negation.get("before", [])),
        negation_after=cues(negation.get("after", [])),
        negation_endings=tuple(negation.get("endings", [])),
        negation_idioms=cues(negation.get("idioms", [])),
        subject_endings=tuple(data.get("subject_after", {}).get("endings", [])),
        target_before=cues(data.get("subject_after", {}).get("target_before", [])),
        target_after=cues(data.get("subject_after", {}).get("target_after", [])),
    )


def read_account(
    text: str, language: str, *, speaker_side: str = "", places=None
) -> Reading | None:
    """The account ``text`` gives, or None when the language has no cues. ``places`` finds the
    gazetteer's places in a text: (start, end, place id) in text order."""
    words = vocabulary(language)
    if words is None:
        return None
    folded = _folded(text, language)
    reading = Reading()
    mentions = _side_mentions(folded, words, speaker_side)
    act, at = _act(folded, words)
    if act:
        reading.act = act
        inner = ""
        if act == Act.DENIAL:
            # What is denied: the act read in the rest of the text, and its sides.
            inner, inner_at = _act(folded, words, skip=Act.DENIAL)
            at = inner_at if inner else at
        elif act != Act.CASUALTIES and _negated(folded, at, words):
            # "Armenian units have not fired": the claim denies the act it names.
            inner, reading.act = act, Act.DENIAL
            act = Act.DENIAL
        reading.initiator, reading.target = _who(folded, at, mentions, words)
        if act == Act.DENIAL:
            reading.initiator, reading.target = _denied_sides(
                reading, inner, mentions, speaker_side
            )
        if act == Act.CASUALTIES:
            # "The enemy's losses", "Azerbaijani servicemen were killed": the side named is
            # the one that suffered them.
            reading.initiator, reading.target = "", reading.initiator or reading.target
    if places is not None:
        found = places(text)
        if found:
            reading.place_id = found[0][2]
    for _time, pattern in words.times:
        match = pattern.search(folded)
        if match:
            reading.time_of_day = text[match.start() : match.end()]
            break
    if words.weapons is not None:
        seen = []
        for match in words.weapons.finditer(folded):
            weapon = text[match.start() : word_end(folded, match.end())]
            if weapon.lower() not in {w.lower() for w in seen}:
                seen.append(weapon)
        reading.weapons = seen
    reading.casualties = _of_the_attacked(
        reading, casualties_in(folded, words, mentions, speaker_side)
    )
    return reading


def _of_the_attacked(reading: Reading, counts: list[tuple[str, str, int, bool]]):
    """Casualties read as the attacker's, in an account of an attack, are the attacked side's:
    in "one civilian died in an Armenian missile strike" and "an Azerbaijani drone strike
    killed one of its soldiers" the side named is who struck. They go to the target, else to
    the other party; a count with neither is left out."""
    if reading.act not in FIGHTING or not reading.initiator:
        return counts
    attacked = reading.target or OPPOSITE.get(reading.initiator, "")
    moved = {}
    for side, kind, count, civilians in counts:
        if side == reading.initiator:
            side = attacked
        if side:
            moved.setdefault((side, kind, civilians), count)
    return [(side, kind, count, civilians) for (side, kind, civilians), count in moved.items()]


@lru_cache(maxsize=4096)
def denied_act(text: str, language: str) -> str:
    """The act a denial denies: "Armenian units have not fired" denies opening fire, "the
    reports of shelling are false" a shelling, "the claim that three servicemen were killed
    is false" casualties; "" when the words name no other act."""
    words = vocabulary(language)
    if words is None:
        return ""
    act, _ = _act(_folded(text, language), words, skip=Act.DENIAL)
    return act


# Acts of fire: a party that denies one denies its own side's fire.
FIRE = {Act.OPENING_FIRE, Act.SHELLING, Act.DRONE_STRIKE, Act.ATTACK, Act.PROVOCATION}


def _denied_sides(
    reading: Reading, inner: str, mentions: list[tuple[int, int, str]], speaker_side: str
) -> tuple[str, str]:
    """Who a party's denial says did not act. A party denies what its own side is accused of:
    when the denial reads the other side as the actor, that side is the accuser ("the Armenian
    side's claims that our units fired", "Baku's statements about the shelling") or the
    target ("the shelling of Azerbaijani villages"), and the denied actor is the party itself,
    when its own side is named in the denial or the act denied is fire. The other side's
    advance or capture may be denied by a party ("reports that Azerbaijani troops took the
    village are false"), and is left as read."""
    other = OPPOSITE.get(speaker_side)
    if other is None or reading.initiator != other:
        return reading.initiator, reading.target
    if inner in FIRE or any(side == speaker_side for _, _, side in mentions):
        return speaker_side, other
    return reading.initiator, reading.target


@lru_cache(maxsize=4096)
def names_civilians(text: str, language: str) -> bool:
    """Whether the text speaks of civilian targets: people, homes, villages, towns."""
    words = vocabulary(language)
    if words is None or words.civilian_targets is None:
        return False
    return words.civilian_targets.search(_folded(text, language)) is not None


def _folded(text: str, language: str) -> str:
    """The text as the cues are written: case-folded, white space as spaces, and "ё" as "е"
    (written as "е" as often as not); one character for one keeps the offsets."""
    return re.sub(r"\s", " ", fold(text, language=language)).replace("ё", "е")


# Acts whose cues are verbs of fighting or the means of it.
FIGHTING = {
    Act.OPENING_FIRE,
    Act.SHELLING,
    Act.DRONE_STRIKE,
    Act.ADVANCE,
    Act.CAPTURE,
    Act.ATTACK,
}


def _act(folded: str, words: Vocabulary, skip: str = "") -> tuple[str, int]:
    """The claim's act (the first in the language's order whose cue stands in it) and where
    its sides are read: at the first cue of fighting in the text, since the verb comes before
    the means ("Azerbaijani forces resumed their attack, striking Armenian positions with
    drones": who struck is read at "attack", not at "drones", after the target)."""
    for act, pattern in words.acts:
        if act == skip:
            continue
        match = pattern.search(folded)
        if match:
            if act not in FIGHTING:
                return act, match.start()
            starts = [
                found.start()
                for other, cues in words.acts
                if other in FIGHTING and (found := cues.search(folded))
            ]
            return act, min(starts)
    return "", -1


def _negated(folded: str, at: int, words: Vocabulary) -> bool:
    """Whether the act's cue at ``at`` is negated, within its own clause and with no comma
    between: "No, Armenian forces opened fire", "не соблюдая перемирие, открыли огонь" and
    "открыли огонь, не считаясь с …" affirm the act."""
    start, end = clause_bounds(folded, at)
    start = max(start, folded.rfind(",", start, at) + 1, at - 25)
    cue_end = word_end(folded, at)
    comma = folded.find(",", at, end)
    end = min(end, cue_end + 20, comma if comma >= 0 else end)
    # The idioms are blanked out, keeping the offsets.
    window = folded[:end]
    if words.negation_idioms is not None:
        window = words.negation_idioms.sub(lambda m: " " * len(m.group(0)), window)
    if words.negation_before is not None and words.negation_before.search(window, start, at):
        return True
    if words.negation_after is not None and words.negation_after.search(window, at, end):
        return True
    # The endings are looked for in the words of the cue itself ("açılmır", "açılmayıb").
    cue = folded[at : min(end, cue_end + 15)].split(" ")
    return any(ending in word for word in cue[:3] for ending in words.negation_endings)


def _side_mentions(folded: str, words: Vocabulary, speaker_side: str) -> list[tuple[int, int, str]]:
    """(start, end, side) of every naming of a side, in text order."""
    mentions = [
        (match.start(), match.end(), side)
        for side, pattern in words.sides
        for match in pattern.finditer(folded)
    ]
    if speaker_side:
        if words.own is not None:
            mentions += [(m.start(), m.end(), speaker_side) for m in words.own.finditer(folded)]
        other = OPPOSITE.get(speaker_side)
        if other and words.other is not None:
            mentions += [(m.start(), m.end(), other) for m in words.other.finditer(folded)]
    return sorted(mentions)


def _who(
    folded: str, at: int, mentions: list[tuple[int, int, str]], words: Vocabulary
) -> tuple[str, str]:
    """The initiator and the target around the act's cue at ``at``."""
    asides = _relative_clauses(folded, at, words)
    before = [m for m in mentions if m[1] <= at and not any(a <= m[0] < b for a, b in asides)]
    after = [m for m in mentions if m[0] >= at]
    start, end = clause_bounds(folded, at)
    reported = _reported_from(folded, start, at, words)
    # A reporting word with no side after it in the clause ("it was Azerbaijan that resumed
    # the attack") opens no reported account; "our units" counts as a side even when the
    # speaker's is unknown.
    names_side = reported is not None and (
        any(reported <= m[0] < end for m in mentions)
        or (words.own is not None and words.own.search(folded, reported, end) is not None)
    )
    if names_side:
        # "Baku's claim that Armenian units fired": the act's sides are those of the reported
        # clause, not the side that reports it.
        start = reported
        before = [m for m in before if m[0] >= start]
    if words.verb_last:
        # The verb closes the clause (Azerbaijani, Armenian): the subject is the first side
        # named in it, and the next side named before the verb is the object.
        clause = [m for m in before if m[0] >= start]
        after = [m for m in clause[1:] if m[2] != clause[0][2]] + after if clause else after
        before = clause[:1]
    elif words.subject_endings:
        # A language of cases (Russian): the subject is a side named in the nominative, not the
        # genitive of a place ("формирования на территории Азербайджана обстреляли").
        nominative = [
            m
            for m in before
            if m[0] >= start
            and folded[m[0] : word_end(folded, m[1])].endswith(words.subject_endings)
        ]
        before = nominative or before
    initiator = before[-1][2] if before else ""
    if not initiator and words.subject_endings:
        subject = _subject_after(folded, at, after, words)
        if subject is not None:
            after = [m for m in after if m is not subject]
            initiator = subject[2]
    target = ""
    for start, end, side in after:
        if side == initiator:
            continue
        marked_before = words.agent_before is not None and words.agent_before.search(
            folded, max(0, start - 15), start
        )
        if marked_before and PARTICIPLE.search(folded, word_end(folded, at), marked_before.start()):
            # "moved into the zone watched by Russian peacekeepers": the agent of another verb.
            marked_before = None
        marked_after = words.agent_after is not None and words.agent_after.search(
            folded, end, end + 30
        )
        if marked_before or marked_after:
            # "fire from Armenian units": the side after the act acted.
            initiator, target = side, initiator
        else:
            target = side
        break
    if initiator == target:
        target = ""
    return initiator, target


def _relative_clauses(folded: str, at: int, words: Vocabulary) -> list[tuple[int, int]]:
    """The relative clauses set off by commas before the act's cue: "армянские формирования,
    где размещен российский контингент, обстреляли" names the Russian side in one."""
    if words.relative is None:
        return []
    start, _ = clause_bounds(folded, at)
    found = []
    for match in words.relative.finditer(folded, start, at):
        comma = folded.rfind(",", start, match.start())
        if comma < 0 or folded[comma + 1 : match.start()].strip():
            continue  # the relative word does not follow its comma
        closing = folded.find(",", match.end(), at)
        if closing >= 0:
            found.append((match.start(), closing))
    return found


def _reported_from(folded: str, start: int, at: int, words: Vocabulary) -> int | None:
    """Where the reported clause that holds the act's cue begins, if one does."""
    if words.reporting is None:
        return None
    found = [match.end() for match in words.reporting.finditer(folded, start, at)]
    return found[-1] if found else None


def _subject_after(folded, at, after, words: Vocabulary):
    """The side named after the act that is its subject: the first one in the clause whose word
    has a subject's ending and that no target's word ("по", "на") stands before."""
    _, end = clause_bounds(folded, at)
    for mention in after:
        if mention[0] >= end:
            break
        word = folded[mention[0] : word_end(folded, mention[1])]
        marked = words.target_before is not None and words.target_before.search(
            folded, max(at, mention[0] - 25), mention[0]
        )
        marked = marked or (
            words.target_after is not None
            and words.target_after.search(folded, mention[1], min(end, mention[1] + 30))
        )
        if not marked and word.endswith(words.subject_endings):
            return mention
    return None


PARTICIPLE = re.compile(r"\w{2,}ed(?!\w)")
