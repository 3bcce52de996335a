"""What other apps add to the document admin.

``sources`` may not import the apps above it (``claims``, ``annotations``), yet a document's
page shows their inlines and highlights. Those apps' ``admin`` modules fill the registries
below when Django imports them; ``DocumentAdmin`` reads them on each request.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib import admin, messages
from django.db import transaction

from desk.outbox import outbox_enqueue

from .highlight import Span
from .models import Document


@dataclass(frozen=True)
class LegendEntry:
    """One swatch of the document page's legend: the classes a highlight carries, and a name."""

    classes: tuple[str, ...]
    label: str


# Inline classes shown on a document's change page, after the document's own.
document_inlines: list[type[admin.options.InlineModelAdmin]] = []
# Functions returning the spans to highlight in a document's text (one query each, please).
document_span_providers: list[Callable[[Document], Iterable[Span]]] = []
# Functions returning the legend entries for those highlights.
document_legend_providers: list[Callable[[], Iterable[LegendEntry]]] = []
# Admin actions offered on the document list, as functions (model_admin, request, queryset).
document_actions: list[Callable] = []


def queue_for_documents(
    model_admin, request, queryset, *, task, allowed: bool, refusal: str, requested: str
) -> None:
    """The body of a document-list action that queues ``task`` for each selected document.

    ``refusal`` is shown when the user may not; ``requested`` after queueing, with ``{count}``
    and ``{s}`` (the plural ending) filled in."""
    if not allowed:
        model_admin.message_user(request, refusal, messages.ERROR)
        return
    documents = list(queryset.values_list("pk", flat=True))
    with transaction.atomic():
        for document_id in documents:
            outbox_enqueue(task=task, args=[document_id])
    plural = "s" * (len(documents) != 1)
    model_admin.message_user(
        request, requested.format(count=len(documents), s=plural), messages.SUCCESS
    )


@dataclass(frozen=True)
class DocumentLink:
    """A button among a document page's object tools: a name and where it leads."""

    label: str
    url: str


# Functions returning links to other pages about a document (its annotation page, …).
document_link_providers: list[Callable[[Document], Iterable[DocumentLink]]] = []


# Functions returning notices for a document's page: what the desk cannot do with it.
document_notice_providers: list[Callable[[Document], Iterable[str]]] = []


def register_document_extension(
    *,
    inlines: Iterable[type[admin.options.InlineModelAdmin]] = (),
    spans: Callable[[Document], Iterable[Span]] | None = None,
    legend: Callable[[], Iterable[LegendEntry]] | None = None,
    actions: Iterable[Callable] = (),
    links: Callable[[Document], Iterable[DocumentLink]] | None = None,
    notices: Callable[[Document], Iterable[str]] | None = None,
) -> None:
    """Add inlines, a span provider, a legend provider, list actions, a link provider and a
    notice provider, once each."""
    for inline in inlines:
        if inline not in document_inlines:
            document_inlines.append(inline)
    if spans is not None and spans not in document_span_providers:
        document_span_providers.append(spans)
    if legend is not None and legend not in document_legend_providers:
        document_legend_providers.append(legend)
    for action in actions:
        if action not in document_actions:
            document_actions.append(action)
    if links is not None and links not in document_link_providers:
        document_link_providers.append(links)
    if notices is not None and notices not in document_notice_providers:
        document_notice_providers.append(notices)
