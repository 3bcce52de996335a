"""What every app's API shares: filters and parameters that name rows by id, or moments in UTC."""

from datetime import UTC

import django_filters
from django import forms
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError

from .text import whole_number

MAX_ID = 2**63 - 1


def object_id(value: str, field: str) -> int:
    """A query parameter naming a row by id: a whole number the database can hold, or 400."""
    number = whole_number(value)
    if number is None or not 0 < number <= MAX_ID:
        raise ValidationError({field: "An id is a whole number from 1."})
    return number


class IdFilter(django_filters.Filter):
    """A filter on a row's id: a whole number from 1 that the database can hold."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class _UtcDateTimeField(django_filters.fields.IsoDateTimeField):
    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None:
            return None
        try:
            # PostgreSQL refuses offsets beyond ±15:59, which ISO 8601 allows: compare in UTC.
            return moment.astimezone(UTC)
        except OverflowError:
            raise forms.ValidationError("This date and time is out of range.") from None


class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    """An ISO 8601 date and time, any offset, compared in UTC."""

    field_class = _UtcDateTimeField


class FiltersNamedInTheRequest(DjangoFilterBackend):
    """django-filter's backend, which builds and validates the FilterSet only when the query
    string names one of its filters: without any, the FilterSet filters nothing, and a list
    polled unfiltered skips its construction on every request."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is not None and not any(
            param == name or param.startswith(f"{name}_")
            for param in request.query_params
            for name in filterset_class.base_filters
        ):
            return queryset
        return super().filter_queryset(request, queryset, view)
