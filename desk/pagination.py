"""Pagination that does not count a million rows on every page: the admin's estimated count,
and the API's cursor pages."""

import json
from datetime import UTC, datetime

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.paginator import Paginator
from django.db import connections
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError

from .text import text_fault, whole_number


def planner_row_estimate(queryset) -> int | None:
    """PostgreSQL's estimate of the rows ``queryset`` returns, from EXPLAIN; None elsewhere."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return None
    # The count's shape, not the page's: no ordering, no joins for display, so planning is cheap.
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def sorted_after_matching(queryset):
    """The queryset in the same order, by expressions no index is sorted by (COALESCE of a
    column with itself), so that PostgreSQL finds the rows first and sorts them afterwards."""
    terms = []
    for term in queryset.query.order_by:
        if not isinstance(term, str) or "__" in term or term.startswith("?"):
            return queryset
        name = term.lstrip("-")
        value = Coalesce(name, name)
        terms.append(value.desc() if term.startswith("-") else value.asc())
    return queryset.order_by(*terms) if terms else queryset


class EstimatedCountPaginator(Paginator):
    """Counts exactly when the result is small; otherwise trusts the planner's estimate.

    On large tables an exact COUNT(*) costs more than the page itself. The admin shows the
    estimate as the result count, which is what a reader of a million-row list needs.
    """

    # Below this many rows (by the planner's estimate) an exact count is cheap, so take it.
    exact_count_below = 10_000

    def __init__(self, *args, searched: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.searched = searched

    def page(self, number):
        # A search that finds few rows: collect them through the search indexes, then sort.
        # Left to itself, PostgreSQL walks the date index and tests every row it meets until a
        # page is full, pricing each text test far below its cost; for a speaker among
        # hundreds that is the whole page's time, and it grows with the table.
        small = hasattr(self.object_list, "query") and self.count < self.exact_count_below
        if self.searched and small:
            self.object_list = sorted_after_matching(self.object_list)
        return super().page(number)

    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        if not hasattr(queryset, "query"):
            return super().count
        estimate = planner_row_estimate(queryset)
        if estimate is None or estimate < self.exact_count_below:
            return super().count
        return estimate


class CursorPagination(pagination.CursorPagination):
    """DRF's cursor pagination, answering 400 naming the parameter for a cursor that is not one
    of the list's own links, or a page size that is not a number.

    A cursor is base64 that anyone can write, and its position goes into the query as a value
    of the first ordering field: it is read as that field reads values first (a position of
    "abc" on an id would otherwise fail in the database), and a date-time is taken in UTC
    (PostgreSQL refuses some offsets that Python accepts).
    """

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
    invalid_cursor_message = "Not a cursor of this list: follow its next and previous links."

    def get_page_size(self, request) -> int:
        """``page_size`` as asked (at most ``max_page_size``); one that is not a whole number
        from 1 answers 400, where DRF would quietly give the default."""
        written = request.query_params.get(self.page_size_query_param)
        if written is None:
            return self.page_size
        size = whole_number(written)
        if not size:
            raise ValidationError({self.page_size_query_param: ["A whole number from 1."]})
        return min(size, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        first = self.get_ordering(request, queryset, view)[0].lstrip("-")
        self.position_field = queryset.model._meta.get_field(first)
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request):
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            raise self.invalid_cursor() from None
        if cursor is None or cursor.position is None:
            return cursor
        return cursor._replace(position=self.read_position(cursor.position))

    def read_position(self, written: str) -> str:
        """The position as the list's own links write it."""
        try:
            value = self.position_field.to_python(written)
            if isinstance(value, datetime):
                if timezone.is_naive(value):
                    value = timezone.make_aware(value, UTC)
                value = value.astimezone(UTC)
        except (DjangoValidationError, OverflowError):
            raise self.invalid_cursor() from None
        if text_fault(str(value)):
            raise self.invalid_cursor()
        return str(value)

    def invalid_cursor(self) -> ValidationError:
        return ValidationError({self.cursor_query_param: [self.invalid_cursor_message]})


class ById(CursorPagination):
    """Pages by id: the lists of the catalogue (sources, documents, claims, labels)."""

    ordering = "id"


class NewestFirst(CursorPagination):
    """Pages by position, not by count: the lists can hold hundreds of thousands of rows."""

    ordering = ("-created_at", "-id")
