"""Reads of sources and documents that more than one caller shares."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from .models import Document, DocumentTaskRun, Source, SpanPlacement, alias_key

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


def placement_counts(version: Document) -> dict[str, int]:
    """How the spans of the version before were placed on ``version``: state → count."""
    counts = dict.fromkeys(("exact", "moved", "changed", "orphan"), 0)
    for state, count in (
        SpanPlacement.objects.filter(version=version)
        .values("state")
        .annotate(count=Count("id"))
        .values_list("state", "count")
    ):
        counts[state] = count
    return counts


def span_placements(span) -> QuerySet:
    """Where the new versions of its document placed ``span`` (a claim, a framing span),
    newest first, with the versions' titles and numbers."""
    return (
        SpanPlacement.objects.filter(span_model=span._meta.label_lower, span_id=span.pk)
        .select_related("version", "old_document")
        .defer("version__text", "old_document__text")
        .order_by("-id")
    )


def current_version(document: Document) -> Document:
    """The newest version of ``document``'s story (``document`` itself while it is current)."""
    while document.superseded_at is not None:
        following = Document.objects.defer("text").filter(previous_version=document).first()
        if following is None:
            break
        document = following
    return document
