"""Reads around imports of annotation files: options and uploads as a request gives them, a
run's files, preview and progress, and a preview as text or JSON (``annotations.importing``
makes the preview itself)."""

import io
import zipfile
from collections.abc import Mapping

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.core.exceptions import ValidationError

from sources.models import language_validator

from .importing import Options, Preview, parse, preview, problems_as_dicts
from .models import ImportRun


def options_from(data: Mapping) -> Options:
    """Options from a request, a command line or a stored run; a ValidationError names the
    option at fault."""
    errors = {}
    publisher = " ".join(str(data.get("publisher") or "").split())
    language = str(data.get("language") or "en").strip()
    try:
        language_validator(language)
    except ValidationError as error:
        errors["language"] = error.messages
    raw_map = data.get("label_map") or {}
    label_map: dict[str, tuple[str, ...]] = {}
    if not isinstance(raw_map, Mapping):
        errors["label_map"] = ["Give an object: file label → label slug, slugs or “create”."]
    else:
        for file_label, target in raw_map.items():
            slugs = (target,) if isinstance(target, str) else target
            if not isinstance(slugs, list | tuple) or not all(isinstance(s, str) for s in slugs):
                errors.setdefault("label_map", []).append(
                    f"“{file_label}”: give a label slug, a list of slugs or “create”."
                )
                continue
            slugs = tuple(slug.strip() for slug in slugs if slug.strip())
            if slugs:
                label_map[str(file_label)] = slugs
    offsets = str(data.get("offsets") or "").strip()
    if errors:
        raise ValidationError(errors)
    return Options(publisher, language, label_map, bool(data.get("skip_bad")), offsets)


# A zip's content is read into memory: past these, it is refused rather than unpacked.
ZIP_MAX_FILES = 20_000
ZIP_MAX_BYTES = 256 * 1024 * 1024


def uploaded_files(uploads: list[tuple[str, bytes]]) -> dict[str, bytes]:
    """Uploaded files by name, a ``.zip`` unpacked into its files (a folder's content in one
    upload). Two files of one name keep both, the second renamed; hidden files are left."""
    files: dict[str, bytes] = {}

    def add(name: str, content: bytes) -> None:
        name = name.strip("/") or "file"
        if any(part.startswith(".") or part == "__MACOSX" for part in name.split("/")):
            return
        unique, count = name, 1
        while unique in files:
            count += 1
            unique = f"{name} ({count})"
        files[unique] = content

    for name, content in uploads:
        if not name.lower().endswith(".zip"):
            add(name, content)
            continue
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                entries = [entry for entry in archive.infolist() if not entry.is_dir()]
                size = sum(entry.file_size for entry in entries)
                if len(entries) > ZIP_MAX_FILES or size > ZIP_MAX_BYTES:
                    raise ValidationError(
                        {
                            "files": f"{name} holds {len(entries):,} files, {size:,} bytes: "
                            f"at most {ZIP_MAX_FILES:,} files and {ZIP_MAX_BYTES:,} bytes."
                        }
                    )
                for entry in entries:
                    add(entry.filename, archive.read(entry))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as e:
            raise ValidationError(
                {"files": f"{name} is not a zip file that can be read: {e}"}
            ) from None
    return files


def run_files(run: ImportRun) -> dict[str, bytes]:
    return {name: bytes(content) for name, content in run.files.values_list("name", "content")}


def run_preview(run: ImportRun, *, actor: AbstractBaseUser) -> Preview:
    """The preview of a run's files with its options as they stand."""
    options = options_from(run.options)
    parsed = parse(files=run_files(run), format=run.format, options=options)
    return preview(parsed=parsed, format=run.format, options=options, actor=actor)


def progress_key(run_id: int) -> str:
    # The write is one transaction, invisible to other connections until it commits: its
    # progress goes through the cache, which the page polling it reads.
    return f"annotations:import-run:{run_id}:done"


def run_status(run: ImportRun) -> dict:
    """A run's state and progress, as the Import page polls it and the API answers."""
    done = run.done
    if run.state == ImportRun.State.RUNNING:
        done = min(int(cache.get(progress_key(run.pk)) or 0), run.total)
    return {
        "id": run.pk,
        "format": run.format,
        "state": run.state,
        "state_display": run.get_state_display(),
        "total": run.total,
        "done": done,
        "percent": round(100 * done / run.total)
        if run.total
        else (100 if run.state == "done" else 0),
        "finished": run.state in (ImportRun.State.DONE, ImportRun.State.FAILED),
        "error": run.error,
        "report": run.report,
        "created_at": run.created_at.isoformat(),
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
    }


def preview_lines(plan: Preview) -> list[str]:
    """The preview as lines of text (``import_annotations --dry-run``)."""
    creates_publisher = " (a new source)" if plan.creates_publisher else ""
    lines = [
        f"Format {plan.format}, collection {plan.collection}, language {plan.language}, "
        f"publisher {plan.publisher}{creates_publisher}.",
        f"Documents: {len(plan.new_documents)} to create, {len(plan.found_documents)} "
        "found in the desk.",
    ]
    for item in plan.documents:
        found = f"document {item.document_id}, by {item.how}" if item.document_id else "new"
        lines.append(f"  {item.key}: {item.title[:70]} ({found})")
    lines.append(f"Spans: {len(plan.spans)} to create, {len(plan.already_there)} already there.")
    if plan.pairs or plan.pairs_already_there:
        lines.append(
            f"Claim pairs: {len(plan.pairs)} to create, {len(plan.pairs_already_there)} "
            "already there."
        )
        lines += [
            f"  claims {pair.claim_a} and {pair.claim_b}: {pair.relation} ({pair.where})"
            for pair in plan.pairs
        ]
    lines.append("Labels:")
    for choice in plan.labels:
        label = f"“{choice.file_label}”" if choice.file_label else "(no label)"
        target = " + ".join(choice.names) or "?"
        lines.append(f"  {label} ({choice.spans} spans) → {target} [{choice.how}]")
        if choice.problem:
            lines.append(f"    refused: {choice.problem}")
    lines += [f"Label to create: {label.name} ({label.slug})" for label in plan.new_labels]
    lines += [f"Not read: {name}" for name in plan.ignored]
    lines += [f"Not imported: {note}" for note in plan.notes]
    if plan.refused:
        skip = "skipped" if plan.skip_bad else "refused: nothing will be written"
        lines.append(f"{len(plan.refused)} items {skip}:")
        lines += [f"  {problem}" for problem in plan.refused]
    return lines


def preview_as_dict(plan: Preview, *, limit: int | None = None) -> dict:
    """The preview as the API answers it (the first ``limit`` items of each list)."""
    return {
        "format": plan.format,
        "collection": plan.collection,
        "publisher": {"name": plan.publisher, "id": plan.publisher_id},
        "language": plan.language,
        "skip_bad": plan.skip_bad,
        "writable": plan.writable,
        "counts": {
            "documents_new": len(plan.new_documents),
            "documents_found": len(plan.found_documents),
            "spans_new": len(plan.spans),
            "spans_already_there": len(plan.already_there),
            "labels_new": len(plan.new_labels),
            "pairs_new": len(plan.pairs),
            "pairs_already_there": len(plan.pairs_already_there),
            "refused": len(plan.refused),
        },
        "documents": [
            {
                "key": item.key,
                "title": item.title,
                "file": item.where.file,
                "document": item.document_id,
                "how": item.how,
            }
            for item in plan.documents[:limit]
        ],
        "labels": [
            {
                "file_label": choice.file_label,
                "spans": choice.spans,
                "labels": list(choice.slugs),
                "how": choice.how,
                "problem": choice.problem,
            }
            for choice in plan.labels
        ],
        "new_labels": [label.slug for label in plan.new_labels],
        "pairs": [
            {
                "claim_a": pair.claim_a,
                "claim_b": pair.claim_b,
                "relation": pair.relation,
                "file": pair.where.file,
                "line": pair.where.line,
            }
            for pair in plan.pairs[:limit]
        ],
        "refused": problems_as_dicts(plan.refused[:limit]),
        "not_imported": problems_as_dicts(plan.notes[:limit]),
        "ignored_files": plan.ignored,
    }
