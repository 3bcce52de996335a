"""Writes of annotation imports: a preview written all or nothing, and the import runs that
carry a write through the admin's and the API's confirmation to a background worker.

``annotations_import`` parses the files, plans them (``annotations.importing.preview``) and
writes the plan in one transaction: when any item is refused nothing is written
(``ImportRefused`` names each, with its file and line) unless ``skip_bad`` asks to write the
rest. Two imports of the same files at the same moment create each thing once: documents are
unique per collection id, labels per slug, sources per name, imported spans per document,
offsets and label (database constraints); the one that finds a row the other just created uses
it.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.models import Claim
from claims.services import claim_pair_create
from desk.exceptions import Conflict
from desk.outbox import outbox_enqueue
from desk.roles import is_desk_member
from sources.models import Document, Source
from sources.services import document_create, document_external_id_set, source_create
from sources.text import context_around

from . import tasks
from .formats.base import Files, Parsed, Problem
from .import_runs import options_from, progress_key, run_files
from .importing import Options, Preview, format_module, parse, preview, problems_as_dicts
from .models import Annotation, FramingLabel, ImportRun, ImportRunFile
from .services import SpanRow, framing_label_create, insert_spans

logger = logging.getLogger(__name__)

CHUNK = 1_000  # spans per INSERT, and between two progress reports
REPORTED_PROBLEMS = 1_000  # skipped items a run's report lists one by one
# Uploads previewed and never confirmed are dropped, with their files, after this long.
PREVIEW_KEPT = timedelta(days=7)


class ImportRefused(ValidationError):
    """Items of the files cannot be imported; nothing was written. The API answers 400."""

    def __init__(self, problems: list[Problem]):
        super().__init__([str(problem) for problem in problems] or ["Nothing to import."])
        self.problems = problems


@dataclass
class ImportResult:
    publisher: str = ""
    publisher_created: bool = False
    labels_created: list[str] = field(default_factory=list)
    documents_created: list[int] = field(default_factory=list)
    documents_found: list[int] = field(default_factory=list)
    spans_created: int = 0
    spans_already_there: int = 0
    pairs_created: int = 0
    pairs_already_there: int = 0
    skipped: list[Problem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "publisher": self.publisher,
            "publisher_created": self.publisher_created,
            "labels_created": self.labels_created,
            "documents_created": len(self.documents_created),
            "documents_found": len(self.documents_found),
            "document_ids": sorted({*self.documents_created, *self.documents_found}),
            "spans_created": self.spans_created,
            "spans_already_there": self.spans_already_there,
            "pairs_created": self.pairs_created,
            "pairs_already_there": self.pairs_already_there,
            "skipped": len(self.skipped),
            "skipped_items": problems_as_dicts(self.skipped[:REPORTED_PROBLEMS]),
        }


def _require_desk_member(actor: AbstractBaseUser | None) -> None:
    """``actor`` None is an administrator's command at the shell, which may do anything."""
    if actor is not None and not is_desk_member(actor):
        raise PermissionDenied("Only reviewers and editors import annotations.")


def annotations_import(
    *,
    files: Files,
    format: str,
    options: Options,
    actor: AbstractBaseUser | None,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import ``files`` in ``format``: all or nothing, or the good items with ``skip_bad``.
    ``actor`` is the desk member importing (None: an administrator's command at the shell);
    ``progress`` hears how many items are written so far."""
    _require_desk_member(actor)
    parsed = parse(files=files, format=format, options=options)
    return parsed_import(
        parsed=parsed, format=format, options=options, actor=actor, progress=progress
    )


def parsed_import(
    *,
    parsed: Parsed,
    format: str,
    options: Options,
    actor: AbstractBaseUser | None,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import what a format's ``parse`` gave (``annotations_import`` once the files are read)."""
    _require_desk_member(actor)
    with transaction.atomic():
        plan = preview(parsed=parsed, format=format, options=options, actor=actor)
        if not plan.writable or not (plan.spans or plan.already_there or plan.documents):
            raise ImportRefused(plan.refused)
        return _write(plan, actor, progress or (lambda done: None))


def _write(
    plan: Preview, actor: AbstractBaseUser | None, progress: Callable[[int], None]
) -> ImportResult:
    result = ImportResult(publisher=plan.publisher, skipped=list(plan.refused))
    done = 0
    _lock_found(plan)
    publisher = None
    if plan.new_documents:
        publisher, result.publisher_created = _publisher(plan)
        done += result.publisher_created
    labels = {label.slug: label for label in FramingLabel.objects.all()}
    for new in plan.new_labels:
        label, created = _once(
            lambda new=new: framing_label_create(
                name=new.name, slug=new.slug, category=new.category, description=new.description
            ),
            lambda new=new: FramingLabel.objects.filter(slug=new.slug).first(),
        )
        labels[label.slug] = label
        if created:
            result.labels_created.append(label.slug)
        done += 1
    progress(done)
    documents: dict[str, Document | int] = {}
    for item in plan.documents:
        if item.document_id is not None:
            documents[item.key] = item.document_id
            result.documents_found.append(item.document_id)
            if item.link:
                try:
                    with transaction.atomic():
                        document_external_id_set(
                            document=Document(pk=item.document_id),
                            collection=plan.collection,
                            external_id=item.key,
                        )
                except IntegrityError:
                    pass  # another import gave that id to the document it created meanwhile
            continue
        document, created = _once(
            lambda item=item: document_create(
                title=item.title,
                text=item.text,
                publisher=publisher,
                language=plan.language,
                created_by=actor,
                external_collection=plan.collection,
                external_id=item.key,
                external_meta=item.meta,
            ),
            lambda item=item: Document.objects.filter(
                external_collection=plan.collection, external_id=item.key
            ).first(),
        )
        documents[item.key] = document.pk
        (result.documents_created if created else result.documents_found).append(document.pk)
        done += 1
        if done % 50 == 0:
            progress(done)
    progress(done)
    texts = {item.key: item.text for item in plan.documents}
    rows = []
    for span in plan.spans:
        prefix, suffix = context_around(texts[span.key], span.start, span.end)
        rows.append(
            SpanRow(
                documents[span.key],
                span.start,
                span.end,
                span.quote,
                prefix,
                suffix,
                labels[span.label].pk,
                state=span.state,
                note=span.note,
                imported_annotator=span.annotator,
                imported_from=tuple(list(where) for where in span.imported_from),
            )
        )
    created = 0
    for at in range(0, len(rows), CHUNK):
        created += insert_spans(rows[at : at + CHUNK], origin=Annotation.Origin.IMPORT)
        done += len(rows[at : at + CHUNK])
        progress(done)
    result.spans_created = created
    # Spans another import wrote at the same moment were already there too.
    result.spans_already_there = len(plan.already_there) + len(rows) - created
    result.pairs_created = _write_pairs(plan, actor)
    result.pairs_already_there = (
        len(plan.pairs_already_there) + len(plan.pairs) - (result.pairs_created)
    )
    progress(done + len(plan.pairs))
    return result


def _write_pairs(plan: Preview, actor: AbstractBaseUser | None) -> int:
    """The claim pairs the files' relations make; one another import or a reviewer made
    meanwhile is left as it is."""
    claims = Claim.objects.in_bulk({pk for p in plan.pairs for pk in (p.claim_a, p.claim_b)})
    created = 0
    for pair in plan.pairs:
        if pair.claim_a not in claims or pair.claim_b not in claims:
            continue  # deleted since the preview
        try:
            with transaction.atomic():
                claim_pair_create(
                    claim_a=claims[pair.claim_a],
                    claim_b=claims[pair.claim_b],
                    relation=pair.relation,
                    rationale=f"Related as “{pair.kind}” in {pair.where}.",
                    created_by=actor,
                )
        except ValidationError:
            continue  # paired meanwhile
        created += 1
    return created


def _lock_found(plan: Preview) -> None:
    """Lock the documents the spans go into, as ``annotation_create`` does, so that no text
    changes under them; in id order, so that imports at the same moment queue, not deadlock."""
    ids = sorted({item.document_id for item in plan.documents if item.document_id})
    if not ids:
        return
    texts = dict(
        Document.objects.select_for_update()
        .filter(pk__in=ids)
        .order_by("pk")
        .values_list("pk", "text")
    )
    for item in plan.documents:
        if item.document_id and texts.get(item.document_id) != item.text:
            raise Conflict(f"Document {item.document_id} changed during the import: try again.")


def _publisher(plan: Preview) -> tuple[Source, bool]:
    if plan.publisher_id is not None:
        return Source.objects.get(pk=plan.publisher_id), False
    return _once(
        lambda: source_create(
            name=plan.publisher,
            kind=Source.Kind.OTHER,
            description=f"Publisher of the documents imported from {plan.collection}.",
        ),
        lambda: Source.objects.filter(name__iexact=plan.publisher).first(),
    )


def _once(create: Callable, existing: Callable) -> tuple:
    """``create()``, or the row another import created first (unique constraint): (row, True
    when this call created it)."""
    try:
        with transaction.atomic():
            return create(), True
    except (IntegrityError, ValidationError):
        row = existing()
        if row is None:
            raise
        return row, False


# --- Runs: the admin's Import page and the API ------------------------------------------------


def import_run_prepare(
    *, files: Files, format: str, options: Options, actor: AbstractBaseUser
) -> ImportRun:
    """Keep uploaded files for a preview and a confirmation to come (a week at most)."""
    _require_desk_member(actor)
    format_module(format)
    if not files:
        raise ValidationError({"files": "Choose a file, or a folder's files."})
    with transaction.atomic():
        ImportRun.objects.filter(
            state=ImportRun.State.PREVIEWED, updated_at__lt=timezone.now() - PREVIEW_KEPT
        ).delete()
        run = ImportRun.objects.create(format=format, options=options.as_dict(), created_by=actor)
        ImportRunFile.objects.bulk_create(
            ImportRunFile(run=run, name=name[:500], content=content)
            for name, content in files.items()
        )
    return run


def import_run_set_options(*, run: ImportRun, options: Options, actor: AbstractBaseUser) -> None:
    """Change a previewed run's options (the label mapping the person confirms)."""
    _require_owner(run, actor)
    updated = ImportRun.objects.filter(pk=run.pk, state=ImportRun.State.PREVIEWED).update(
        options=options.as_dict(), updated_at=timezone.now()
    )
    if not updated:
        raise Conflict("This import is no longer waiting for confirmation.")
    run.options = options.as_dict()


def _require_owner(run: ImportRun, actor: AbstractBaseUser) -> None:
    _require_desk_member(actor)
    if run.created_by_id != actor.pk:
        raise PermissionDenied("Only the person who uploaded these files confirms their import.")


@transaction.atomic
def import_run_confirm(*, run: ImportRun, actor: AbstractBaseUser) -> ImportRun:
    """Queue the write of a previewed run, once its preview (made again now) is writable;
    ImportRefused otherwise, naming each refused item."""
    _require_owner(run, actor)
    run = ImportRun.objects.select_for_update().get(pk=run.pk)
    if run.state != ImportRun.State.PREVIEWED:
        raise Conflict(f"This import is already {run.get_state_display().lower()}.")
    options = options_from(run.options)
    plan = preview(
        parsed=parse(files=run_files(run), format=run.format, options=options),
        format=run.format,
        options=options,
        actor=actor,
    )
    if not plan.writable or not (plan.spans or plan.already_there or plan.documents):
        raise ImportRefused(plan.refused)
    run.state = ImportRun.State.QUEUED
    run.total = plan.total
    run.save(update_fields=["state", "total", "updated_at"])
    outbox_enqueue(task=tasks.import_annotations, args=[run.pk])
    return run


def import_run_create(
    *, files: Files, format: str, options: Options, actor: AbstractBaseUser
) -> ImportRun:
    """Upload and confirm at once (the API): ImportRefused, and nothing kept, when an item is
    refused and ``skip_bad`` was not asked."""
    with transaction.atomic():
        run = import_run_prepare(files=files, format=format, options=options, actor=actor)
        return import_run_confirm(run=run, actor=actor)


def import_run_execute(*, run_id: int) -> None:
    """The worker's part: write a queued run, then record its report (or why it failed) and
    drop its files. A run that is not queued (done, or taken by another worker) is left."""
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.state != ImportRun.State.QUEUED:
            return
        run.state = ImportRun.State.RUNNING
        run.save(update_fields=["state", "updated_at"])
    key = progress_key(run.pk)
    cache.set(key, 0, timeout=24 * 3600)
    fields = ["state", "done", "report", "error", "finished_at", "updated_at"]
    try:
        result = annotations_import(
            files=run_files(run),
            format=run.format,
            options=options_from(run.options),
            actor=run.created_by,
            progress=lambda done: cache.set(key, done, timeout=24 * 3600),
        )
    except ImportRefused as refused:
        run.state, run.error = ImportRun.State.FAILED, "Items are refused; nothing was written."
        run.report = {"refused": problems_as_dicts(refused.problems[:REPORTED_PROBLEMS])}
    except Exception as error:  # recorded for the person waiting; the write rolled back
        logger.exception("Import run %s failed", run.pk)
        run.state, run.error = ImportRun.State.FAILED, f"{type(error).__name__}: {error}"
    else:
        run.state, run.done, run.report = ImportRun.State.DONE, run.total, result.as_dict()
    run.finished_at = timezone.now()
    with transaction.atomic():
        run.save(update_fields=fields)
        run.files.all().delete()
    cache.delete(key)
