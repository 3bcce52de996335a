"""Reads of sources and documents that more than one caller shares."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import Document, DocumentTaskRun, Source, alias_key

# Clocks of web and worker machines may disagree by this much.
CLOCK_SKEW = timedelta(seconds=60)


def runs_cut_off_before() -> datetime:
    """A run still marked as running that started before this was killed past its hard time
    limit, or lost with its worker: it will never say how it ended."""
    limit = timedelta(seconds=settings.PARALLAX_EXTRACTION_HARD_TIME_LIMIT)
    return timezone.now() - limit - CLOCK_SKEW


def failed_runs_condition() -> Q:
    return Q(state=DocumentTaskRun.State.FAILED) | Q(
        state=DocumentTaskRun.State.RUNNING, started_at__lt=runs_cut_off_before()
    )


def run_failed(run: DocumentTaskRun) -> bool:
    """Whether ``run`` failed, or was cut off without a word."""
    if run.state == DocumentTaskRun.State.FAILED:
        return True
    return run.state == DocumentTaskRun.State.RUNNING and run.started_at < runs_cut_off_before()


def documents_whose_run_failed(*, kind: str) -> QuerySet[Document]:
    """The documents whose last run of ``kind`` failed or was cut off, oldest first."""
    runs = DocumentTaskRun.objects.filter(failed_runs_condition(), kind=kind)
    return Document.objects.filter(pk__in=runs.values("document_id")).order_by("pk")


def sources_matching(term: str) -> list[int]:
    """Ids of the sources whose name, short name or an alias contains ``term``."""
    term = term.strip()
    return list(
        Source.objects.filter(
            Q(name__icontains=term)
            | Q(short_name__icontains=term)
            | Q(aliases__alias__icontains=term)
        )
        .values_list("id", flat=True)
        .distinct()
    )


def source_named(name: str) -> Source | None:
    """The source called ``name`` (its name, short name or an alias, compared as aliases are),
    if the desk knows one."""
    key = alias_key(name)
    name = name.strip()
    return Source.objects.filter(
        Q(name__iexact=name) | Q(short_name__iexact=name) | Q(aliases__key=key)
    ).first()
