"""Choosing documents by id on a command line."""

from django.core.management.base import CommandError
from django.db.models import QuerySet

from sources.models import Document


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
