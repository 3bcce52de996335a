"""What other apps add to the document admin, and small helpers their admins share.

``sources`` may not import ``claims`` or ``annotations``, yet a document's page shows their
inlines and highlights. Those apps' ``admin`` modules fill the registries below when Django
imports them; ``DocumentAdmin`` reads them on each request.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ChangeList
from django.db import models, transaction
from django.utils.html import format_html
from django.utils.translation import gettext as _

from desk.outbox import outbox_enqueue

from .highlight import Span
from .models import Document
from .pagination import EstimatedCountPaginator


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


def register_document_extension(
    *,
    inlines: Iterable[type[admin.options.InlineModelAdmin]] = (),
    spans: Callable[[Document], Iterable[Span]] | None = None,
    legend: Callable[[], Iterable[LegendEntry]] | None = None,
    actions: Iterable[Callable] = (),
    links: Callable[[Document], Iterable[DocumentLink]] | None = None,
) -> None:
    """Add inlines, a span provider, a legend provider, list actions and a link provider,
    once each."""
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


def adopt_saved(target: models.Model, saved: models.Model) -> None:
    """Make the admin's unsaved ``target`` the row a service just saved as ``saved``.

    The admin keeps using the instance its form built (inline formsets hang off it), so the
    service's result is copied onto it rather than swapped in.
    """
    for field in saved._meta.concrete_fields:
        setattr(target, field.attname, getattr(saved, field.attname))
    target._state.adding = False
    target._state.db = saved._state.db


class ReadOnlyInline(admin.TabularInline):
    """An inline that lists rows and links to them; nothing is added or edited through it."""

    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class _DeferringChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        return queryset.defer(*self.model_admin.changelist_defer)


class ChangeListDeferMixin:
    """Changelists leave out big columns they never show, such as a document's whole text."""

    changelist_defer: tuple[str, ...] = ()

    def get_changelist(self, request, **kwargs):
        return _DeferringChangeList if self.changelist_defer else super().get_changelist(request)


class LargeListMixin:
    """For lists that grow to millions of rows.

    The count is the planner's estimate once it is large (an exact count of a million rows
    costs more than the page). The rows are rendered by ``large_lists.quick_result_list`` and
    the selection checkbox is written directly: through Django's generic per-cell machinery and
    the form widget templates they took most of the page's server time.
    """

    paginator = EstimatedCountPaginator
    show_full_result_count = False
    change_list_template = "admin/large_change_list.html"

    def action_checkbox(self, obj):
        label = format_html(_("Select this object for an action - {}"), str(obj))
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            obj.pk,
            label,
        )


def changed_fields(form, editable: frozenset[str]) -> dict:
    """The editable fields an admin form changed, with the values it put on its instance.

    What ``save_model`` hands to an ``<entity>_update`` service.
    """
    return {name: getattr(form.instance, name) for name in form.changed_data if name in editable}
