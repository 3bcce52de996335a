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
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import generics, permissions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from desk.filters import FiltersNamedInTheRequest, IdFilter, UtcDateTimeFilter
from desk.pagination import CursorPagination
from desk.renderers import FastJSONRenderer
from sources.models import Source
from verification import selectors
from verification.models import Verdict

from .. import claimreview


class PublishedSourceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Source.Kind.choices)
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2; empty for international bodies.")


class PublishedDocumentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField(help_text="Where it was published; may be empty.")
    publisher = serializers.CharField(help_text="The publisher's name.")
    published_at = serializers.DateTimeField(allow_null=True)
    language = serializers.CharField()


class PublishedIncidentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    starts_on = serializers.DateField()
    ends_on = serializers.DateField(allow_null=True)
    place = serializers.CharField()


class PublishedClaimSerializer(serializers.Serializer):
    """The claim as the public sees it: what was said, by whom, relayed by whom, as it stood
    when this version was published. Its workflow status is the desk's business."""

    id = serializers.IntegerField()
    summary = serializers.CharField()
    quote = serializers.CharField()
    stated_on = serializers.DateField(allow_null=True)
    speaker = PublishedSourceSerializer()
    relay_chain = serializers.ListField(
        child=serializers.CharField(), help_text="Who passed it on, closest to the speaker first."
    )
    incident = PublishedIncidentSerializer(allow_null=True)
    document = PublishedDocumentSerializer()


class PublishedRatingSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    label = serializers.CharField()
    value = serializers.IntegerField(allow_null=True)


class VerdictSerializer(serializers.ModelSerializer):
    """A published version, from its snapshot: what was published never changes."""

    rating = PublishedRatingSerializer(source="snapshot.rating")
    claim = PublishedClaimSerializer(source="snapshot.claim")
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


@extend_schema_field(OpenApiTypes.INT)
class SnapshotIdFilter(IdFilter):
    """An id inside the verdict's snapshot (a JSON path, which the schema cannot type itself)."""


class VerdictFilter(django_filters.FilterSet):
    speaker = IdFilter(field_name="claim__speaker", help_text="A source id.")
    # The incident the verdict was published under, which a later correction may change.
    incident = SnapshotIdFilter(field_name="snapshot__claim__incident__id", help_text="An id.")
    rating = django_filters.CharFilter(
        field_name="snapshot__rating__slug",
        validators=[validate_slug],
        help_text="A rating's slug, as the verdict published it.",
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
    per-row serializer machinery. The claim is the snapshot's, as it was published."""
    page_url = claimreview.verdict_page_url_template()
    moment = _in_zone(timezone.get_current_timezone())
    items = []
    for row in rows:
        rating = row["snapshot"]["rating"]
        items.append(
            {
                "id": row["id"],
                "version": row["version"],
                "published_at": moment(row["published_at"]),
                "rating": {
                    "slug": rating["slug"],
                    "label": rating["label"],
                    "value": rating["value"],
                },
                "rationale": row["rationale"],
                "evidence": row["evidence"],
                "correction_note": row["correction_note"],
                "corrects": row["previous_id"],
                "corrected_by": row["next_id"],
                "claim": row["snapshot"]["claim"],
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
            *selectors.claim_published_verdicts(claim_id=verdict.claim_id).values_list(
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
        review = claimreview.claim_review(verdict)
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
            verdicts.iterator(chunk_size=2000), modified=newest.isoformat()
        )
        response = StreamingHttpResponse(chunks, content_type="application/ld+json")
        response["Last-Modified"] = http_date(newest.timestamp())
        return response
