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


def covered_languages() -> set[str]:
    """Languages the desk can annotate: with an active lexicon, or annotated by a person."""
    lexicon = LexiconEntry.objects.filter(is_active=True, label__is_active=True).values_list(
        "language", flat=True
    )
    annotated = Document.objects.filter(
        Q(annotations__origin=Annotation.Origin.MANUAL)
        & ~Q(annotations__state=Annotation.State.REJECTED)
    ).values_list("language", flat=True)
    return {primary_language(tag) for tag in {*lexicon.distinct(), *annotated.distinct()}}


def framing_profiles(
    sources: Iterable[Source],
    *,
    since: date | None = None,
    until: date | None = None,
    incident: Incident | None = None,
    documents: QuerySet[Document] | None = None,
    claims: QuerySet | None = None,
) -> list[SourceProfile]:
    """One profile per source, in the order of ``sources`` (each source once).

    ``documents`` are those that may be counted (default: all) and ``claims`` those that may
    be attributed and through which ``incident`` narrows them (default: all); clients outside
    the desk pass the public ones, so that an unpublished document or claim changes none of
    their figures. A span inside a claim that is not among ``claims`` counts for nobody.
    """
    profiles = {source.pk: SourceProfile(source) for source in sources}
    wanted = set(profiles)
    documents = Document.objects.all() if documents is None else documents
    if since is not None:
        documents = documents.filter(published_at__date__gte=since)
    if until is not None:
        documents = documents.filter(published_at__date__lte=until)
    if incident is not None:
        about = Q(claims__incident=incident)
        if claims is not None:
            # One join: the same claim must be about the incident and be one of ``claims``.
            about &= Q(claims__in=claims.values("pk"))
        documents = documents.filter(about).distinct()
    covered = covered_languages()
    attributable = Claim.objects.filter(COUNTED_CLAIMS)
    if claims is not None:
        attributable = attributable.filter(pk__in=claims.values("pk"))
    involving = attributable.filter(
        Q(speaker__in=wanted) | Q(relay_sources__in=wanted) | Q(document__publisher__in=wanted)
    )
    in_scope = documents.filter(Q(publisher__in=wanted) | Q(pk__in=involving.values("document")))
    texts = {}  # document -> (publisher, language, text), in covered languages only
    for pk, publisher, language, text in in_scope.values_list(
        "pk", "publisher_id", "language", "text"
    ).iterator():
        if primary_language(language) in covered:
            texts[pk] = (publisher, primary_language(language), text)
    # Every confirmed claim of these documents marks text that is not the publisher's voice;
    # those in ``attributable`` also say whose it is.
    quotes = defaultdict(list)  # document -> [(start, end, claim id or None)]
    speakers, relays = {}, defaultdict(set)
    attributable_ids = set(
        attributable.filter(document__in=list(texts)).values_list("pk", flat=True)
    )
    for pk, document_id, start, end, speaker in (
        Claim.objects.filter(COUNTED_CLAIMS, document__in=list(texts))
        .values_list("pk", "document_id", "start", "end", "speaker_id")
        .iterator()
    ):
        counted = pk in attributable_ids
        quotes[document_id].append((start, end, pk if counted else None))
        if counted:
            speakers[pk] = speaker
            relays[pk].add(texts[document_id][0])
    for claim_id, source_id in Attribution.objects.filter(claim__in=list(speakers)).values_list(
        "claim_id", "source_id"
    ):
        relays[claim_id].add(source_id)
    for pk in speakers:
        relays[pk].discard(speakers[pk])

    # Words: each source's own stretches of each document, and what it relayed.
    for document_id, (publisher, language, text) in texts.items():
        own, relayed = defaultdict(list), defaultdict(list)
        for start, end, claim in quotes[document_id]:
            if claim is None:
                continue
            own[speakers[claim]].append((start, end))
            for source in relays[claim]:
                relayed[source].append((start, end))
        if publisher in wanted:
            own[publisher].extend(_outside(len(text), quotes[document_id]))
        for stretches, view in ((own, OWN), (relayed, RELAYED)):
            for source, spans in stretches.items():
                if source in wanted:
                    profile_view = getattr(profiles[source], view)
                    profile_view.documents.add(document_id)
                    profile_view.languages[language] += _words(text, spans)

    categories = dict(FramingLabel.objects.values_list("slug", "category"))
    occurrences = count_once(
        Annotation.objects.filter(document__in=list(texts), state=Annotation.State.ACCEPTED)
        .values_list("document_id", "start", "end", "label__slug")
        .iterator()
    )
    for document_id, start, end, slug in occurrences:
        owners = _owners(document_id, start, end, quotes, texts, speakers, relays)
        for source, view in owners:
            if source in wanted:
                counted = getattr(profiles[source], view)
                counted.labels[slug] += 1
                counted.categories[categories[slug]] += 1
    return list(profiles.values())


def _owners(document_id, start, end, quotes, texts, speakers, relays):
    """(source, view) pairs a span counts for: the claim whose quote shares most of its
    characters, or else the publisher's own voice."""
    claim, shared = _NO_CLAIM, 0
    for quote_start, quote_end, quoted in quotes[document_id]:
        overlap = min(end, quote_end) - max(start, quote_start)
        if overlap > shared:
            claim, shared = quoted, overlap
    if claim is _NO_CLAIM:
        return [(texts[document_id][0], OWN)]
    if claim is None:
        # A claim the caller may not attribute (unpublished, for outsiders): nobody's.
        return []
    return [(speakers[claim], OWN), *((source, RELAYED) for source in relays[claim])]


_NO_CLAIM = object()


def _outside(length: int, quotes: list[tuple[int, int, object]]) -> list[tuple[int, int]]:
    """The stretches of a text of ``length`` characters outside every quote."""
    stretches, at = [], 0
    for start, end, _ in sorted(quotes):
        if start > at:
            stretches.append((at, start))
        at = max(at, end)
    if at < length:
        stretches.append((at, length))
    return stretches


def _words(text: str, spans: list[tuple[int, int]]) -> int:
    """Words in the union of ``spans`` of ``text``."""
    total, at = 0, 0
    for start, end in sorted(spans):
        start = max(start, at)
        if end > start:
            total += len(WORD.findall(text, start, end))
            at = end
    return total


def label_rows(profiles: list[SourceProfile], view: str) -> list[tuple[str, list]]:
    """Labels by name, each with a cell for every profile in turn: (count, Rate) or None when
    the source has too little text in ``view``."""
    names = dict(FramingLabel.objects.values_list("slug", "name"))
    views = [getattr(profile, view) for profile in profiles]
    slugs = sorted({slug for counted in views for slug in counted.labels})
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
