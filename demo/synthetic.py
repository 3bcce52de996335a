"""A synthetic desk of any size, for benchmarks: `manage.py seed_synthetic --claims N`.

Rows are generated in chunks of documents (memory stays bounded) with ids allocated after the
rows already present, and written with COPY on PostgreSQL (bulk_create elsewhere). The same
seed gives the same rows. Every database constraint holds: spans match their quotes, pairs are
ordered, one open task per claim, four-eyes on published verdicts.
"""

import bisect
import itertools
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max
from tqdm import tqdm

from annotations.models import Annotation, FramingLabel
from claims.models import Attribution, Claim, ClaimPair, Incident
from claims.status import Status
from sources.models import Document, Source, SourceAlias
from sources.text import context_around, normalise_text, text_sha256
from verification.models import ClaimStatusChange, Rating, Team, Verdict, VerificationTask
from verification.selectors import rating_scale
from verification.snapshots import search_fields, snapshot_of

from .synthetic_references import References, _as_source, _incidents, _people, _sources, _teams
from .synthetic_words import EMOJI, FRAMES, LANGUAGES, PLACES, SENTENCES, SIDES, WEAPONS
from .synthetic_writer import Writer

CLAIMS_PER_DOCUMENT = 10
DOCUMENTS_PER_CHUNK = 2_000
# (status, share, transitions it took from "new")
STATUSES = [
    (Status.NEW, 40, 0),
    (Status.IN_REVIEW, 20, 1),
    (Status.PUBLISHED, 20, 3),
    (Status.SUGGESTED, 8, 0),
    (Status.AWAITING_APPROVAL, 6, 2),
    (Status.NOT_CHECKABLE, 3, 2),
    (Status.DISMISSED, 3, 1),
]
STATUS_CUM_WEIGHTS = list(itertools.accumulate(share for _, share, _ in STATUSES))


def _next_id(model) -> int:
    return (model.objects.aggregate(top=Max("id"))["top"] or 0) + 1


class QuickRandom(random.Random):
    """random.Random whose choice() is one C call; the seeder makes tens of millions."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


class Desk:
    """Generates the rows; ``rng`` alone decides their content."""

    def __init__(self, *, seed: int, today: date) -> None:
        self.rng = QuickRandom(seed)
        self.today = today
        self.now = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
        self.ids = {model: _next_id(model) for model in desk_models()}
        self.sentences = {language: self._sentence_pool(language) for language in SENTENCES}

    def new_id(self, model) -> int:
        value = self.ids[model]
        self.ids[model] += 1
        return value

    def moment(self, days_back: int = 1000) -> datetime:
        return self.now - timedelta(seconds=int(self.rng.random() * days_back * 86_400))

    def text(
        self, language: str, claims: int
    ) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
        """A document text with room for ``claims`` claims: the text, its sentence spans and its
        framing-word spans."""
        rng, pool = self.rng, self.sentences[language]
        parts, sentences, frames, length = [], [], [], 0
        if rng.random() < 0.1:
            parts.append(rng.choice(EMOJI))
            length += len(parts[-1])
        for _ in range(claims + rng.randrange(2, 6)):
            sentence, frame = rng.choice(pool)
            if frame is not None:
                frames.append((length + frame[0], length + frame[1]))
            sentences.append((length, length + len(sentence)))
            parts.append(sentence + (" " if rng.random() < 0.8 else "\n\n"))
            length += len(parts[-1])
        return "".join(parts).rstrip() + "\n", sentences, frames

    def _sentence_pool(self, language: str, size: int = 500) -> list[tuple[str, tuple | None]]:
        """Sentences to build documents from, each with the span of its framing word if any:
        drawing whole sentences is much cheaper than filling a template for each."""
        rng, pool = self.rng, []
        for _ in range(size):
            frame = rng.choice(FRAMES)
            sentence = normalise_text(
                rng.choice(SENTENCES[language]).format(
                    side=rng.choice(SIDES),
                    place=rng.choice(PLACES),
                    weapon=rng.choice(WEAPONS),
                    frame=frame,
                )
            )
            at = sentence.find(frame)
            pool.append((sentence, (at, at + len(frame)) if at >= 0 else None))
        return pool


# Written once per chunk of documents, in this order: a row's targets come before it.
CHUNK_MODELS = [
    Document,
    Claim,
    Attribution,
    ClaimPair,
    Annotation,
    VerificationTask,
    Verdict,
    ClaimStatusChange,
]


def desk_models() -> list:
    """Every model the seeder writes ids for, targets first. A function, not a list made at
    import: the user model is only known once Django's apps are loaded."""
    return [get_user_model(), Team, Source, SourceAlias, Incident, *CHUNK_MODELS]


def loaded_models() -> list:
    """Every model whose table the seeder writes, the link tables included."""
    return [*desk_models(), get_user_model().groups.through, Team.members.through]


def seed_synthetic(
    *, claims: int, seed: int = 42, today: date | None = None, progress: bool = True
) -> dict[str, int]:
    """Add a desk of ``claims`` claims to the database; returns rows written per table."""
    started = time.perf_counter()
    desk = Desk(seed=seed, today=today or date(2026, 11, 25))
    writer = Writer()
    models = desk_models()
    loaded = loaded_models()
    with transaction.atomic(), writer.checks_and_indexes_after_load(loaded):
        people = _people(desk, writer, claims)
        sources = _sources(desk, writer, claims)
        ratings = Rating.objects.filter(is_active=True)
        refs = References(
            sources=[source["id"] for source in sources],
            source_by_id={source["id"]: _as_source(source) for source in sources},
            rating_by_id={rating.pk: rating for rating in ratings},
            scale=rating_scale(),
            agencies=[s["id"] for s in sources if s["kind"] in ("news_agency", "outlet")],
            incidents=_incidents(desk, writer, claims),
            labels=list(FramingLabel.objects.filter(is_active=True).values_list("id", flat=True)),
            ratings=[rating.pk for rating in ratings],
            teams=_teams(desk, writer, people),
            reviewers=people["reviewers"],
            editors=people["editors"],
        )
        # Claims per document; the last document takes the remainder, so the total is exact.
        documents = max(1, claims // CLAIMS_PER_DOCUMENT)
        per_document = [CLAIMS_PER_DOCUMENT] * (documents - 1)
        per_document.append(claims - sum(per_document))
        chunks = [
            per_document[at : at + DOCUMENTS_PER_CHUNK]
            for at in range(0, documents, DOCUMENTS_PER_CHUNK)
        ]
        bar = tqdm(total=claims, unit=" claims", disable=not progress, file=sys.stderr)
        # One thread generates the next chunk while this one writes the last: COPY spends much
        # of its time waiting for the server, and that wait releases the GIL.
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(_chunk, desk, refs, chunks[0])
            for following in [*chunks[1:], None]:
                rows = pending.result()
                if following is not None:
                    pending = pool.submit(_chunk, desk, refs, following)
                for model in CHUNK_MODELS:
                    writer.write(model, rows[model])
                bar.update(len(rows[Claim]))
        bar.close()
        writer.reset_sequences(models)
        written = time.perf_counter() - started
    writer.build_indexes_after_commit()
    elapsed = time.perf_counter() - started
    total = sum(writer.rows.values())
    if progress:
        print(
            f"{total:,} rows in {elapsed:,.1f} s ({total / elapsed:,.0f} rows/s): written in "
            f"{written:,.1f} s ({total / written:,.0f} rows/s), then keys checked and indexes "
            f"built in {elapsed - written:,.1f} s",
            file=sys.stderr,
        )
    return dict(writer.rows)


def _chunk(desk, refs, per_document: list[int]) -> dict:
    rows = {model: [] for model in CHUNK_MODELS}
    for count in per_document:
        _document(desk, rows, refs, count)
    return rows


def _document(desk, rows, refs, count):
    rng = desk.rng
    language = rng.choice(LANGUAGES)
    text, sentences, frames = desk.text(language, count)
    publisher = rng.choice(refs.sources)
    document_id = desk.new_id(Document)
    published = desk.moment()
    rows[Document].append(
        {
            "id": document_id,
            "title": f"Report {document_id}",
            "publisher_id": publisher,
            "published_at": published,
            "language": language,
            "text": text,
            "sha256": text_sha256(text),
            "created_at": published,
            "updated_at": published,
        }
    )
    document = SimpleNamespace(
        pk=document_id,
        title=f"Report {document_id}",
        url="",
        publisher=refs.source_by_id[publisher],
        published_at=published,
        language=language,
    )
    previous = None
    for start, end in sentences[:count]:
        status, _, steps = STATUSES[
            bisect.bisect(STATUS_CUM_WEIGHTS, rng.random() * STATUS_CUM_WEIGHTS[-1])
        ]
        speaker = rng.choice(refs.sources)
        claim_id = desk.new_id(Claim)
        incident = rng.choice(refs.incidents)
        created = desk.moment()
        quote = text[start:end]
        claim = {
            "id": claim_id,
            "document_id": document_id,
            "start": start,
            "end": end,
            "quote": quote,
            "summary": quote[:200],
            "speaker_id": speaker,
            "incident_id": incident["id"] if rng.random() < 0.8 else None,
            "stated_on": incident["starts_on"],
            "status": status,
            "workflow_version": steps,
            "created_at": created,
            "updated_at": created,
        }
        rows[Claim].append(claim)
        relays, wanted = [], min(rng.choice((0, 0, 1, 2)), len(refs.agencies) - 1)
        while len(relays) < wanted:
            relay = rng.choice(refs.agencies)
            if relay != speaker and relay not in relays:
                relays.append(relay)
        rows[Attribution] += [
            {
                "id": desk.new_id(Attribution),
                "claim_id": claim_id,
                "source_id": source,
                "position": position,
            }
            for position, source in enumerate(relays, start=1)
        ]
        if previous is not None and rng.random() < 0.5:
            rows[ClaimPair].append(
                {
                    "id": desk.new_id(ClaimPair),
                    "claim_a_id": previous,
                    "claim_b_id": claim_id,
                    "relation": rng.choice(["contradicts", "corroborates"]),
                    "rationale": "",
                    "created_at": created,
                    "updated_at": created,
                }
            )
        previous = claim_id
        freeze = _freezer(refs, claim, document, incident, relays)
        _workflow(desk, rows, refs, claim_id, status, created, freeze)
    for start, end in frames + sentences[: max(0, count - len(frames))]:
        origin = rng.choice(["manual", "manual", "lexicon", "import"])
        prefix, suffix = context_around(text, start, end)
        rows[Annotation].append(
            {
                "id": desk.new_id(Annotation),
                "document_id": document_id,
                "start": start,
                "end": end,
                "quote": text[start:end],
                "prefix": prefix,
                "suffix": suffix,
                "label_id": rng.choice(refs.labels),
                "annotator_id": rng.choice(refs.reviewers) if origin == "manual" else None,
                "origin": origin,
                "state": "accepted"
                if origin == "manual"
                else rng.choice(["suggested", "accepted", "rejected"]),
                "note": "",
                "created_at": published,
                "updated_at": published,
            }
        )


def _freezer(refs, claim: dict, document, incident: dict, relays: list[int]):
    """How to make the snapshot a verdict on ``claim`` carries once published with a rating."""
    shown = SimpleNamespace(
        pk=claim["id"],
        summary=claim["summary"],
        quote=claim["quote"],
        stated_on=claim["stated_on"],
        start=claim["start"],
        end=claim["end"],
        speaker=refs.source_by_id[claim["speaker_id"]],
        incident=None
        if claim["incident_id"] is None
        else SimpleNamespace(pk=incident["id"], **{k: incident[k] for k in INCIDENT_SHOWN}),
        document=document,
    )
    return lambda rating: snapshot_of(
        claim=shown,
        relays=[refs.source_by_id[relay] for relay in relays],
        rating=rating,
        scale=refs.scale,
    )


INCIDENT_SHOWN = ("title", "starts_on", "ends_on", "place")


def _workflow(desk, rows, refs, claim_id, status, created, freeze):
    rng = desk.rng
    reviewer = rng.choice(refs.reviewers)
    editor = rng.choice(refs.editors)
    if status in (Status.NEW, Status.IN_REVIEW) and rng.random() < 0.5:
        assigned = rng.random() < 0.5
        rows[VerificationTask].append(
            {
                "id": desk.new_id(VerificationTask),
                "claim_id": claim_id,
                "team_id": rng.choice(refs.teams),
                "assignee_id": reviewer if assigned else None,
                "priority": rng.randint(1, 4),
                "due_on": desk.today + timedelta(days=rng.randint(-10, 20)),
                "state": "open",
                "instructions": "",
                "created_by_id": editor,
                "created_at": created,
            }
        )
    if status in (Status.PUBLISHED, Status.AWAITING_APPROVAL):
        published = status == Status.PUBLISHED
        rating = rng.choice(refs.ratings)
        snapshot = freeze(refs.rating_by_id[rating]) if published else {}
        rows[Verdict].append(
            {
                "id": desk.new_id(Verdict),
                "claim_id": claim_id,
                "version": 1,
                "rating_id": rating,
                "snapshot": snapshot,
                **search_fields(snapshot),
                "rationale": "Checked against both ministries' statements.",
                "evidence": [],
                "reviewer_id": reviewer,
                "approver_id": editor if published else None,
                "published_at": created if published else None,
                "correction_note": "",
                "created_at": created,
                "updated_at": created,
            }
        )
    if status not in (Status.NEW, Status.SUGGESTED):
        rows[ClaimStatusChange].append(
            {
                "id": desk.new_id(ClaimStatusChange),
                "claim_id": claim_id,
                "transition": "synthetic",
                "from_status": Status.NEW,
                "to_status": status,
                "actor_id": editor,
                "comment": "",
                "created_at": created,
            }
        )
