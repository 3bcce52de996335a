"""What an import makes of the relations a file draws between two spans (doccano's relations,
Label Studio's relation results): a pair of claims, when both spans are claims of the desk.

A span is a claim when the desk's document has a claim at exactly its offsets (its file label
is usually mapped to ``skip``, since it marks a claim rather than framing). A relation whose type
reads as a contradiction or a corroboration becomes a ``ClaimPair``; every other relation is
reported as skipped, with why, in the preview's notes. Reads only: one query for the claims and
one for their pairs, whatever the size of the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Q

from claims.models import Claim, ClaimPair

from .formats.base import Parsed, ParsedRelation, ParsedSpan, Problem, Where

if TYPE_CHECKING:
    from .importing import DocumentPlan, Preview

# A relation's type, as files name it, read case- and punctuation-blind.
RELATIONS = {
    "contradicts": ClaimPair.Relation.CONTRADICTS,
    "contradict": ClaimPair.Relation.CONTRADICTS,
    "contradiction": ClaimPair.Relation.CONTRADICTS,
    "contradicts with": ClaimPair.Relation.CONTRADICTS,
    "corroborates": ClaimPair.Relation.CORROBORATES,
    "corroborate": ClaimPair.Relation.CORROBORATES,
    "corroboration": ClaimPair.Relation.CORROBORATES,
    "supports": ClaimPair.Relation.CORROBORATES,
    "support": ClaimPair.Relation.CORROBORATES,
}


@dataclass(frozen=True)
class PairPlan:
    """Two claims the file relates, in id order, as ``ClaimPair`` stores them."""

    where: Where
    claim_a: int
    claim_b: int
    relation: str  # a ClaimPair.Relation
    kind: str  # the file's name for the relation


def relation_kind(name: str) -> str | None:
    """The pair relation a file's relation type means, or None."""
    words = " ".join("".join(c if c.isalnum() else " " for c in name.casefold()).split())
    return RELATIONS.get(words)


def plan_pairs(plan: Preview, parsed: Parsed, documents: dict[str, DocumentPlan | None]) -> None:
    """Adds to ``plan`` the pairs the file's relations make and a note for each one skipped."""
    if not parsed.relations:
        return
    # A relation joins spans of its own line (doccano) or task (Label Studio): two lines with
    # the same text are one document, and their entities' ids may well be the same numbers.
    spans = {(span.where, span.span_id): span for span in parsed.spans if span.span_id}
    document_ids = {
        key: document.document_id
        for key, document in documents.items()
        if document is not None and document.document_id is not None
    }
    claims = _claims_at(document_ids.values())
    planned: dict[tuple[int, int], PairPlan] = {}
    for relation in parsed.relations:
        first = spans.get((relation.where, relation.from_id))
        second = spans.get((relation.where, relation.to_id))
        document_id = document_ids.get(relation.text_key)
        reason, pair = _pair(relation, first, second, document_id, claims)
        if reason:
            plan.notes.append(_skipped(relation, reason))
        elif (pair.claim_a, pair.claim_b) in planned:
            plan.notes.append(_skipped(relation, "the file relates these two claims already"))
        else:
            planned[pair.claim_a, pair.claim_b] = pair
    paired = _paired(planned)
    for key, pair in planned.items():
        if key in paired:
            plan.pairs_already_there.append(pair)
        else:
            plan.pairs.append(pair)


def _pair(
    relation: ParsedRelation,
    first: ParsedSpan | None,
    second: ParsedSpan | None,
    document_id: int | None,
    claims: dict[tuple[int, int, int], list[int]],
) -> tuple[str, PairPlan | None]:
    kind = relation_kind(relation.kind)
    if kind is None:
        return f"its type “{relation.kind}” is neither a contradiction nor a corroboration", None
    if first is None or second is None:
        return "one of its spans is not imported", None
    if document_id is None:
        return "its text is new to the desk, which has no claims in it yet", None
    found = []
    for span in (first, second):
        at = claims.get((document_id, span.start, span.end), [])
        if len(at) != 1:
            what = "no claim" if not at else f"{len(at)} claims"
            return f"document {document_id} has {what} at {span.start}–{span.end}", None
        found.append(at[0])
    if found[0] == found[1]:
        return "both its spans are the same claim", None
    claim_a, claim_b = sorted(found)
    return "", PairPlan(relation.where, claim_a, claim_b, kind, relation.kind)


def _skipped(relation: ParsedRelation, reason: str) -> Problem:
    return Problem(
        relation.where,
        f"the relation {relation.kind} from span {relation.from_id} to span {relation.to_id} "
        f"is not imported: {reason}.",
        note=True,
    )


def _claims_at(document_ids) -> dict[tuple[int, int, int], list[int]]:
    claims: dict[tuple[int, int, int], list[int]] = {}
    rows = Claim.objects.filter(document_id__in=list(document_ids)).values_list(
        "document_id", "start", "end", "pk"
    )
    for document_id, start, end, pk in rows:
        claims.setdefault((document_id, start, end), []).append(pk)
    return claims


def _paired(planned: dict[tuple[int, int], PairPlan]) -> set[tuple[int, int]]:
    if not planned:
        return set()
    wanted = Q()
    for claim_a, claim_b in planned:
        wanted |= Q(claim_a=claim_a, claim_b=claim_b)
    return set(ClaimPair.objects.filter(wanted).values_list("claim_a", "claim_b"))
