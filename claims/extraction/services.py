"""Suggested claims from a document's text: the statements it attributes, who made them, and
who relayed them.

``document_claims_extract`` finds the statements (``finder``), links the phrases naming their
speakers and relays to sources (``resolution``), resolves "it" or "the ministry" to the most
recent matching speaker (and "the Ministry of Defense", before anyone spoke, to the one of the
publisher's country), and creates each statement as a ``suggested`` claim. A person named after
the body they speak for ("ICRC spokeswoman Hanna Lindqvist") is the speaker, and a surname
alone is the person of that name who spoke before. A name the desk does not know becomes a
proposed source for an editor, never a source: its statements wait until it is confirmed, when
the document is extracted again.

All that reading is done without a lock: a text of two million characters takes seconds, and
the desk must keep working on the document meanwhile. The suggestions are then written a
batch at a time, each batch in a short transaction holding the document's row lock (the one
``claim_create`` takes), so that nobody adds a claim to the document while a batch checks what
is already claimed. Running it again adds nothing, also while another run is under way: a
statement already covered by a claim of the same speaker is left alone.
"""

import bisect
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q

from claims.status import Status
from sources.models import Document, DocumentTaskRun, Source
from sources.names import source_index
from sources.services import document_task_run, source_proposal_record

from ..models import Attribution, Claim
from .finder import find_statements, reviews, sentences_of, speaking_subjects
from .resolution import RELAYING_KINDS, History, Said, resolve
from .rules import Rules, rules_for
from .statement import Statement

MAX_SUMMARY = 500
# Suggestions written per transaction: the document stays locked for one batch's inserts only.
WRITE_BATCH = 1_000


class DocumentChanged(Exception):
    """The document's text changed while its statements were being found."""


@dataclass
class ExtractionResult:
    created: list[int] = field(default_factory=list)  # ids of the new suggested claims
    proposed: list[str] = field(default_factory=list)  # names waiting for an editor
    found: int = 0  # statements found, including those already claimed or waiting
    withdrawn: int = 0  # earlier suggestions on a span now given to another speaker


def document_claims_extract_run(*, document_id: int) -> int:
    """Extract a document's claims as a recorded run, done or failed and why, on the document
    (``document_task_run``); how many suggested claims were new."""
    return document_task_run(
        document_id=document_id,
        kind=DocumentTaskRun.Kind.CLAIM_EXTRACTION,
        work=lambda document: len(document_claims_extract(document=document).created),
    )


def document_claims_extract(*, document: Document) -> ExtractionResult:
    """Suggest the claims that ``document``'s text attributes to someone."""
    result = ExtractionResult()
    document = Document.objects.get(pk=document.pk)
    rules = rules_for(document.language)
    if rules is None:
        return result  # the document's page says so (rules_notice)
    attributed = read_statements(document, rules)
    result.found = len(attributed.statements)
    proposals = {}
    suggestions = []
    for statement, said in attributed.resolved:
        unknown = [who for who in (said.speaker, *said.relays) if isinstance(who, str)]
        if not unknown:
            suggestions.append((statement, said))
        for name in unknown:
            if name not in proposals:
                proposals[name] = source_proposal_record(name=name, document=document)
                if proposals[name].state == proposals[name].State.PENDING:
                    result.proposed.append(name)
    for first in range(0, len(suggestions), WRITE_BATCH):
        result.created.extend(_suggest(document, suggestions[first : first + WRITE_BATCH]))
    result.withdrawn = _withdraw_superseded(document, suggestions)
    return result


def _withdraw_superseded(document: Document, suggestions: list[tuple[Statement, Said]]) -> int:
    """Withdraw the suggestions of an earlier run on the very span that a statement now has
    with another speaker (a name an editor moved to the right source, a rule that reads it
    better), once that speaker's claim on the span is there, so that a reviewer is not offered
    the statement twice. Only a suggestion nobody has touched goes: still suggested, made by
    extraction, its summary as written, with no pair or task; anything else stays for a person
    to decide. How many were withdrawn."""
    speakers = {(statement.start, statement.end): said.speaker for statement, said in suggestions}
    if not speakers:
        return 0
    with transaction.atomic():
        # The suggestions' own rows are locked first: an edit, an acceptance, a pair or a task
        # (whose insert waits for the row it refers to) either committed before, and is seen
        # below, or waits, and then finds the suggestion gone.
        candidates = (
            Claim.objects.select_for_update(of=("self",))
            .filter(document=document, status=Status.SUGGESTED, created_by=None)
            .values_list("pk", "start", "end", "speaker_id", "quote", "summary")
        )
        stale = {
            pk: (start, end)
            for pk, start, end, speaker, quote, summary in candidates
            if speakers.get((start, end), speaker) != speaker and summary == summary_of(quote)
        }
        if not stale:
            return 0
        attached = Claim.objects.filter(pk__in=stale).filter(
            Q(pairs_as_a__isnull=False) | Q(pairs_as_b__isnull=False) | Q(tasks__isnull=False)
        )
        for pk in attached.values_list("pk", flat=True):
            stale.pop(pk, None)  # a claim with a pair and a task comes once for each
        replaced = set(
            Claim.objects.filter(
                document=document, start__in={s for s, _ in stale.values()}
            ).values_list("start", "end", "speaker_id")
        )
        withdrawn = [pk for pk, span in stale.items() if (*span, speakers[span]) in replaced]
        _, deleted = Claim.objects.filter(pk__in=withdrawn).delete()
    return deleted.get(Claim._meta.label, 0)


@dataclass
class _Attributed:
    statements: list[Statement]
    resolved: list[tuple[Statement, Said]]  # those whose speaker could be told


def read_statements(document: Document, rules: Rules) -> _Attributed:
    """The statements of a document's text and whom they are attributed to: all that
    extraction reads, without a database write."""
    index = source_index(rules.morphology)
    names = index.names_in(document.text)
    name_ids = {(start, end): source_id for start, end, source_id in names}
    spans = [(s, e) for s, e, _ in names]
    read = sentences_of(document.text, rules, spans)
    statements = find_statements(document.text, rules, spans, read)
    # Sources named as they spoke, though no statement was taken ("Минобороны Армении сообщило
    # об атаке"): what "the ministry" after them may refer back to, as a speaker would be.
    # An agency or outlet opening such a sentence ("APA xəbər verir ki …") passes on what
    # others said.
    subjects = []
    for span in speaking_subjects(document.text, rules, spans, statements, read):
        known = index.sources.get(name_ids[span])
        if known is not None and known.kind not in RELAYING_KINDS:
            subjects.append((span[0], known.id))
    # The outlets the paragraphs after "Tert.am-ը գրում է." are passed on from: the farthest
    # relay of every statement in them.
    passed_on = []
    for span in reviews(document.text, rules, spans, read):
        outlet = index.sources.get(name_ids.get(span))
        if outlet is not None and outlet.kind in RELAYING_KINDS:
            passed_on.append((span[0], outlet.id))
    history = History(rules.morphology, index, names)
    resolved = []
    for statement in statements:
        while subjects and subjects[0][0] < statement.start:
            history.add(Said(subjects.pop(0)[1], ()))
        said = resolve(statement, rules, index, name_ids, history, document)
        outlet = next((id_ for at, id_ in reversed(passed_on) if at < statement.start), None)
        if said is not None and outlet not in (
            None,
            said.speaker,
            document.publisher_id,
            *said.relays,
        ):
            said = Said(said.speaker, (*said.relays, outlet))
        if said is not None:
            history.add(said, statement.speaker.text)
            resolved.append((statement, said))
    return _Attributed(statements, resolved)


def _suggest(document: Document, batch: list[tuple[Statement, Said]]) -> list[int]:
    """Write a batch of suggestions in one short transaction; the ids of the new claims.

    Inserted in bulk: through ``claim_create`` one claim took some twenty queries, with the
    whole text read back each time, and a long document has thousands of statements. What
    ``claim_create`` checks holds by construction: each quote is cut from the text it is checked
    against, whose hash is compared under the lock.
    """
    with transaction.atomic():
        # While this lock is held nobody adds a claim to the document (claim_create takes it
        # too) and its text cannot change.
        sha256 = (
            Document.objects.select_for_update()
            .values_list("sha256", flat=True)
            .get(pk=document.pk)
        )
        if sha256 != document.sha256:
            raise DocumentChanged(
                "The document's text changed while it was being read; extract it again."
            )
        # Readings a reviewer corrected away count as claimed by their speaker: extraction
        # does not offer them again.
        corrected = Claim.objects.filter(
            document=document, corrected_reading__isnull=False
        ).values_list("corrected_reading", flat=True)
        covered = _Covered(
            [
                *Claim.objects.filter(
                    document=document,
                    start__lt=max(statement.end for statement, _ in batch),
                    end__gt=min(statement.start for statement, _ in batch),
                ).values_list("start", "end", "speaker_id"),
                *((r["start"], r["end"], r["speaker"]) for r in corrected),
            ]
        )
        named = {who for _, said in batch for who in (said.speaker, *said.relays)}
        existing = set(Source.objects.filter(pk__in=named).values_list("pk", flat=True))
        claims, chains = [], []
        for statement, said in batch:
            if not existing.issuperset((said.speaker, *said.relays)):
                continue  # a source removed since the statements were read
            if not covered.add(said.speaker, statement.start, statement.end):
                continue
            quote = document.text[statement.start : statement.end]
            claims.append(
                Claim(
                    document=document,
                    start=statement.start,
                    end=statement.end,
                    quote=quote,
                    speaker_id=said.speaker,
                    summary=summary_of(quote),
                    stated_on=document.published_at.date() if document.published_at else None,
                    status=Status.SUGGESTED,
                )
            )
            chains.append(said.relays)
        Claim.objects.bulk_create(claims)
        Attribution.objects.bulk_create(
            Attribution(claim=claim, source_id=source_id, position=position)
            for claim, chain in zip(claims, chains, strict=True)
            for position, source_id in enumerate(chain, start=1)
        )
    return [claim.pk for claim in claims]


class _Covered:
    """What a batch finds claimed, by speaker: a statement is suggested only where its speaker
    has no claim overlapping it yet."""

    def __init__(self, claimed: Iterable[tuple[int, int, int]]):
        # Claims made before (by hand, by an earlier run) may overlap each other. Sorted by
        # start, with the furthest end reached so far, one bisection tells whether any of them
        # overlaps a span.
        spans = defaultdict(list)
        for start, end, speaker in claimed:
            spans[speaker].append((start, end))
        self._starts = {}
        self._reach = {}
        for speaker, claimed_spans in spans.items():
            claimed_spans.sort()
            self._starts[speaker] = [start for start, _ in claimed_spans]
            self._reach[speaker] = list(itertools.accumulate((e for _, e in claimed_spans), max))
        # The batch's own suggestions never overlap each other (one is kept only where none
        # is), so the two next to a span are the only ones that can overlap it.
        self._new = defaultdict(list)

    def add(self, speaker: int, start: int, end: int) -> bool:
        """Note a suggestion on ``start:end`` unless ``speaker`` already has a claim
        overlapping it; whether it was noted."""
        starts = self._starts.get(speaker)
        if starts:
            before = bisect.bisect_left(starts, end)  # the claims that start before its end
            if before and self._reach[speaker][before - 1] > start:
                return False
        new = self._new[speaker]
        at = bisect.bisect_left(new, (start, end))
        if (at and new[at - 1][1] > start) or (at < len(new) and new[at][0] < end):
            return False
        new.insert(at, (start, end))
        return True


def summary_of(quote: str) -> str:
    """A first summary for a reviewer to edit: the statement as one sentence."""
    text = " ".join(quote.split())
    if len(text) > MAX_SUMMARY - 1:
        text = text[: MAX_SUMMARY - 2].rsplit(" ", 1)[0] + "…"
    text = text[:1].upper() + text[1:]
    return text if text[-1:] in ".!?…" else f"{text}."
