"""What a published verdict shows, frozen when it is published.

A verdict version is the desk's word on a claim as it stood when an editor approved it. Claims,
sources, incidents, documents and ratings stay editable afterwards (a summary reworded after a
reopen, a source renamed, an incident retitled), and none of that may change a verdict already
published: every public rendering (the verdicts API, ClaimReview and its feed, the public page,
webhooks, the public claims list) reads this snapshot, never the live rows. A change reaches
the public only with the next published version, the correction.

The snapshot is plain JSON: date-times as ISO 8601 in UTC, dates as ISO dates.
"""

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

from django.db.models import Q

from claims.models import Attribution, Claim, ClaimPair
from claims.status import Status
from sources.models import Source, SourceAlias, alias_key

from .models import Rating

SNAPSHOT_FORMAT = 1


def _moment(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _party(source: Source) -> dict:
    """A source as schema.org names an author or a publisher."""
    party = {
        "@type": "Person" if source.kind == Source.Kind.OFFICIAL else "Organization",
        "name": source.name,
    }
    if source.url:
        party["sameAs"] = source.url
    return party


def _claimreview_item(claim: Claim, relays: list[Source]) -> dict:
    """The ClaimReview ``itemReviewed``: the Claim, its author and where it appeared."""
    document = claim.document
    appearance = {"@type": "CreativeWork", "headline": document.title}
    if document.url:
        appearance["url"] = document.url
    if document.published_at:
        appearance["datePublished"] = document.published_at.astimezone(UTC).date().isoformat()
    appearance["publisher"] = _party(document.publisher)
    stated = claim.stated_on or (
        document.published_at.astimezone(UTC).date() if document.published_at else None
    )
    item = {"@type": "Claim", "author": _party(claim.speaker), "appearance": appearance}
    if stated:
        item["datePublished"] = stated.isoformat()
    return item


def verdict_snapshot(*, claim: Claim, rating: Rating, scale: tuple[int | None, int | None]) -> dict:
    """What consumers see of ``claim`` rated ``rating`` on a scale of (worst, best), now.

    ``claim`` is read afresh with everything it references, so that the snapshot is what the
    database holds inside the publishing transaction, not what a caller's instance remembers.
    """
    claim = Claim.objects.select_related("speaker", "incident", "document__publisher").get(
        pk=claim.pk
    )
    relays = [
        link.source
        for link in Attribution.objects.filter(claim=claim)
        .select_related("source")
        .order_by("position")
    ]
    speaker = claim.speaker
    aliases = [speaker.short_name] if speaker.short_name else []
    aliases += SourceAlias.objects.filter(source=speaker).values_list("alias", flat=True)
    return snapshot_of(
        claim=claim,
        relays=relays,
        rating=rating,
        scale=scale,
        speaker_aliases=aliases,
        accounts=other_accounts(claim),
    )


# A machine's suggestion the desk has not accepted, or a dismissed one, is nobody's account.
_NOT_ACCOUNTS = (Status.SUGGESTED, Status.DISMISSED)


def other_accounts(claim: Claim) -> list[dict]:
    """What other speakers said that the desk paired with ``claim`` (as contradicting or
    corroborating it), now: each paired claim's speaker, quote and document, and the relation.

    Published with the verdict, by the editor who publishes it, they show beside it whether or
    not those claims have verdicts of their own, but only from documents that are public
    elsewhere (they have an address): a text the desk keeps to itself (a tip, a transcript) is
    never published through a pair. What the desk is still doing with them (status, draft
    ratings, notes, the pair's rationale) is not part of it; nor are retired claims, or the
    speaker's own other claims.
    """
    pairs = (
        ClaimPair.objects.filter(Q(claim_a=claim) | Q(claim_b=claim))
        .select_related(
            "claim_a__speaker", "claim_a__document", "claim_b__speaker", "claim_b__document"
        )
        .order_by("created_at", "id")
    )
    accounts = []
    for pair in pairs:
        other = pair.claim_b if pair.claim_a_id == claim.pk else pair.claim_a
        if (
            other.retired_at is not None
            or other.status in _NOT_ACCOUNTS
            or other.speaker_id == claim.speaker_id
            or not other.document.url
        ):
            continue
        document = other.document
        accounts.append(
            {
                "claim": other.pk,
                "relation": pair.relation,
                "speaker": {"id": other.speaker_id, "name": other.speaker.name},
                "quote": other.quote,
                "document": {
                    "title": document.title,
                    "url": document.url,
                    "published_at": _moment(document.published_at),
                    "language": document.language,
                },
            }
        )
    return accounts


def snapshot_of(
    *,
    claim,
    relays: list,
    rating,
    scale: tuple[int | None, int | None],
    speaker_aliases: Sequence[str] = (),
    accounts: Sequence[dict] = (),
) -> dict:
    """The snapshot of a claim whose speaker, incident and document (with its publisher) are
    loaded, and of its relay chain's sources in order. Plain attribute reads only, so that the
    migration that gave earlier verdicts their snapshots can use it on historical models."""
    document, incident, speaker = claim.document, claim.incident, claim.speaker
    worst, best = scale
    return {
        "format": SNAPSHOT_FORMAT,
        "claim": {
            "id": claim.pk,
            "summary": claim.summary,
            "quote": claim.quote,
            "stated_on": _day(claim.stated_on),
            "speaker": {
                "id": speaker.pk,
                "name": speaker.name,
                "kind": speaker.kind,
                "country": speaker.country,
            },
            "relay_chain": [source.name for source in relays],
            "incident": None
            if incident is None
            else {
                "id": incident.pk,
                "title": incident.title,
                "starts_on": _day(incident.starts_on),
                "ends_on": _day(incident.ends_on),
                "place": incident.place,
            },
            "document": {
                "id": document.pk,
                "title": document.title,
                "url": document.url,
                "publisher": document.publisher.name,
                "published_at": _moment(document.published_at),
                "language": document.language,
            },
        },
        # The public claims list shows a claim's span and references by id.
        "span": {
            "document": document.pk,
            "start": claim.start,
            "end": claim.end,
            "publisher": document.publisher.pk,
        },
        "relay_chain_ids": [source.pk for source in relays],
        "rating": {
            "slug": rating.slug,
            "label": rating.label,
            "value": rating.value,
            "description": rating.description,
        },
        "scale": {"worst": worst, "best": best},
        "claimreview_item": _claimreview_item(claim, relays),
        # The speaker's other names (short name, aliases), which the public list searches.
        "speaker_aliases": list(speaker_aliases),
        # Other speakers' accounts paired with the claim (``other_accounts``).
        "accounts": list(accounts),
    }


def search_key(text: str) -> str:
    """How the public list compares names and titles: case-folded alike in every script and
    on every database (SQLite folds ASCII letters only, PostgreSQL as its locale says), runs of
    white space collapsed."""
    return alias_key(text)


def search_fields(snapshot: dict, *, aliases: Iterable[str] = ()) -> dict[str, str]:
    """The verdict's columns that the public list searches, from what it published: the
    speaker's name and other names, one a line, and the incident's title, as ``search_key``s.
    ``aliases`` stand in for a snapshot from before the speaker's aliases were frozen."""
    claim = snapshot.get("claim") or {}
    speaker, incident = claim.get("speaker") or {}, claim.get("incident") or {}
    names = [speaker.get("name", ""), *snapshot.get("speaker_aliases", aliases)]
    return {
        "search_speaker": "\n".join(dict.fromkeys(filter(None, map(search_key, names)))),
        "search_incident": search_key(incident.get("title", "")),
    }
