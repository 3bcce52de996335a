"""Framing profiles: how often each source uses each kind of framing, in its own words.

Who a framing span counts for depends on where it stands:

- inside a claim's quote, it is the claim's speaker's wording: it counts in the speaker's
  **own words**, and in the **relayed** figures of every source that passed it on (the
  claim's relay chain and the document's publisher);
- outside every claim, it is the publisher's own voice: it counts in the publisher's **own
  words**.

So "occupied" in the Armenian ministry's statement quoted by a wire counts for the Armenian
ministry, and the wire gets it only in its relayed figures. A span belongs to the claim whose
quote shares most of its characters; only confirmed claims count (not extraction suggestions
nor dismissed or retired claims).

Each occurrence counts once (``annotations.counting``), and only documents in a language the
desk can annotate are counted, for words and spans alike: a language with an active lexicon,
or one in which a person has annotated a document. The words of a view are those of the text
it covers: a source's claims' quotes and, for its own documents, the text outside every claim.
Every rate is given per 1,000 words with a 95% Wilson score interval; a view with fewer than
``MIN_WORDS`` words is marked as too little text, not ranked. The documents can be narrowed to
a date range (by publication date) or to an incident (the documents holding a claim about it).
"""

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db.models import Q, QuerySet

from claims.models import Attribution, Claim, Incident
from claims.status import Status
from sources.models import Document, Source
from sources.text import primary_language
from verification.access import (
    documents_published_about,
    public_claims_as_published,
    public_documents,
)

from .counting import count_once
from .models import Annotation, FramingLabel, LexiconEntry

WORD = re.compile(r"\w+")
# 95% two-sided.
Z = 1.959964
# Claims whose quote is a statement someone made, for attribution.
COUNTED_CLAIMS = Q(retired_at__isnull=True) & ~Q(status__in=[Status.SUGGESTED, Status.DISMISSED])
OWN, RELAYED = "own", "relayed"
VIEWS = {
    OWN: "Own words: its statements quoted anywhere, and its own documents outside quotes",
    RELAYED: "Relayed: others' statements it passed on (as a relay or as the publisher)",
}


def min_words() -> int:
    """Fewer words than this and a view is too little text to rank."""
    return settings.PARALLAX_PROFILE_MIN_WORDS


@dataclass(frozen=True)
class Rate:
    """``count`` occurrences in ``words`` words, per 1,000 words, with a 95% interval."""

    count: int
    words: int

    @property
    def per_1000(self) -> float:
        return round(1000 * self.count / self.words, 2) if self.words else 0.0

    @property
    def interval(self) -> tuple[float, float]:
        low, high = wilson(self.count, self.words)
        return round(1000 * low, 2), round(1000 * high, 2)


def wilson(successes: int, trials: int, z: float = Z) -> tuple[float, float]:
    """The Wilson score interval of a proportion (0, 0 with no trials)."""
    if trials <= 0:
        return 0.0, 0.0
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class View:
    """One way of counting a source: its own words, or what it relayed."""

    name: str
    documents: set = field(default_factory=set)
    languages: Counter = field(default_factory=Counter)  # words per language
    labels: Counter = field(default_factory=Counter)
    categories: Counter = field(default_factory=Counter)

    @property
    def words(self) -> int:
        return sum(self.languages.values())

    @property
    def too_little_text(self) -> bool:
        return self.words < min_words()

    def rate(self, count: int) -> Rate:
        return Rate(count, self.words)

    def languages_text(self) -> str:
        return ", ".join(
            f"{language} {words:,}" for language, words in sorted(self.languages.items())
        )


@dataclass
class SourceProfile:
    source: Source
    own: View = field(default_factory=lambda: View(OWN))
    relayed: View = field(default_factory=lambda: View(RELAYED))

    @property
    def views(self) -> tuple[View, View]:
        return self.own, self.relayed


def covered_languages(documents: QuerySet[Document] | None = None) -> set[str]:
    """Languages the desk can annotate: with an active lexicon, or annotated by a person (by
    hand or by import) in one of ``documents`` (default: any)."""
    lexicon = LexiconEntry.objects.filter(is_active=True, label__is_active=True).values_list(
        "language", flat=True
    )
    annotated = Document.objects.filter(
        annotations__origin__in=[Annotation.Origin.MANUAL, Annotation.Origin.IMPORT]
    ).exclude(annotations__state=Annotation.State.REJECTED)
    if documents is not None:
        annotated = annotated.filter(pk__in=documents.values("pk"))
    tags = {
        *lexicon.order_by().distinct(),
        *annotated.values_list("language", flat=True).order_by().distinct(),
    }
    return {primary_language(tag) for tag in tags}


@dataclass(frozen=True)
class Quote:
    """A claim's quote as the profile attributes it."""

    start: int
    end: int
    speaker: int
    relays: frozenset  # who passed it on (the chain and the publisher), never the speaker


# Documents read at a time: their texts, quotes and spans, then let go.
CHUNK = 200


def framing_profiles(
    sources: Iterable[Source],
    *,
    since: date | None = None,
    until: date | None = None,
    incident: Incident | None = None,
    public: bool = False,
) -> list[SourceProfile]:
    """One profile per source, in the order of ``sources`` (each source once).

    ``public`` counts what consumers outside the desk may see, as it was published: only
    documents published verdicts reference, and only public claims, each with the speaker,
    relay chain, incident and span its latest published verdict recorded (a reopened claim's
    new relay is not public until its correction is). Other claims play no part there: their
    words count as their document's, so that nothing about them shows.
    """
    profiles = {source.pk: SourceProfile(source) for source in sources}
    wanted = set(profiles)
    # A reprint is its original's words, counted there; the desk reads a story's current
    # version (a published one keeps the version its verdict reviewed).
    documents = (
        public_documents() if public else Document.objects.filter(superseded_at__isnull=True)
    ).filter(reprint_of__isnull=True)
    if since is not None:
        documents = documents.filter(published_at__date__gte=since)
    if until is not None:
        documents = documents.filter(published_at__date__lte=until)
    if incident is not None:
        documents = documents.filter(pk__in=_about(incident, public))
    covered = covered_languages(documents if public else None)
    documents = documents.filter(_in_languages(covered))
    if not public:
        involving = Claim.objects.filter(COUNTED_CLAIMS).filter(
            Q(speaker__in=wanted) | Q(relay_sources__in=wanted)
        )
        documents = documents.filter(
            Q(publisher__in=wanted) | Q(pk__in=involving.values("document"))
        )
    categories = dict(FramingLabel.objects.values_list("slug", "category"))
    rows = documents.order_by("pk").values_list("pk", "publisher_id", "language", "text")
    for chunk in _chunks(rows.iterator(chunk_size=CHUNK), CHUNK):
        texts = {
            pk: (publisher, primary_language(language), text)
            for pk, publisher, language, text in chunk
        }
        quotes = _public_quotes(texts) if public else _desk_quotes(texts)
        _count_words(profiles, texts, quotes)
        occurrences = count_once(
            Annotation.objects.filter(document__in=list(texts), state=Annotation.State.ACCEPTED)
            .values_list("document_id", "start", "end", "label__slug")
            .iterator()
        )
        for document_id, start, end, slug in occurrences:
            for source, view in _owners(start, end, quotes[document_id], texts[document_id][0]):
                if source in wanted:
                    counted = getattr(profiles[source], view)
                    counted.labels[slug] += 1
                    counted.categories[categories[slug]] += 1
    return list(profiles.values())


def _chunks(rows, size: int):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _in_languages(languages: set[str]) -> Q:
    """Documents whose language tag has one of ``languages`` as its primary subtag."""
    condition = Q(pk__in=[])
    for language in languages:
        condition |= Q(language__iexact=language) | Q(language__istartswith=f"{language}-")
    return condition


def _about(incident: Incident, public: bool) -> QuerySet:
    """The ids of documents holding a claim about ``incident``: for the desk, a confirmed
    claim; outside it, a claim whose published verdict names the incident."""
    if public:
        return documents_published_about(incident)
    return Claim.objects.filter(COUNTED_CLAIMS, incident=incident).values("document")


def _desk_quotes(texts: dict) -> dict[int, list[Quote]]:
    """Every confirmed claim's quote in these documents, as the claims stand."""
    quotes = defaultdict(list)
    claims = list(
        Claim.objects.filter(COUNTED_CLAIMS, document__in=list(texts)).values_list(
            "pk", "document_id", "start", "end", "speaker_id"
        )
    )
    relays = defaultdict(set)
    for claim_id, source_id in Attribution.objects.filter(
        claim__in=[pk for pk, *_ in claims]
    ).values_list("claim_id", "source_id"):
        relays[claim_id].add(source_id)
    for pk, document_id, start, end, speaker in claims:
        passed_on = (relays[pk] | {texts[document_id][0]}) - {speaker}
        quotes[document_id].append(Quote(start, end, speaker, frozenset(passed_on)))
    return quotes


def _public_quotes(texts: dict) -> dict[int, list[Quote]]:
    """The public claims' quotes in these documents, as their latest verdicts published them."""
    quotes = defaultdict(list)
    published = public_claims_as_published().filter(document__in=list(texts))
    for document_id, snapshot in published.values_list("document_id", "published_snapshot"):
        claim, span = snapshot["claim"], snapshot["span"]
        speaker = claim["speaker"]["id"]
        passed_on = (set(snapshot.get("relay_chain_ids", [])) | {texts[document_id][0]}) - {speaker}
        quotes[document_id].append(Quote(span["start"], span["end"], speaker, frozenset(passed_on)))
    return quotes


def _count_words(profiles: dict, texts: dict, quotes: dict[int, list[Quote]]) -> None:
    """Each source's own stretches of each document, and what it relayed, in words."""
    for document_id, (publisher, language, text) in texts.items():
        own, relayed = defaultdict(list), defaultdict(list)
        for quote in quotes[document_id]:
            own[quote.speaker].append((quote.start, quote.end))
            for source in quote.relays:
                relayed[source].append((quote.start, quote.end))
        if publisher in profiles:
            outside = _outside(len(text), quotes[document_id])
            if outside:
                own[publisher].extend(outside)
        for stretches, view in ((own, OWN), (relayed, RELAYED)):
            for source, spans in stretches.items():
                if source in profiles:
                    profile_view = getattr(profiles[source], view)
                    profile_view.documents.add(document_id)
                    profile_view.languages[language] += _words(text, spans)


def _owners(start: int, end: int, quotes: list[Quote], publisher: int) -> list[tuple[int, str]]:
    """(source, view) pairs a span counts for: the claim whose quote shares most of its
    characters (of two sharing as many, the shorter: the inner quote of a nested pair), or
    else the publisher's own voice."""
    best, best_key = None, (0, 0)
    for quote in quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        key = (overlap, -(quote.end - quote.start))
        if overlap > 0 and key > best_key:
            best, best_key = quote, key
    if best is None:
        return [(publisher, OWN)]
    return [(best.speaker, OWN), *((source, RELAYED) for source in best.relays)]


def _outside(length: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """The stretches of a text of ``length`` characters outside every quote."""
    stretches, at = [], 0
    for start, end in sorted((quote.start, quote.end) for quote in quotes):
        if start > at:
            stretches.append((at, start))
        at = max(at, end)
    if at < length:
        stretches.append((at, length))
    return stretches


def _words(text: str, spans: list[tuple[int, int]]) -> int:
    """Words in the union of ``spans`` of ``text`` (overlapping or touching spans merged
    first, so that a word cut by a boundary counts once)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return sum(len(WORD.findall(text, start, end)) for start, end in merged)


def label_rows(profiles: list[SourceProfile], view: str) -> list[tuple[str, list]]:
    """Labels by name, each with a cell for every profile in turn: (count, Rate) or None when
    the source has too little text in ``view``."""
    names = dict(FramingLabel.objects.values_list("slug", "name"))
    views = [getattr(profile, view) for profile in profiles]
    slugs = sorted(
        {slug for counted in views for slug in counted.labels},
        key=lambda slug: (names.get(slug, slug), slug),
    )
    return [
        (
            names.get(slug, slug),
            [
                counted.rate(counted.labels[slug]) if not counted.too_little_text else None
                for counted in views
            ],
        )
        for slug in slugs
    ]


COLUMNS = [
    "source",
    "view",
    "kind",
    "key",
    "name",
    "count",
    "words",
    "per_1000_words",
    "low",
    "high",
    "too_little_text",
    "languages",
]


def profile_rows(profiles: list[SourceProfile]) -> list[dict]:
    """Flat rows, one per source, view and label or category, for JSON and CSV alike."""
    names = dict(FramingLabel.objects.values_list("slug", "name"))
    categories = dict(FramingLabel.Category.choices)
    rows = []
    for profile in profiles:
        for counted in profile.views:
            for kind, counts, titles in (
                ("label", counted.labels, names),
                ("category", counted.categories, categories),
            ):
                for key, count in sorted(counts.items()):
                    rate = counted.rate(count)
                    low, high = rate.interval
                    rows.append(
                        {
                            "source": profile.source.name,
                            "view": counted.name,
                            "kind": kind,
                            "key": key,
                            "name": titles.get(key, key),
                            "count": count,
                            "words": counted.words,
                            "per_1000_words": rate.per_1000,
                            "low": low,
                            "high": high,
                            "too_little_text": counted.too_little_text,
                            "languages": counted.languages_text(),
                        }
                    )
    return rows
