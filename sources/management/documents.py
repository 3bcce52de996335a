"""Choosing documents by id on a command line, and running a background task's body on them."""

import sys
from collections.abc import Callable

from django.core.management.base import BaseCommand, CommandError
from django.db.models import QuerySet
from tqdm import tqdm

from sources.models import Document
from sources.services import run_error


def documents_by_id(ids: list[int]) -> QuerySet[Document]:
    """The documents with these ids (all documents when none are given), in id order.

    An id that names no document stops the command with a message naming it.
    """
    queryset = Document.objects.order_by("pk")
    if not ids:
        return queryset
    queryset = queryset.filter(pk__in=ids)
    missing = set(ids) - set(queryset.values_list("pk", flat=True))
    if missing:
        raise CommandError(f"No document with id {', '.join(map(str, sorted(missing)))}.")
    return queryset


def run_on_documents(
    command: BaseCommand,
    document_ids: list[int],
    *,
    run: Callable[..., int],
    progress: bool = True,
) -> tuple[int, int]:
    """Call ``run(document_id=…)``, a recorded background run, for each document, with a
    progress bar. A document whose run fails again is named, with why (its page says so too),
    and the others still run. Returns what the runs added and how many failed."""
    added = failed = 0
    bar = tqdm(document_ids, unit=" documents", disable=not progress, file=sys.stderr)
    for document_id in bar:
        try:
            added += run(document_id=document_id)
        except Exception as error:  # recorded on the document; the next one still runs
            failed += 1
            bar.write(f"Document {document_id}: {run_error(error)}", file=command.stderr, end="")
    return added, failed
