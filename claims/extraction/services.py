"""Suggested claims from a document's text: the statements it attributes, who made them, and
who relayed them.

``document_claims_extract`` finds the statements (``finder``), links the phrases naming their
speakers and relays to sources (``linking``), resolves "it" or "the ministry" to the most
recent matching speaker, and creates each statement as a ``suggested`` claim. A name the desk
does not know becomes a proposed source for an editor, never a source: its statements wait
until it is confirmed, when the document is extracted again. Running it again adds nothing: a
statement already covered by a claim of the same speaker is left alone, and the document's row
is locked for the run, so two runs at once cannot both add it.
"""

import logging
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from sources.models import Document, Source
from sources.services import source_proposal_record

from ..models import Claim
from ..services import claim_create
from ..workflow import Status
from .finder import Phrase, Statement, find_statements
from .linking import AMBIGUOUS, SourceIndex, source_index
from .rules import Rules, rules_for

logger = logging.getLogger(__name__)

MAX_SUMMARY = 500
# Kinds of source that pass statements on when someone "told" them.
RELAYING_KINDS = frozenset({Source.Kind.NEWS_AGENCY, Source.Kind.OUTLET})
_capitalised_run = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|the|for|and|de|on)\s+)*[A-Z][\w’'.-]*)*"
)
_determiner = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass
class ExtractionResult:
    created: list[int] = field(default_factory=list)  # ids of the new suggested claims
    proposed: list[str] = field(default_factory=list)  # names waiting for an editor
    found: int = 0  # statements found, including those already claimed or waiting


@dataclass(frozen=True)
class _Said:
    """A statement's resolved speaker and relays: source ids, or names to propose."""

    speaker: int | str
    relays: tuple[int | str, ...]


@transaction.atomic
def document_claims_extract(*, document: Document) -> ExtractionResult:
    """Suggest the claims that ``document``'s text attributes to someone."""
    result = ExtractionResult()
    rules = rules_for(document.language)
    if rules is None:
        return result
    document = Document.objects.select_for_update().get(pk=document.pk)
    index = source_index()
    names = index.names_in(document.text)
    name_ids = {(start, end): source_id for start, end, source_id in names}
    statements = find_statements(document.text, rules, [(s, e) for s, e, _ in names])
    result.found = len(statements)
    taken = list(Claim.objects.filter(document=document).values_list("start", "end", "speaker_id"))
    history: list[_Said] = []
    for statement in statements:
        said = _resolve(statement, rules, index, name_ids, history, document)
        if said is None:
            continue
        history.append(said)
        unknown = [who for who in (said.speaker, *said.relays) if isinstance(who, str)]
        if unknown:
            for name in unknown:
                proposal = source_proposal_record(name=name, document=document)
                if proposal.state == proposal.State.PENDING and name not in result.proposed:
                    result.proposed.append(name)
            continue
        if any(
            speaker == said.speaker and start < statement.end and statement.start < end
            for start, end, speaker in taken
        ):
            continue
        claim = _suggest(document, statement, said)
        if claim is not None:
            taken.append((claim.start, claim.end, claim.speaker_id))
            result.created.append(claim.pk)
    return result


def _suggest(document: Document, statement: Statement, said: _Said) -> Claim | None:
    sources = Source.objects.in_bulk([said.speaker, *said.relays])
    try:
        with transaction.atomic():
            return claim_create(
                document=document,
                start=statement.start,
                end=statement.end,
                speaker=sources[said.speaker],
                relay_chain=[sources[pk] for pk in said.relays],
                summary=summary_of(document.text[statement.start : statement.end]),
                stated_on=document.published_at.date() if document.published_at else None,
                status=Status.SUGGESTED,
            )
    except ValidationError as error:
        logger.warning(
            "Statement at %s–%s not suggested: %s", statement.start, statement.end, error
        )
        return None


def summary_of(quote: str) -> str:
    """A first summary for a reviewer to edit: the statement as one sentence."""
    text = " ".join(quote.split())
    if len(text) > MAX_SUMMARY - 1:
        text = text[: MAX_SUMMARY - 2].rsplit(" ", 1)[0] + "…"
    text = text[:1].upper() + text[1:]
    return text if text[-1:] in ".!?…" else f"{text}."


def _resolve(
    statement: Statement,
    rules: Rules,
    index: SourceIndex,
    name_ids: dict[tuple[int, int], int],
    history: list[_Said],
    document: Document,
) -> _Said | None:
    speaker = _who(statement.speaker, rules, index, name_ids, history, document)
    if speaker is None:
        return None
    who, inherited = speaker
    relays: list[int | str] = []
    audience = statement.audience
    if audience is not None and audience.is_known:
        told = name_ids[max(audience.names, key=lambda span: span[1] - span[0])]
        known = index.sources.get(told)
        if known is not None and known.kind in RELAYING_KINDS:
            relays.append(told)
    for phrase in statement.relays:
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
    return _Said(who, tuple(chain))


def _who(
    phrase: Phrase,
    rules: Rules,
    index: SourceIndex,
    name_ids: dict[tuple[int, int], int],
    history: list[_Said],
    document: Document,
) -> tuple[int | str, tuple] | None:
    """Whom a phrase names, with the relays it inherits when it refers back; None when it
    cannot be told."""
    if phrase.is_known:
        source_id = _named(phrase, index, name_ids)
        return None if source_id == AMBIGUOUS else (source_id, ())
    anaphor = _anaphor(phrase.text, rules)
    if anaphor is not None:
        kinds, description, adjective = anaphor
        return _antecedent(kinds, description, adjective, history, index, document)
    source_id = index.lookup(phrase.text)
    if source_id == AMBIGUOUS:
        return None
    if source_id is not None:
        return source_id, ()
    name = proposed_name(phrase.text)
    if not name:
        return None
    # "said Ilyin" after "Sergei Ilyin, the head of the village, told …": the same person.
    for said in reversed(history):
        if isinstance(said.speaker, str) and said.speaker.split()[-1] == name:
            return said.speaker, said.relays
    return name, ()


def _named(phrase: Phrase, index: SourceIndex, name_ids: dict[tuple[int, int], int]) -> int:
    """The source a phrase with known names in it stands for: a person named in it ("the press
    secretary of the defence ministry, Lilit Hovsepyan"), else its longest name."""
    ids = [name_ids[span] for span in sorted(phrase.names, key=lambda s: s[0] - s[1])]
    people = [
        pk for pk in ids if pk in index.sources and index.sources[pk].kind == Source.Kind.OFFICIAL
    ]
    return (people or ids)[0]


def _anaphor(text: str, rules: Rules) -> tuple[frozenset[str], str, str] | None:
    """The kinds of source a referring phrase can mean, the description it uses ("" for a
    pronoun), and the adjective narrowing it ("the Azerbaijani ministry")."""
    folded = " ".join(text.split()).casefold()
    if folded in rules.anaphors:
        return rules.anaphors[folded], folded if " " in folded else "", ""
    words = folded.split()
    if len(words) >= 3 and words[0] == "the":
        description = " ".join([words[0], *words[2:]])
        if description in rules.anaphors:
            return rules.anaphors[description], description, words[1]
    return None


def _antecedent(
    kinds: frozenset[str],
    description: str,
    adjective: str,
    history: list[_Said],
    index: SourceIndex,
    document: Document,
) -> tuple[int | str, tuple] | None:
    def fits(source_id: int | str) -> bool:
        if isinstance(source_id, str):
            # A person the desk does not know yet: "he" or "she" can still mean them.
            return Source.Kind.OFFICIAL in kinds and not description
        known = index.sources.get(source_id)
        if known is None:
            return False
        if "*" not in kinds and known.kind not in kinds:
            return False
        return not adjective or any(adjective[:5] in n.casefold() for n in known.names)

    for said in reversed(history):
        if fits(said.speaker):
            return said.speaker, said.relays
    if not description:
        return None  # "it" with nobody before it
    # A statement's own publisher is who "the ministry" means in its first lines.
    if fits(document.publisher_id):
        return document.publisher_id, ()
    if adjective:
        # "The Azerbaijani defence ministry" before anyone spoke: the one source it fits.
        words = [w for w in description.split()[1:] if len(w) > 3]
        named = [
            pk
            for pk in index.sources
            if fits(pk)
            and all(any(w in n.casefold() for n in index.sources[pk].names) for w in words)
        ]
        if len(named) == 1:
            return named[0], ()
    return None


def proposed_name(text: str) -> str:
    """The name to propose for an unknown speaker: "Georgia's interior ministry" as it
    stands, "the governor of Tavush, Hayk Ghalumyan" as "Hayk Ghalumyan"."""
    text = _determiner.sub("", " ".join(text.split())).strip(" ,")
    if re.search(r"[’']s\s", text):
        return text
    runs = _capitalised_run.findall(text)
    return max(runs, key=lambda run: len(run.split()), default="")
