"""Reprints: one agency story carried by several outlets is one text for the desk.

On ingest a document's fingerprint is stored (``sources.fingerprints``: MinHash bands) and
compared with the current documents of other publishers; those at least ``REPRINT_THRESHOLD``
alike are the same story, and the earliest of them (by publication date, else by when the desk
received it) is the original: every other one points to it (``reprint_of``). Extraction,
framing suggestions, contradiction candidates and framing profiles read originals only.
"""

from functools import reduce
from operator import or_

from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from .fingerprints import REPRINT_THRESHOLD, bands, each_within, shingles, similarity
from .models import Document, DocumentBand

# Candidates compared exactly for one document, most shared bands first: a story carried by
# more outlets than this is linked through the ones compared.
MAX_COMPARED = 50


def document_bands_store(*, document: Document) -> list[int] | None:
    """Store ``document``'s MinHash bands (nothing for a text too short to compare)."""
    values = bands(document.text)
    if values is not None:
        DocumentBand.objects.bulk_create(
            [
                DocumentBand(document=document, band=band, value=value)
                for band, value in enumerate(values)
            ]
        )
    return values


def document_fingerprint(*, document: Document) -> Document | None:
    """Store ``document``'s bands and link it to the story it reprints, or its earlier
    reprints to it when it is the earliest. Returns the original, or None for a text like no
    other publisher's."""
    values = document_bands_store(document=document)
    if values is None:
        return None
    matches = _matches(document, values)
    if not matches:
        return None
    roots = {other.reprint_of_id or other.pk for other, _ in matches}
    earliest = (
        Document.objects.filter(Q(pk__in=roots) | Q(pk=document.pk))
        .annotate(appeared=Coalesce("published_at", "created_at"))
        .order_by(F("appeared").asc(), "pk")
        .values_list("pk", flat=True)
        .first()
    )
    best = {other.pk: score for other, score in matches}
    if earliest == document.pk:
        _reroot(roots, document)
        return document
    document.reprint_of_id = earliest
    document.reprint_similarity = best.get(earliest, max(best.values()))
    Document.objects.filter(pk=document.pk).update(
        reprint_of=earliest, reprint_similarity=document.reprint_similarity
    )
    _reroot(roots - {earliest}, Document(pk=earliest))
    return document.reprint_of


def _matches(document: Document, values: list[int]) -> list[tuple[Document, float]]:
    """The current documents of other publishers that tell the same story, with how alike."""
    sharing = reduce(or_, (Q(band=band, value=value) for band, value in enumerate(values)))
    candidate_ids = list(
        DocumentBand.objects.filter(sharing)
        .exclude(document=document)
        .values_list("document_id", flat=True)
        .distinct()[: MAX_COMPARED * 4]
    )
    candidates = (
        Document.objects.filter(
            pk__in=candidate_ids, superseded_at__isnull=True, retired_at__isnull=True
        )
        .exclude(publisher_id=document.publisher_id)
        .only("pk", "text", "reprint_of", "published_at", "created_at")[:MAX_COMPARED]
    )
    own = shingles(document.text)
    found = []
    for other in candidates:
        theirs = shingles(other.text)
        score = similarity(own, theirs)
        if score >= REPRINT_THRESHOLD and each_within(own, theirs):
            found.append((other, score))
    return found


def _reroot(roots: set[int], original: Document) -> None:
    """Make ``original`` the original of the stories rooted at ``roots``, and of their
    reprints: a document received later turned out to be published earlier."""
    roots = roots - {original.pk}
    if roots:
        Document.objects.filter(Q(pk__in=roots) | Q(reprint_of__in=roots)).exclude(
            pk=original.pk
        ).update(reprint_of=original.pk, updated_at=timezone.now())
