"""What API consumers may see, for apps that may not import ``claims``.

What is public is decided by ``claims``: the claims with a published verdict and the
documents, sources and incidents they reference (``claims.selectors.public_*``).
``annotations`` needs the same answer for its spans, exports and profiles but may import only
``sources``; so ``claims`` hands its selectors over here when Django starts
(``ClaimsConfig.ready``) and ``annotations`` asks ``public()``. The definition stays in one
place, ``claims.selectors``; nothing is copied.

Until ``claims`` has registered, ``public()`` raises rather than guess: a missing registration
must never show everything.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet

from .models import Document, Source


@dataclass(frozen=True)
class PublicQuerysets:
    """Functions returning, at each call, a fresh queryset of what consumers may see."""

    documents: Callable[[], QuerySet[Document]]
    sources: Callable[[], QuerySet[Source]]
    incidents: Callable[[], QuerySet]
    claims: Callable[[], QuerySet]


_registered: list[PublicQuerysets] = []


def register_public_querysets(querysets: PublicQuerysets) -> None:
    """Called by ``claims`` at start-up; a later call replaces the earlier one."""
    _registered[:] = [querysets]


def public() -> PublicQuerysets:
    if not _registered:
        raise ImproperlyConfigured(
            "Nothing has said what API consumers may see: the claims app registers it in "
            "ClaimsConfig.ready(); is it in INSTALLED_APPS?"
        )
    return _registered[0]
