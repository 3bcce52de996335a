"""Reads of publishing's own records: reviews by other fact-checkers, and the desk's claims
they may concern."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q, QuerySet

from claims.candidates import trigrams
from claims.models import Claim
from claims.status import Status
from sources.selectors import sources_matching
from verification.selectors import published_verdicts

from .claimreview import claim_review
from .claimreview_reading import Reading, ReadReview, Refusal, Unreadable, read_claimreview
from .models import ExternalReview

# How many claims each way of looking (by words, by speaker) reads before ranking them.
SUGGESTION_POOL = 200
# Words of a claim this long or longer are worth looking for; the longest few are enough.
WORD_MIN_LENGTH = 4
WORDS_LOOKED_FOR = 6
SPEAKER_BONUS = 0.3
# A preview suggests claims for this many reviews of a file, the first ones.
SUGGESTED_REVIEWS = 20


def claim_external_reviews(claim_id: int) -> QuerySet[ExternalReview]:
    """The reviews by other fact-checkers linked to a claim, newest first."""
    return ExternalReview.objects.filter(claims__pk=claim_id).order_by(
        "-date_published", "-imported_at", "-id"
    )


def external_reviews() -> QuerySet[ExternalReview]:
    """Every imported review with the ids of its claims (two queries a page), newest first."""
    return (
        ExternalReview.objects.select_related("imported_by")
        .prefetch_related(Prefetch("claims", queryset=Claim.objects.only("id")))
        .order_by("-id")
    )


def external_reviews_there(reviews: Iterable[ReadReview]) -> dict[tuple[str, str], ExternalReview]:
    """Those of ``reviews`` the desk already has, by (url, author name)."""
    keys = {review.key for review in reviews}
    if not keys:
        return {}
    urls = {url for url, _ in keys}
    found = ExternalReview.objects.filter(url__in=urls)
    return {(r.url, r.author_name): r for r in found if (r.url, r.author_name) in keys}


def claimreview_read(data: object) -> Reading:
    """``data`` (parsed JSON) read as ClaimReviews; a shape that holds none is a
    ``ValidationError`` on ``data``."""
    try:
        return read_claimreview(data)
    except Unreadable as error:
        raise ValidationError({"data": str(error)}) from None


@dataclass(frozen=True)
class PreviewedReview:
    review: ReadReview
    #: The desk's copy, when it has the review already.
    there: ExternalReview | None
    suggestions: list["ClaimSuggestion"]


@dataclass(frozen=True)
class ClaimReviewPreview:
    """What importing a file would do, before it is done."""

    reviews: list[PreviewedReview]
    refused: list[Refusal]
    passed_over: list[tuple[int, str]]

    @property
    def new(self) -> list[PreviewedReview]:
        return [item for item in self.reviews if item.there is None]

    @property
    def already_there(self) -> list[PreviewedReview]:
        return [item for item in self.reviews if item.there is not None]


def claimreview_preview(data: object, *, suggestions: int = 5) -> ClaimReviewPreview:
    """Which reviews of ``data`` would be new, which the desk has, which are refused and why,
    and for the first reviews (a feed may hold thousands) the claims each may concern."""
    reading = claimreview_read(data)
    there = external_reviews_there(reading.reviews)
    return ClaimReviewPreview(
        reviews=[
            PreviewedReview(
                review,
                there.get(review.key),
                claims_suggested_for(review, limit=suggestions) if n < SUGGESTED_REVIEWS else [],
            )
            for n, review in enumerate(reading.reviews)
        ],
        refused=reading.refused,
        passed_over=reading.passed_over,
    )


@dataclass(frozen=True)
class ClaimSuggestion:
    claim: Claim
    score: float
    reasons: tuple[str, ...]


def claims_suggested_for(review: ReadReview, *, limit: int = 8) -> list[ClaimSuggestion]:
    """The desk's claims a review may concern, best first: claims whose summary or quote has
    the longest words of what the review says was claimed (the claims list's search, word by
    word), ranked by trigram similarity, and claims by a source whose name, short name or
    alias is the name the review gives the claim's author. A suggestion only: the person
    importing chooses."""
    words = _words(review.claim_reviewed)
    named = review.item_author_name
    # A name this short ("AP") would match inside too many others.
    speakers = set(sources_matching(named)) if len(named) >= 3 else set()
    pools = []
    if words:
        by_words = Q()
        for word in words:
            by_words |= Q(summary__icontains=word) | Q(quote__icontains=word)
        pools.append(_claims().filter(by_words))
    if speakers:
        pools.append(_claims().filter(speaker_id__in=speakers))
    pool = {claim.pk: claim for found in pools for claim in found[:SUGGESTION_POOL]}
    wanted = trigrams(review.claim_reviewed)
    suggestions = []
    for claim in pool.values():
        similarity = max(
            _jaccard(wanted, trigrams(claim.summary)), _jaccard(wanted, trigrams(claim.quote))
        )
        reasons = []
        shared = [w for w in words if w in claim.summary.lower() or w in claim.quote.lower()]
        if shared:
            reasons.append(f"words in common: {', '.join(shared[:4])}")
        score = similarity
        if claim.speaker_id in speakers:
            score += SPEAKER_BONUS
            same = named.casefold() == claim.speaker.name.casefold()
            reasons.append(f"said by {claim.speaker}" + ("" if same else f" (“{named}” to them)"))
        suggestions.append(ClaimSuggestion(claim, round(score, 3), tuple(reasons)))
    suggestions.sort(key=lambda s: (-s.score, -s.claim.pk))
    return suggestions[:limit]


def _claims() -> QuerySet[Claim]:
    return Claim.objects.exclude(status=Status.DISMISSED).select_related("speaker").order_by("-id")


def _words(text: str) -> list[str]:
    """The longest distinct words of ``text``, lower-cased."""
    words = {word for word in re.findall(r"\w+", text.lower()) if len(word) >= WORD_MIN_LENGTH}
    return sorted(words, key=lambda word: (-len(word), word))[:WORDS_LOOKED_FOR]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def claimreview_export(document_ids: Iterable[int] = ()) -> list[dict]:
    """ClaimReview JSON-LD of the claims in the documents given (every claim when none is):
    the desk's own fact-check of each (its latest published version), then other fact-checkers'
    reviews of them exactly as they were published. Three queries."""
    ids = list(document_ids)
    verdicts = published_verdicts().select_related(None).order_by("claim_id", "version")
    reviews = ExternalReview.objects.order_by("id")
    if ids:
        verdicts = verdicts.filter(claim__document_id__in=ids)
        reviews = reviews.filter(claims__document_id__in=ids).distinct()
    latest = {verdict.claim_id: verdict for verdict in verdicts}
    return [*(claim_review(verdict) for verdict in latest.values()), *(r.raw for r in reviews)]
