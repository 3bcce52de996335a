"""The consumers' API: published verdicts, as JSON and as schema.org ClaimReview.

Only published verdicts exist here, for every client: a draft answers 404 like an id that was
never used. A published verdict stays public while its claim is checked again, until the
correction is published as the next version, with its own id; each version names the ones
before and after it.
"""

from collections.abc import Callable

import django_filters
from django.core.validators import validate_slug
from django.db.models import Max
from django.http import Http404, StreamingHttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date
from drf_spectacular.utils import extend_schema
from rest_framework import generics, permissions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from config.api import (
    CursorPagination,
    FastJSONRenderer,
    FiltersNamedInTheRequest,
    IdFilter,
    UtcDateTimeFilter,
)
from sources.models import Document, Source

from .. import claimreview, selectors
from ..models import Claim, Incident, Rating, Verdict


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "kind", "country"]
        read_only_fields = fields


class DocumentBriefSerializer(serializers.ModelSerializer):
    publisher = serializers.CharField(source="publisher.name")
    url = serializers.CharField(help_text="Where it was published; may be empty.")

    class Meta:
        model = Document
        fields = ["id", "title", "url", "publisher", "published_at", "language"]
        read_only_fields = fields


class IncidentBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Incident
        fields = ["id", "title", "starts_on", "ends_on", "place"]
        read_only_fields = fields


class VerdictClaimSerializer(serializers.ModelSerializer):
    """The claim as the public sees it: what was said, by whom, relayed by whom. Its workflow
    status is the desk's business and is not shown."""

    speaker = SourceBriefSerializer()
    relay_chain = serializers.SerializerMethodField()
    incident = IncidentBriefSerializer(allow_null=True)
    document = DocumentBriefSerializer()

    class Meta:
        model = Claim
        fields = [
            "id",
            "summary",
            "quote",
            "stated_on",
            "speaker",
            "relay_chain",
            "incident",
            "document",
        ]
        read_only_fields = fields

    def get_relay_chain(self, claim: Claim) -> list[str]:
        return [link.source.name for link in claim.attributions.all()]


class RatingBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rating
        fields = ["slug", "label", "value"]
        read_only_fields = fields


class VerdictSerializer(serializers.ModelSerializer):
    rating = RatingBriefSerializer()
    claim = VerdictClaimSerializer()
    page = serializers.SerializerMethodField(help_text="The verdict's public page.")
    corrects = serializers.IntegerField(
        source="previous_id", allow_null=True, help_text="The version this one corrects."
    )
    corrected_by = serializers.IntegerField(
        source="next_id", allow_null=True, help_text="The version that corrects this one."
    )

    class Meta:
        model = Verdict
        fields = [
            "id",
            "version",
            "published_at",
            "rating",
            "rationale",
            "evidence",
            "correction_note",
            "corrects",
            "corrected_by",
            "claim",
            "page",
        ]
        read_only_fields = fields

    def get_page(self, verdict: Verdict) -> str:
        return claimreview.verdict_page_url(verdict)


class VerdictFilter(django_filters.FilterSet):
    speaker = IdFilter(field_name="claim__speaker", help_text="A source id.")
    incident = IdFilter(field_name="claim__incident", help_text="An id.")
    rating = django_filters.CharFilter(
        field_name="rating__slug", validators=[validate_slug], help_text="A rating's slug."
    )
    published_since = UtcDateTimeFilter(
        field_name="published_at",
        lookup_expr="gte",
        help_text="ISO 8601 date and time, e.g. 2021-11-15T00:00:00Z.",
    )

    class Meta:
        model = Verdict
        fields = ["speaker", "incident", "rating", "published_since"]


class NewestPublishedFirst(CursorPagination):
    ordering = ("-published_at", "-id")
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


class LastModifiedMixin:
    """Last-Modified from the newest publication among the verdicts shown; with Django's
    ConditionalGetMiddleware (ETag over the body) a client that has them gets 304."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        newest = getattr(self, "newest_publication", None)
        if response.status_code == 200 and newest is not None:
            response["Last-Modified"] = http_date(newest.timestamp())
        patch_vary_headers(response, ["Authorization"])
        return response


def _shown_as_is(value):
    return value


def _in_zone(zone) -> Callable:
    """How a row's date-times are shown: DRF shows them in the current zone, and the renderer
    writes them as DRF does. Rows arrive in UTC, so in UTC (the default) there is nothing to
    convert; converting and formatting two a row in Python took 1.4 ms of a hundred-row page's
    23 ms."""
    if getattr(zone, "key", None) == "UTC":
        return _shown_as_is
    return lambda value: None if value is None else value.astimezone(zone)


def verdict_list_items(rows: list[dict]) -> list[dict]:
    """Rows of ``selectors.published_verdict_rows`` in exactly VerdictSerializer's shape once
    rendered by ``FastJSONRenderer`` (a test holds the two together); a list page skips the
    per-row serializer machinery."""
    relay_chains = selectors.relay_chains([row["claim_id"] for row in rows])
    page_url = claimreview.verdict_page_url_template()
    moment = _in_zone(timezone.get_current_timezone())
    items = []
    for row in rows:
        incident_id = row["claim__incident_id"]
        items.append(
            {
                "id": row["id"],
                "version": row["version"],
                "published_at": moment(row["published_at"]),
                "rating": {
                    "slug": row["rating__slug"],
                    "label": row["rating__label"],
                    "value": row["rating__value"],
                },
                "rationale": row["rationale"],
                "evidence": row["evidence"],
                "correction_note": row["correction_note"],
                "corrects": row["previous_id"],
                "corrected_by": row["next_id"],
                "claim": {
                    "id": row["claim_id"],
                    "summary": row["claim__summary"],
                    "quote": row["claim__quote"],
                    "stated_on": row["claim__stated_on"],
                    "speaker": {
                        "id": row["claim__speaker_id"],
                        "name": row["claim__speaker__name"],
                        "kind": row["claim__speaker__kind"],
                        "country": row["claim__speaker__country"],
                    },
                    "relay_chain": relay_chains[row["claim_id"]],
                    "incident": None
                    if incident_id is None
                    else {
                        "id": incident_id,
                        "title": row["claim__incident__title"],
                        "starts_on": row["claim__incident__starts_on"],
                        "ends_on": row["claim__incident__ends_on"],
                        "place": row["claim__incident__place"],
                    },
                    "document": {
                        "id": row["claim__document_id"],
                        "title": row["claim__document__title"],
                        "url": row["claim__document__url"],
                        "publisher": row["claim__document__publisher__name"],
                        "published_at": moment(row["claim__document__published_at"]),
                        "language": row["claim__document__language"],
                    },
                },
                "page": page_url.format(row["id"]),
            }
        )
    return items


class VerdictListView(LastModifiedMixin, generics.ListAPIView):
    """Published verdicts, newest first, 50 a page (``page_size`` up to 500), with cursor links.

    Filters: ``speaker`` (source id), ``incident`` (id), ``rating`` (slug), ``published_since``.
    """

    permission_classes = [permissions.AllowAny]
    serializer_class = VerdictSerializer
    pagination_class = NewestPublishedFirst
    renderer_classes = [FastJSONRenderer]
    filterset_class = VerdictFilter
    filter_backends = [FiltersNamedInTheRequest]
    # Built once: get_queryset hands each request a copy (building it took longer than that).
    queryset = selectors.published_verdict_rows()

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        if self.paginator.cursor is None:
            # The first page starts with the newest publication of the filtered verdicts.
            self.newest_publication = page[0]["published_at"] if page else None
        else:
            # Over the bare rows: with the list's joins the maximum would compute them all.
            published = self.filter_queryset(Verdict.objects.filter(published_at__isnull=False))
            self.newest_publication = published.aggregate(newest=Max("published_at"))["newest"]
        return self.get_paginated_response(verdict_list_items(page))


class VerdictDetailView(LastModifiedMixin, generics.RetrieveAPIView):
    """One published verdict (404 for anything unpublished)."""

    permission_classes = [permissions.AllowAny]
    serializer_class = VerdictSerializer
    queryset = Verdict.objects.none()

    def get_queryset(self):
        return selectors.published_verdicts()

    def get_object(self):
        verdict = super().get_object()
        # A correction published later changes this version's "corrected_by".
        self.newest_publication = max(
            verdict.published_at,
            *selectors.claim_published_verdicts(claim=verdict.claim).values_list(
                "published_at", flat=True
            ),
        )
        return verdict


class ClaimReviewView(APIView):
    """One published verdict as schema.org ClaimReview (JSON-LD)."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses={(200, "application/ld+json"): dict})
    def get(self, request, pk: int):
        verdict = selectors.published_verdicts().filter(pk=pk).first()
        if verdict is None:
            raise Http404
        review = claimreview.claim_review(verdict, scale=selectors.rating_scale())
        return Response(review, content_type="application/ld+json")


class ClaimReviewFeedView(APIView):
    """Every published verdict as ClaimReviews in one schema.org DataFeed (JSON-LD), newest
    first, streamed."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses={(200, "application/ld+json"): dict})
    def get(self, request):
        verdicts = selectors.published_verdicts().order_by("-published_at", "-id")
        newest = verdicts.aggregate(newest=Max("published_at"))["newest"] or timezone.now()
        chunks = claimreview.data_feed(
            verdicts.iterator(chunk_size=2000),
            scale=selectors.rating_scale(),
            modified=newest.isoformat(),
        )
        response = StreamingHttpResponse(chunks, content_type="application/ld+json")
        response["Last-Modified"] = http_date(newest.timestamp())
        return response
