"""Adding a document by its address: fetch the page, read its text and metadata, keep the raw
HTML as a snapshot, and create the document under the source whose site it is, through
``document_create`` (so that language detection, claim extraction and lexicon suggestions run
as for a pasted text).

The same address, the address it redirects to, or the page's canonical address, is one
document: fetching it again records a new snapshot of that document, and a text that changed
becomes a new version of the document (``sources.versioning``). The fetch runs outside any
transaction; what it writes (the snapshot, the document, a version) is written in one, so a
failure leaves nothing half-written.
"""

import hashlib
import urllib.parse
import zlib
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone

from desk.roles import is_desk_member, require_editor

from .fetching import Fetched, FetchError, address_normalised, fetch
from .fingerprints import MIN_SHINGLES, shingles, similarity
from .models import Document, Feed, Snapshot, Source, SourceDomain
from .page_reading import PageRead, page_read
from .services import document_create
from .text import text_sha256
from .versioning import current_version_locked, document_text_changed


@dataclass(frozen=True)
class Ingested:
    document: Document
    snapshot: Snapshot
    created: bool  # a new document
    text_changed: bool  # a known document whose page now reads differently


def document_ingest_url(
    *,
    url: str,
    actor: AbstractBaseUser | None,
    source: Source | None = None,
    feed: Feed | None = None,
    document: Document | None = None,
) -> Ingested:
    """Fetch ``url`` and add it as a document, or record a new snapshot of the document it
    already is. ``source`` is the publisher when the address's site belongs to no source (a
    feed's items are its source's). ``document`` is the document the address is known to be
    (fetching a pasted document's ``url`` again). ``actor`` is None for the desk's own
    background work.

    Raises FetchError (a ValidationError) with a message for whoever gave the address, or
    PermissionDenied for someone outside the desk."""
    if actor is not None and not is_desk_member(actor):
        raise PermissionDenied("Only reviewers and editors add documents.")
    url = address_normalised(url)
    fetched = fetch(url)
    read = page_read(fetched.body, url=fetched.final_url)
    addresses = list(dict.fromkeys([url, fetched.final_url, read.canonical_url]))
    publisher = source
    if publisher is None and document_for_addresses(addresses) is None:
        publisher = source_for_address(fetched.final_url)
        if publisher is None:
            raise FetchError(
                f"No source has the site {_host(fetched.final_url)}: add the domain to its "
                "source (Sources and documents → Source domains), or choose the source."
            )
    try:
        with transaction.atomic():
            return _record(
                fetched, read, addresses, publisher=publisher, actor=actor, feed=feed, hint=document
            )
    except IntegrityError:
        # Another fetch of the same page created its document first: this one is a snapshot of
        # it. (Its savepoint is rolled back; the other's row is visible once it committed.)
        with transaction.atomic():
            return _record(
                fetched, read, addresses, publisher=publisher, actor=actor, feed=feed, hint=document
            )


def _record(
    fetched: Fetched,
    read: PageRead,
    addresses: list[str],
    *,
    publisher: Source | None,
    actor: AbstractBaseUser | None,
    feed: Feed | None,
    hint: Document | None,
) -> Ingested:
    known = document_for_addresses(addresses, lock=True)
    if known is None and hint is not None:
        known = Document.objects.select_for_update().filter(pk=hint.pk).first()
    if known is None and publisher is not None:
        # A text the publisher already has (pasted, imported) is that document, not a copy.
        known = (
            Document.objects.select_for_update()
            .filter(publisher=publisher, sha256=text_sha256(read.text))
            .first()
        )
    if known is not None:
        # The story as it stands: an address found an earlier version, or a page edited since.
        known = current_version_locked(known)
        if not known.canonical_url:
            # From now on its address finds it (only the current version holds it).
            Document.objects.filter(pk=known.pk, canonical_url="").update(
                canonical_url=read.canonical_url, updated_at=timezone.now()
            )
            known.canonical_url = read.canonical_url
        document = known
        if text_sha256(read.text) != known.sha256:
            _refuse_another_story(known, read, fetched)
            # The outlet edited the story: a new version, its claims and spans placed on it.
            document = document_text_changed(
                document=known, text=read.text, title=read.title, actor=actor
            )
        snapshot = _snapshot_create(document, fetched, read, actor=actor, feed=feed)
        return Ingested(
            document=document, snapshot=snapshot, created=False, text_changed=document != known
        )
    if publisher is None:  # the document it was found to be is gone since
        raise FetchError(f"{fetched.url} was just removed from the desk; fetch it again.")
    try:
        with transaction.atomic():
            document = document_create(
                title=read.title or fetched.final_url[:500],
                text=read.text,
                publisher=publisher,
                url=fetched.final_url,
                canonical_url=read.canonical_url,
                published_at=read.published_at,
                language=read.language,
                created_by=actor,
            )
    except ValidationError as error:
        if _names_a_duplicate(error):
            raise IntegrityError("fetched by another request meanwhile") from error
        raise FetchError(
            f"{fetched.final_url} cannot be added: {' '.join(error.messages)}"
        ) from None
    snapshot = _snapshot_create(document, fetched, read, actor=actor, feed=feed)
    return Ingested(document=document, snapshot=snapshot, created=True, text_changed=False)


# What full_clean says when another fetch of the page added its document a moment ago.
_DUPLICATE_MESSAGES = frozenset(
    constraint.violation_error_message
    for constraint in Document._meta.constraints
    if constraint.name in ("document_unique_canonical_url", "document_unique_text_per_publisher")
)


def _names_a_duplicate(error: ValidationError) -> bool:
    return bool(_DUPLICATE_MESSAGES & set(error.messages))


def _snapshot_create(
    document: Document,
    fetched: Fetched,
    read: PageRead,
    *,
    actor: AbstractBaseUser | None,
    feed: Feed | None,
) -> Snapshot:
    return Snapshot.objects.create(
        document=document,
        url=fetched.url,
        final_url=fetched.final_url,
        status=fetched.status,
        fetched_at=fetched.fetched_at,
        content_type=fetched.content_type,
        sha256=hashlib.sha256(fetched.body).hexdigest(),
        size=len(fetched.body),
        html_compressed=zlib.compress(fetched.body, 6),
        text_sha256=text_sha256(read.text),
        metadata=read.metadata(),
        feed=feed,
        created_by=actor,
    )


def document_refetch(*, document: Document, actor: AbstractBaseUser | None) -> Ingested:
    """Fetch a document's page again ("Fetch again"): a new snapshot, and a changed text
    handed on. FetchError for a document with no address."""
    address = document.canonical_url or document.url
    if not address:
        raise FetchError(f"{document} has no address to fetch again.")
    return document_ingest_url(
        url=address, actor=actor, source=document.publisher, document=document
    )


# --- Reads ---------------------------------------------------------------------------------


# Below this share of word runs in common, a page that now reads otherwise is not an edit of
# its story: a removed article redirected to the home page, a consent wall, a soft 404.
SAME_STORY = 0.3


def _refuse_another_story(known: Document, read: PageRead, fetched: Fetched) -> None:
    """FetchError when the page now holds another text than an edit of ``known``'s (texts too
    short to tell are let through)."""
    old, new = shingles(known.text), shingles(read.text)
    if min(len(old), len(new)) < MIN_SHINGLES:
        return
    alike = similarity(old, new)
    if alike < SAME_STORY:
        raise FetchError(
            f"{fetched.final_url} now reads unlike document {known.pk} ({alike:.0%} of their "
            "word runs in common), so it was not made a new version of it: if the outlet did "
            "rewrite the story, paste the text as a New version of the document."
        )


def document_for_addresses(addresses: list[str], *, lock: bool = False) -> Document | None:
    """The document fetched from (or redirected to, or canonically at) any of ``addresses``.
    A pasted document's own ``url`` is not looked at (it is not indexed); a page with its
    text is found by its text (``_record``)."""
    documents = Document.objects.select_for_update() if lock else Document.objects
    # The condition of the canonical address's unique index, so that the index serves this.
    found = documents.exclude(canonical_url="").filter(canonical_url__in=addresses).first()
    if found is not None:
        return found
    snapshot = (
        Snapshot.objects.filter(Q(url__in=addresses) | Q(final_url__in=addresses))
        .values_list("document_id", flat=True)
        .first()
    )
    return documents.filter(pk=snapshot).first() if snapshot is not None else None


def known_addresses(addresses: list[str]) -> set[str]:
    """Which of ``addresses`` already are documents (as asked for, redirected to or
    canonical): a feed's poll fetches only the others."""
    known = set(
        Document.objects.exclude(canonical_url="")
        .filter(canonical_url__in=addresses)
        .values_list("canonical_url", flat=True)
    )
    known |= set(Snapshot.objects.filter(url__in=addresses).values_list("url", flat=True))
    return known


def last_fetched(addresses: list[str]) -> dict[str, datetime]:
    """When each of ``addresses`` was last fetched (as asked for), for those that were."""
    rows = (
        Snapshot.objects.filter(url__in=addresses)
        .values("url")
        .annotate(last=Max("fetched_at"))
        .values_list("url", "last")
    )
    return dict(rows)


def source_for_address(url: str) -> Source | None:
    """The source whose site ``url`` is on: its host or the nearest parent domain that a source
    has (``news.mod.gov.az`` is ``mod.gov.az``'s)."""
    host = _host(url)
    labels = host.split(".")
    if host.replace(".", "").isdigit():  # an address: no parent domains
        candidates = [host]
    else:
        candidates = [".".join(labels[i:]) for i in range(len(labels) - 1)]
    if not candidates:
        return None
    found = {
        row.domain: row.source
        for row in SourceDomain.objects.filter(domain__in=candidates).select_related("source")
    }
    return next((found[domain] for domain in candidates if domain in found), None)


def _host(url: str) -> str:
    return (urllib.parse.urlsplit(url).hostname or "").removeprefix("www.")


# --- Sites of sources --------------------------------------------------------------------------


def source_domain_add(
    *, source: Source, domain: str, actor: AbstractBaseUser | None
) -> SourceDomain:
    """Say that ``source`` publishes on ``domain`` (and its subdomains)."""
    if actor is not None and not is_desk_member(actor):
        raise PermissionDenied("Only reviewers and editors say which sites sources have.")
    domain = domain.strip().lower().rstrip(".").removeprefix("www.")
    row = SourceDomain(source=source, domain=domain)
    row.full_clean()
    row.save()
    return row


def source_domain_delete(*, source_domain: SourceDomain, actor: AbstractBaseUser) -> None:
    require_editor(actor, "Only editors remove a source's sites.")
    source_domain.delete()
