"""Writes to sources and documents. Every create and update of these models goes through here."""

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import reduce
from operator import or_

from celery.exceptions import SoftTimeLimitExceeded
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from desk.roles import require_editor
from desk.services import model_delete_or_retire, model_update

from . import access, reprints
from .languages import document_language
from .models import Document, DocumentTaskRun, Source, SourceAlias, SourceProposal, alias_key
from .signals import document_created, source_proposal_confirmed
from .text import language_tag

DOCUMENT_EDITABLE_FIELDS = frozenset(
    {"title", "url", "publisher", "published_at", "language", "text"}
)
SOURCE_EDITABLE_FIELDS = frozenset(
    {"name", "short_name", "kind", "country", "state_affiliated", "parent", "description", "url"}
)


@transaction.atomic
def source_create(
    *,
    name: str,
    kind: str = Source.Kind.OTHER,
    short_name: str = "",
    country: str = "",
    state_affiliated: bool = False,
    parent: Source | None = None,
    description: str = "",
    url: str = "",
    aliases: Iterable[str] = (),
) -> Source:
    source = Source(
        name=name.strip(),
        short_name=short_name.strip(),
        kind=kind,
        country=country.strip().upper(),
        state_affiliated=state_affiliated,
        parent=parent,
        description=description,
        url=url,
    )
    source.full_clean()
    aliases = aliases_checked(aliases)
    source.save()
    for alias in aliases:
        source_alias_add(source=source, alias=alias)
    return source


@transaction.atomic
def source_update(
    *,
    source: Source,
    aliases: Sequence[str] | None = None,
    actor: AbstractBaseUser | None = None,
    **fields,
) -> Source:
    """Change a source's fields; with ``aliases``, its aliases become exactly those (see
    ``source_aliases_replace``), in the same transaction."""
    model_update(instance=source, fields=fields, editable=SOURCE_EDITABLE_FIELDS)
    if aliases is not None:
        source_aliases_replace(source=source, aliases=aliases, actor=actor)
    return source


ALIAS_MAX_LENGTH = SourceAlias._meta.get_field("alias").max_length


def aliases_checked(aliases: Iterable[str], *, source: Source | None = None) -> list[str]:
    """``aliases`` with runs of white space collapsed, once each is known to be usable.

    Otherwise a ``ValidationError`` on ``aliases`` names every one at fault: empty, longer
    than an alias may be, listed twice, or already another source's name, short name or
    alias (a name two sources share would link to neither). ``source`` is the source they
    are for, once it exists.
    """
    cleaned: list[str] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for position, alias in enumerate(aliases, 1):
        alias = " ".join(str(alias).split())
        key = alias_key(alias)
        if not alias:
            problems.append(f"Alias {position} is empty.")
        elif len(alias) > ALIAS_MAX_LENGTH:
            problems.append(
                f"\u201c{alias[:40]}\u2026\u201d has {len(alias)} characters; an alias may "
                f"have {ALIAS_MAX_LENGTH}."
            )
        elif key in seen:
            problems.append(
                f"\u201c{alias}\u201d is listed twice (also as \u201c{seen[key]}\u201d): "
                "aliases are compared without regard to case."
            )
        else:
            seen[key] = alias
            cleaned.append(alias)
    others = Source.objects.exclude(pk=source.pk) if source is not None else Source.objects
    owners = {
        key: f"an alias of {owner}"
        for key, owner in SourceAlias.objects.filter(key__in=list(seen))
        .exclude(source=source)
        .values_list("key", "source__name")
    }
    if seen:
        matching = reduce(
            or_, (Q(name__iexact=alias) | Q(short_name__iexact=alias) for alias in cleaned)
        )
        for other_name, short_name in others.filter(matching).values_list("name", "short_name"):
            owners.setdefault(alias_key(other_name), f"the name of {other_name}")
            if short_name:
                owners.setdefault(alias_key(short_name), f"the short name of {other_name}")
    problems += [
        f"\u201c{alias}\u201d is already {owners[alias_key(alias)]}."
        for alias in cleaned
        if alias_key(alias) in owners
    ]
    if problems:
        raise ValidationError({"aliases": problems})
    return cleaned


@transaction.atomic
def source_aliases_replace(
    *, source: Source, aliases: Sequence[str], actor: AbstractBaseUser | None
) -> None:
    """Make ``aliases`` the source's aliases: the ones it lacks are added, the ones not listed
    removed (by editors only), and the ones it has are kept as they are, the same rows (a
    change of case or spacing rewrites the row's text). Nothing changes unless all of
    ``aliases`` can be used."""
    wanted = {alias_key(alias): alias for alias in aliases_checked(aliases, source=source)}
    current = {row.key: row for row in source.aliases.all()}
    remove = [row for key, row in current.items() if key not in wanted]
    if remove and actor is None:
        raise PermissionDenied("Only editors remove a source's aliases.")
    source_set_aliases(
        source=source,
        actor=actor,
        add=[alias for key, alias in wanted.items() if key not in current],
        change=[
            (current[key], alias)
            for key, alias in wanted.items()
            if key in current and current[key].alias != alias
        ],
        remove=remove,
    )


def source_alias_add(*, source: Source, alias: str) -> SourceAlias:
    source_alias = SourceAlias(source=source, alias=alias)
    source_alias.full_clean()
    source_alias.save()
    return source_alias


SOURCE_ALIAS_EDITABLE_FIELDS = frozenset({"alias", "source"})


@transaction.atomic
def source_alias_update(*, source_alias: SourceAlias, **fields) -> SourceAlias:
    before = source_alias.source_id
    model_update(
        instance=source_alias,
        fields=fields,
        editable=SOURCE_ALIAS_EDITABLE_FIELDS,
        derived=("key",),
    )
    # A renamed alias leaves the aliases' count and newest id as they were: the sources it
    # belonged to are touched, so that the name index (sources.names.source_index) sees it.
    Source.objects.filter(pk__in={before, source_alias.source_id}).update(updated_at=timezone.now())
    return source_alias


@transaction.atomic
def source_alias_delete(*, source_alias: SourceAlias, actor: AbstractBaseUser) -> None:
    require_editor(actor, "Only editors remove a source's aliases.")
    source_alias.delete()


@transaction.atomic
def source_set_aliases(
    *, source: Source, actor: AbstractBaseUser, add=(), change=(), remove=()
) -> list[SourceAlias]:
    """Edit a source's aliases at once: ``add`` new names, ``change`` (alias row, new name)
    pairs, ``remove`` alias rows. Returns the aliases added."""
    for source_alias in remove:
        source_alias_delete(source_alias=source_alias, actor=actor)
    for source_alias, alias in change:
        source_alias_update(source_alias=source_alias, alias=alias)
    return [source_alias_add(source=source, alias=alias) for alias in add]


@transaction.atomic
def document_create(
    *,
    title: str,
    text: str,
    publisher: Source,
    url: str = "",
    canonical_url: str = "",
    published_at: datetime | None = None,
    language: str = "",
    created_by: AbstractBaseUser | None = None,
    external_collection: str = "",
    external_id: str = "",
    external_meta: dict | None = None,
) -> Document:
    """Ingest a document: its text is normalised (NFC, ``\\n`` line ends) and hashed once, and
    its language read from it when unset or clearly wrong (``sources.languages``). Other apps'
    receivers of ``document_created`` queue what follows (extraction, lexicon) unless it is a
    reprint of an earlier document (``sources.reprints``), which is linked to it here.

    A document imported from a corpus or a tool keeps that collection's id for it
    (``external_collection``, ``external_id``): one document per id and collection, and what
    else the file said of it (``external_meta``). One fetched from the web keeps the address it
    is canonically at (``canonical_url``, see ``sources.ingesting``): one document per address."""
    language = language_tag(language)
    document = Document(
        external_collection=external_collection.strip(),
        external_id=external_id.strip(),
        external_meta=external_meta or {},
        title=title.strip(),
        text=text,
        publisher=publisher,
        url=url,
        canonical_url=canonical_url,
        published_at=published_at,
        language=document_language(text, language) if text else language,
        language_given=language,
        created_by=created_by,
    )
    document.full_clean()
    document.save()
    # Before the receivers run: they skip what a reprint must not count twice.
    reprints.document_fingerprint(document=document)
    document_created.send(sender=Document, document=document)
    return document


@transaction.atomic
def document_update(*, document: Document, **fields) -> Document:
    """Change a document's metadata; its text only while nothing points into it."""
    # Lock the row so that a claim created meanwhile cannot slip in under a text change.
    Document.objects.select_for_update().filter(pk=document.pk).first()
    derived = ["sha256"] if "text" in fields else []
    if "language" in fields or ("text" in fields and not document.language_given):
        # A language given anew is checked against the text; one that was detected is
        # detected again from a new text.
        given = language_tag(fields.get("language", document.language_given))
        text = fields.get("text", document.text)
        fields = {**fields, "language": document_language(text, given) if text else given}
        document.language_given = given
        derived.append("language_given")
    before = document.sha256
    model_update(
        instance=document, fields=fields, editable=DOCUMENT_EDITABLE_FIELDS, derived=tuple(derived)
    )
    if document.sha256 != before:
        # Later documents are compared with the text as it now reads.
        document.bands.all().delete()
        reprints.document_bands_store(document=document)
    return document


def document_external_id_set(*, document: Document, collection: str, external_id: str) -> bool:
    """Record that a document the desk already had is ``external_id`` of ``collection``
    (an import found its very text under the same publisher). A document keeps the first
    such id it was given; True when this one was recorded."""
    changed = Document.objects.filter(pk=document.pk, external_id="").update(
        external_collection=collection, external_id=external_id, updated_at=timezone.now()
    )
    if changed:
        document.external_collection, document.external_id = collection, external_id
    return bool(changed)


@transaction.atomic
def source_proposal_record(*, name: str, document: Document) -> SourceProposal:
    """Note that ``name`` names an unknown speaker or relay in ``document``.

    One proposal per name (compared as aliases are); a name already decided keeps its decision.
    """
    name = " ".join(name.split())[:200]
    key = alias_key(name)
    try:
        with transaction.atomic():
            proposal, _ = SourceProposal.objects.get_or_create(key=key, defaults={"name": name})
    except IntegrityError:  # another run recorded it first
        proposal = SourceProposal.objects.get(key=key)
    proposal.documents.add(document)
    return proposal


def _proposal_to_decide(proposal: SourceProposal, actor: AbstractBaseUser) -> SourceProposal:
    if not actor.has_perm("sources.change_sourceproposal"):
        raise PermissionDenied("Only editors decide on proposed sources.")
    proposal = SourceProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.state != SourceProposal.State.PENDING:
        raise ValidationError(
            f"{proposal.name!r} was already decided: {proposal.get_state_display().lower()}."
        )
    return proposal


@transaction.atomic
def source_proposal_confirm(
    *,
    proposal: SourceProposal,
    actor: AbstractBaseUser,
    kind: str = Source.Kind.OTHER,
    country: str = "",
    existing: Source | None = None,
    name: str = "",
) -> Source:
    """Confirm a proposed source: as a new source, or as another name of ``existing``.

    A new source takes ``name`` when given: the name as it should stand, where the text gave
    it inflected ("Ильина" for "Сергей Ильин"). The proposed form is then kept as an alias,
    so that the text's form still links to it.

    The documents it was found in are extracted again once this commits, so that their
    statements by it become suggested claims.
    """
    proposal = _proposal_to_decide(proposal, actor)
    if existing is not None:
        source_alias_add(source=existing, alias=proposal.name)
        source = existing
    else:
        name = " ".join(name.split()) or proposal.name
        source = source_create(
            name=name,
            kind=kind,
            country=country,
            aliases=[] if alias_key(name) == proposal.key else [proposal.name],
        )
    proposal.state = SourceProposal.State.CONFIRMED
    proposal.source = source
    proposal.decided_by = actor
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["state", "source", "decided_by", "decided_at", "updated_at"])
    document_ids = list(proposal.documents.values_list("pk", flat=True))
    source_proposal_confirmed.send(
        sender=SourceProposal, proposal=proposal, document_ids=document_ids
    )
    return source


@transaction.atomic
def source_proposal_reject(*, proposal: SourceProposal, actor: AbstractBaseUser) -> None:
    """Reject a proposed source: extraction will not propose that name again."""
    proposal = _proposal_to_decide(proposal, actor)
    proposal.state = SourceProposal.State.REJECTED
    proposal.decided_by = actor
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["state", "decided_by", "decided_at", "updated_at"])


def document_task_run(*, document_id: int, kind: str, work: Callable[[Document], int]) -> int:
    """Run ``work`` (a background task's body) on a document and record the run on it.

    The record says the run started, then that it was done and what ``work`` returned (how
    many items it added), or that it failed and why; a run that is done clears an earlier
    failure. A failure is raised again once recorded. Returns 0 for a document deleted since
    the task was queued.
    """
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        return 0
    _record_run(document, kind, state=DocumentTaskRun.State.RUNNING)
    try:
        added = work(document)
    except Exception as error:
        if not connection.in_atomic_block and not connection.is_usable():
            # A time limit can strike in the middle of a query: start on a new connection.
            connection.close()
        _record_run(document, kind, state=DocumentTaskRun.State.FAILED, error=run_error(error))
        raise
    _record_run(document, kind, state=DocumentTaskRun.State.DONE, added=added)
    return added


def run_error(error: Exception) -> str:
    """What the document's page says about a failed run. A time limit that strikes inside a
    query surfaces as the database error of the transaction it broke: the limit is the cause."""
    cause, seen = error, []
    while cause is not None and cause not in seen:
        seen.append(cause)
        if isinstance(cause, SoftTimeLimitExceeded):
            break
        suppressed = cause.__suppress_context__
        cause = cause.__cause__ or (None if suppressed else cause.__context__)
    if isinstance(cause, SoftTimeLimitExceeded):
        return (
            "Stopped: the run took longer than its time limit "
            "(PARALLAX_EXTRACTION_TIME_LIMIT seconds)."
        )
    return f"{type(error).__name__}: {error}"


def _record_run(
    document: Document, kind: str, *, state: str, added: int | None = None, error: str = ""
) -> None:
    now = timezone.now()
    finished = state != DocumentTaskRun.State.RUNNING
    run = DocumentTaskRun(
        document=document,
        kind=kind,
        state=state,
        started_at=now,
        finished_at=now if finished else None,
        added=added,
        error=error,
    )
    # One statement, whether this is the document's first run of its kind or not, and whether
    # another run of it writes at the same moment. A finished run keeps the time it started.
    fields = ["state", "finished_at", "added", "error"]
    DocumentTaskRun.objects.bulk_create(
        [run],
        update_conflicts=True,
        unique_fields=["document", "kind"],
        update_fields=fields if finished else ["started_at", *fields],
    )


def document_delete(*, document: Document, actor: AbstractBaseUser) -> bool:
    """Delete a document (editors), or retire it once claims or framing spans are on it.
    True when it was deleted."""
    if not access.may_delete(actor):
        raise PermissionDenied("Only editors delete documents.")
    return model_delete_or_retire(instance=document)


def source_delete(*, source: Source, actor: AbstractBaseUser) -> bool:
    """Delete a source (editors), or retire it once it published documents or made claims.
    True when it was deleted."""
    if not access.may_delete(actor):
        raise PermissionDenied("Only editors delete sources.")
    return model_delete_or_retire(instance=source)
