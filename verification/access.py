"""Who may see what: the one definition of what API consumers may read.

Consumers see published verdicts and what those name: the claims, their documents, sources
and incidents, and the pairs of two public claims. What a verdict names is read from its
snapshot (what it published), not from the claim as it stands now, so a reopened claim's new
incident or relay stays hidden until its correction is published. Every public view (the API,
the public page, ``annotations``' exports and profiles) asks here.
"""

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection
from django.db.models import BigIntegerField, Exists, JSONField, OuterRef, Q, QuerySet, Subquery
from django.db.models.expressions import RawSQL
from django.db.models.fields.json import KT
from django.db.models.functions import Cast

from claims.models import Claim, ClaimPair, Incident
from desk.roles import is_desk_member
from sources.models import Document, Source

from .models import Rating, Verdict


def sees_unpublished(user: AbstractBaseUser) -> bool:
    """Desk members (reviewers, editors, superusers) see the desk's work in progress; everyone
    else (anonymous clients, consumer tokens) sees only what is published."""
    return is_desk_member(user)


def public_claims() -> QuerySet[Claim]:
    """Claims with a published verdict (still public while a correction is worked on)."""
    published = Verdict.objects.filter(claim=OuterRef("pk"), published_at__isnull=False)
    return Claim.objects.filter(Exists(published))


def public_claims_as_published() -> QuerySet[Claim]:
    """Public claims, each with ``published_snapshot``: its latest published verdict's snapshot,
    which is what consumers see of it."""
    latest = Verdict.objects.filter(claim=OuterRef("pk"), published_at__isnull=False).order_by(
        "-version"
    )
    return Claim.objects.annotate(
        published_snapshot=Subquery(latest.values("snapshot")[:1], output_field=JSONField())
    ).filter(published_snapshot__isnull=False)


def _published_ids(path: str) -> QuerySet:
    """The ids that published verdicts' snapshots name at ``path`` (a ``__`` JSON path): what
    they published, whatever the claims say now (a reopened claim's new incident or relay is
    not public until its correction is published)."""
    return (
        Verdict.objects.filter(published_at__isnull=False)
        .annotate(named=Cast(KT(f"snapshot__{path}"), BigIntegerField()))
        .filter(named__isnull=False)
        .values("named")
    )


def _published_relay_ids() -> RawSQL:
    """The sources in published verdicts' relay chains, as a subquery of ids."""
    if connection.vendor == "postgresql":
        sql = (
            "SELECT (jsonb_array_elements_text(snapshot -> 'relay_chain_ids'))::bigint "
            "FROM claims_verdict WHERE published_at IS NOT NULL"
        )
    else:
        sql = (
            "SELECT relay.value FROM claims_verdict, json_each(claims_verdict.snapshot, "
            "'$.relay_chain_ids') AS relay WHERE claims_verdict.published_at IS NOT NULL"
        )
    return RawSQL(sql, ())


def public_documents() -> QuerySet[Document]:
    """Documents a published verdict names."""
    return Document.objects.filter(pk__in=_published_ids("span__document"))


def documents_published_about(incident: Incident) -> QuerySet:
    """The ids of the documents holding a claim whose published verdict names ``incident``."""
    return (
        Verdict.objects.filter(
            published_at__isnull=False, snapshot__claim__incident__id=incident.pk
        )
        .annotate(named=Cast(KT("snapshot__span__document"), BigIntegerField()))
        .values("named")
    )


def public_incidents() -> QuerySet[Incident]:
    """Incidents a published verdict names."""
    return Incident.objects.filter(pk__in=_published_ids("claim__incident__id"))


def public_sources() -> QuerySet[Source]:
    """Speakers, relays and publishers that published verdicts name."""
    return Source.objects.filter(
        Q(pk__in=_published_ids("claim__speaker__id"))
        | Q(pk__in=_published_ids("span__publisher"))
        | Q(pk__in=_published_relay_ids())
    )


def public_claim_pairs() -> QuerySet[ClaimPair]:
    """Pairs whose two claims are both public: what API consumers may read."""
    claims = public_claims()
    return ClaimPair.objects.filter(
        Exists(claims.filter(pk=OuterRef("claim_a_id"))),
        Exists(claims.filter(pk=OuterRef("claim_b_id"))),
    )


def public_ratings() -> QuerySet[Rating]:
    """The scale as consumers see it: active ratings, and a retired one only while a published
    verdict still gives it (as retired framing labels, it is otherwise the desk's business)."""
    in_use = Verdict.objects.filter(rating=OuterRef("pk"), published_at__isnull=False)
    return Rating.objects.filter(Q(is_active=True) | Exists(in_use))
