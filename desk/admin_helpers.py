"""What every app's admin shares: adopting a service's saved row, the fields a form changed,
read-only inlines, and lists that grow to millions of rows."""

from django.contrib import admin
from django.contrib.admin import helpers
from django.contrib.admin.views.main import SEARCH_VAR, ChangeList
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext as _

from .pagination import EstimatedCountPaginator


def adopt_saved(target: models.Model, saved: models.Model) -> None:
    """Make the admin's unsaved ``target`` the row a service just saved as ``saved``.

    The admin keeps using the instance its form built (inline formsets hang off it), so the
    service's result is copied onto it rather than swapped in.
    """
    for field in saved._meta.concrete_fields:
        setattr(target, field.attname, getattr(saved, field.attname))
    target._state.adding = False
    target._state.db = saved._state.db


class ReadOnlyAdmin:
    """An admin that shows rows written elsewhere (by a service); nothing is added, changed or
    deleted through it."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


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

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        searched = bool(request.GET.get(SEARCH_VAR, "").strip())
        return self.paginator(
            queryset, per_page, orphans, allow_empty_first_page, searched=searched
        )

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


class RetiredFilter(admin.SimpleListFilter):
    title = "retired"
    parameter_name = "retired"

    def lookups(self, request, model_admin):
        return [("no", "In use"), ("yes", "Retired")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(retired_at__isnull=self.value() == "no")
        return queryset
