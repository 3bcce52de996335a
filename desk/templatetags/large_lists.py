"""Changelist rows for lists that grow to millions of rows.

Django's ``result_list`` works out again, for every cell, how its column is displayed (which
field, which formatter, which CSS classes, how the list's filters carry over into the row's
link) and builds each cell through several layers of lazy-aware formatting: at 25 rows that
was a third of the page's server time. Here that is worked out once per column and once per
page, then applied to each row, following Django's rules and producing the same HTML. Lists
with editable fields or in a popup keep Django's own rows.
"""

import datetime

from django import template
from django.contrib.admin.templatetags.admin_list import (
    ResultList,
    _coerce_field_name,
    result_headers,
    result_list,
)
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.contrib.admin.utils import display_for_field, display_for_value, lookup_field
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db import models
from django.urls import NoReverseMatch
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()

NOWRAP_FIELDS = (models.DateField, models.TimeField, models.ForeignKey)


@register.inclusion_tag("admin/change_list_results.html")
def quick_result_list(cl):
    if cl.formset or cl.is_popup or cl.to_field:
        return result_list(cl)
    headers = list(result_headers(cl))
    return {
        "cl": cl,
        "result_hidden_fields": [],
        "result_headers": headers,
        "num_sorted_fields": sum(1 for h in headers if h["sortable"] and h["sorted"]),
        "results": list(quick_results(cl)),
    }


def quick_results(cl):
    links = cl.list_display_links or ()
    columns = [
        _Column(cl, index, name, name in links) for index, name in enumerate(cl.list_display)
    ]
    # As in Django, the first linked column is the row's header cell.
    for column in columns:
        if column.is_link:
            column.tag = "th"
            break
    query = None
    for result in cl.result_list:
        url = None
        if links:
            try:
                url = cl.url_for_result(result)
            except NoReverseMatch:
                pass
            else:
                if query is None:
                    # Every row links to the same view, so the list's filters carry over the
                    # same way for all: work that out once, with Django's own rules.
                    preserved = {"preserved_filters": cl.preserved_filters, "opts": cl.opts}
                    query = _query_of(add_preserved_filters(preserved, url))
                url += query
        yield ResultList(None, [column.cell(result, url) for column in columns])


def _query_of(url: str) -> str:
    _, mark, query = url.partition("?")
    return mark + query


class _Column:
    """One list_display entry: how its cells are found, shown and classed."""

    def __init__(self, cl, index, name, is_link):
        self.cl, self.name, self.is_link, self.tag = cl, name, is_link, "td"
        self.classes = "field-" + _coerce_field_name(name, index)
        if name == "action_checkbox":
            self.classes = "action-checkbox"
        self.empty = cl.model_admin.get_empty_value_display()
        # A plain model field is read directly; anything else takes Django's general path.
        self.field = None
        if isinstance(name, str) and not hasattr(cl.model_admin, name):
            try:
                field = cl.lookup_opts.get_field(name)
            except FieldDoesNotExist:
                field = None
            if field is not None and not (field.auto_created or field.is_relation):
                self.field = field
                if isinstance(field, NOWRAP_FIELDS):
                    self.classes += " nowrap"
        # Choices are looked up in a dict made once, not searched again for every row.
        self.choices = dict(self.field.flatchoices) if self.field is not None else {}

    def cell(self, result, url):
        linked = url is not None and self.is_link
        if self.field is not None:
            shown, classes = self._field_value(result, linked), self.classes
        else:
            shown, nowrap = _general_cell(self.cl, result, self.name, self.empty, linked)
            classes = self.classes + nowrap
        shown = conditional_escape(shown)
        if linked:
            shown = f'<a href="{conditional_escape(url)}">{shown}</a>'
        return mark_safe(f'<{self.tag} class="{classes}">{shown}</{self.tag}>')

    def _field_value(self, result, linked):
        value = getattr(result, self.field.attname)
        if isinstance(value, str) and not value.strip():
            value = ""
        if self.choices:
            return self.choices.get(value, self.empty)
        return display_for_field(value, self.field, self.empty, avoid_link=linked)


def _general_cell(cl, result, name, empty, linked):
    """Django's rules for any other column: methods, properties, relations, the checkbox."""
    try:
        field, attr, value = lookup_field(name, result, cl.model_admin)
    except ObjectDoesNotExist:
        return empty, ""
    empty = getattr(attr, "empty_value_display", empty)
    if isinstance(value, str) and not value.strip():
        value = ""
    if field is None or field.auto_created:
        boolean = getattr(attr, "boolean", False)
        if isinstance(attr, property):
            boolean = getattr(attr.fget, "boolean", False)
        nowrap = " nowrap" if isinstance(value, (datetime.date, datetime.time)) else ""
        return display_for_value(value, empty, boolean), nowrap
    if isinstance(field.remote_field, models.ManyToOneRel):
        related = getattr(result, field.name)
        return (empty if related is None else related), " nowrap"
    nowrap = " nowrap" if isinstance(field, NOWRAP_FIELDS) else ""
    return display_for_field(value, field, empty, avoid_link=linked), nowrap
