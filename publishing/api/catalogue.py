"""Sources, documents, incidents, ratings and claims over the API.

Desk members see and write everything (through the services, as the admin does). Anyone else
sees what published verdicts reference: claims with a published verdict, their documents,
speakers, relays, publishers and incidents, and the rating scale (a retired rating only while
a published verdict gives it). A claim's workflow status is the desk's business and appears
only to desk members. Hidden rows answer 404.
"""

import django_filters
from django.core.validators import validate_slug
from django.db.models import Q
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from claims import services as claim_services
from claims.api.serializers import ClaimSerializer, ClaimWriteSerializer
from claims.extraction.rules import rules_notice
from claims.models import Claim, Incident
from claims.status import Status
from desk.filters import IdFilter, UtcDateTimeFilter
from desk.permissions import EditorsWriteOthersRead
from desk.serializers import RejectsUnknownFields
from desk.viewsets import CatalogueViewSet
from sources import ingesting
from sources import services as source_services
from sources.fetching import FetchError
from sources.models import Document, Source, alias_key
from verification import services as verification_services
from verification.models import Rating

from .. import access

# --- Sources -----------------------------------------------------------------------------------


class SourceSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(slug_field="alias", many=True, read_only=True)
    url = serializers.CharField(read_only=True, help_text="Its website; may be empty.")

    class Meta:
        model = Source
        fields = [
            "id",
            "name",
            "short_name",
            "kind",
            "country",
            "state_affiliated",
            "parent",
            "description",
            "url",
            "aliases",
        ]
        read_only_fields = fields


class SourceWriteSerializer(RejectsUnknownFields, serializers.ModelSerializer):
    # Each alias is checked by the service, which names the one at fault (an empty one, one
    # too long, one listed twice, one another source already has).
    aliases = serializers.ListField(
        child=serializers.CharField(allow_blank=True, trim_whitespace=False),
        required=False,
        max_length=500,
        help_text="Its other names. On create, the aliases it starts with; on update, the "
        "aliases it has afterwards: those not listed are removed (editors only), the new ones "
        "added, the others kept. Compared without regard to case; none may be another "
        "source's name, short name or alias, and each at most 200 characters.",
    )

    class Meta:
        model = Source
        fields = [*sorted(source_services.SOURCE_EDITABLE_FIELDS), "aliases"]
        extra_kwargs = {"name": {"validators": []}}  # the service reports a duplicate name


class SourceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Source.Kind.choices)
    country = django_filters.CharFilter(max_length=2, validators=[validate_slug])
    name = django_filters.CharFilter(
        method="by_name",
        max_length=200,
        help_text="Part of the source's name, short name or any of its aliases, in any case.",
    )

    class Meta:
        model = Source
        fields = ["kind", "country", "name"]

    def by_name(self, queryset, name, value):
        # Aliases are compared by their key, folded in Python for every script (the database's
        # own case folding may know ASCII only).
        named = Source.objects.filter(
            Q(name__icontains=value)
            | Q(short_name__icontains=value)
            | Q(aliases__key__contains=alias_key(value))
        )
        return queryset.filter(pk__in=named.values("pk"))


class SourceViewSet(CatalogueViewSet):
    """Sources: ministries, officials, agencies, outlets. ``kind``, ``country``, ``name``."""

    queryset = Source.objects.prefetch_related("aliases").order_by("id")
    serializer_class = SourceSerializer
    write_serializer_class = SourceWriteSerializer
    filterset_class = SourceFilter

    def public_queryset(self):
        return self.queryset.filter(pk__in=access.public_sources().values("pk"))

    def create_with(self, data):
        return source_services.source_create(**data)

    def update_with(self, source, data):
        return source_services.source_update(source=source, actor=self.request.user, **data)


# --- Documents ---------------------------------------------------------------------------------


class DocumentSerializer(serializers.ModelSerializer):
    url = serializers.CharField(read_only=True, help_text="Where it was published; may be empty.")
    language_given = serializers.CharField(
        read_only=True,
        help_text="The language it was added with; empty when none was given. Where it differs "
        "from `language`, the language was read from the text.",
    )
    extraction_notice = serializers.SerializerMethodField(
        help_text='Why no claims are suggested for it, e.g. "No extraction rules for ka: …"; '
        "empty when its language has extraction rules."
    )

    class Meta:
        model = Document
        fields = [
            "id",
            "title",
            "url",
            "publisher",
            "published_at",
            "language",
            "language_given",
            "extraction_notice",
            "sha256",
            "created_at",
        ]
        read_only_fields = fields

    def get_extraction_notice(self, document: Document) -> str:
        return rules_notice(document.language)


class DocumentDetailSerializer(DocumentSerializer):
    """With the text: offsets of claims and annotations are code points into it."""

    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "text"]
        read_only_fields = fields


class DocumentWriteSerializer(RejectsUnknownFields, serializers.ModelSerializer):
    class Meta:
        model = Document
        fields = ["title", "url", "publisher", "published_at", "language", "text"]
        # The service normalises the text; offsets count every character it keeps.
        extra_kwargs = {"text": {"trim_whitespace": False}}


class DocumentFromUrlSerializer(RejectsUnknownFields, serializers.Serializer):
    url = serializers.CharField(max_length=1000, help_text="The page's address (http or https).")
    source = serializers.PrimaryKeyRelatedField(
        queryset=Source.objects.all(),
        required=False,
        allow_null=True,
        help_text="The source that publishes it, when no source has the page's site.",
    )


class DocumentFilter(django_filters.FilterSet):
    publisher = IdFilter()
    language = django_filters.CharFilter(max_length=35, validators=[validate_slug])
    published_since = UtcDateTimeFilter(field_name="published_at", lookup_expr="gte")

    class Meta:
        model = Document
        fields = ["publisher", "language", "published_since"]


class DocumentViewSet(CatalogueViewSet):
    """Documents; the text is in the detail only. Filters ``publisher``, ``language``,
    ``published_since``."""

    queryset = Document.objects.order_by("id")
    serializer_class = DocumentSerializer
    write_serializer_class = DocumentWriteSerializer
    filterset_class = DocumentFilter

    def get_serializer_class(self):
        return DocumentSerializer if self.action == "list" else DocumentDetailSerializer

    def get_queryset(self):
        documents = super().get_queryset()
        return documents.defer("text") if self.action == "list" else documents

    def public_queryset(self):
        return self.queryset.filter(pk__in=access.public_documents().values("pk"))

    def create_with(self, data):
        return source_services.document_create(**data, created_by=self.request.user)

    @extend_schema(
        request=DocumentFromUrlSerializer,
        responses={201: DocumentDetailSerializer, 200: DocumentDetailSerializer},
    )
    @action(detail=False, methods=["post"], url_path="from-url")
    def from_url(self, request):
        """Add a document by its address: the page is fetched (public addresses only, each
        redirect checked), its text and metadata read and its HTML kept as a snapshot. 201 with
        the new document; 200 with the known one when the address (or the page's canonical
        address) was fetched before, fetched again. 400 saying why a page cannot be added."""
        payload = DocumentFromUrlSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        try:
            ingested = ingesting.document_ingest_url(
                url=payload.validated_data["url"],
                source=payload.validated_data.get("source"),
                actor=request.user,
            )
        except FetchError as error:
            raise serializers.ValidationError({"url": error.messages}) from None
        return Response(
            DocumentDetailSerializer(ingested.document).data,
            status=status.HTTP_201_CREATED if ingested.created else status.HTTP_200_OK,
        )

    def update_with(self, document, data):
        return source_services.document_update(document=document, **data)


# --- Incidents and ratings ---------------------------------------------------------------------


class IncidentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Incident
        fields = ["id", "title", "starts_on", "ends_on", "place", "description"]
        read_only_fields = ["id"]


class IncidentFilter(django_filters.FilterSet):
    title = django_filters.CharFilter(
        max_length=300,
        help_text="Part of the incident's title or place.",
        method="by_title",
    )

    class Meta:
        model = Incident
        fields = ["title"]

    def by_title(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(place__icontains=value))


class IncidentViewSet(CatalogueViewSet):
    """The events claims are about; ``title`` finds them by part of their title or place."""

    queryset = Incident.objects.order_by("id")
    serializer_class = IncidentSerializer
    write_serializer_class = IncidentSerializer
    filterset_class = IncidentFilter

    def public_queryset(self):
        return self.queryset.filter(pk__in=access.public_incidents().values("pk"))

    def create_with(self, data):
        return claim_services.incident_create(**data)

    def update_with(self, incident, data):
        return claim_services.incident_update(incident=incident, **data)


class RatingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rating
        fields = ["id", "label", "slug", "value", "description", "position", "is_active"]
        read_only_fields = ["id"]
        extra_kwargs = {"label": {"validators": []}, "slug": {"validators": []}}


class RatingViewSet(CatalogueViewSet):
    """The desk's rating scale (active ratings, and retired ones published verdicts give; desk
    members see every rating); editors add and change ratings."""

    permission_classes = [permissions.IsAuthenticatedOrReadOnly, EditorsWriteOthersRead]
    queryset = Rating.objects.order_by("position", "id")
    serializer_class = RatingSerializer
    write_serializer_class = RatingSerializer
    pagination_class = None  # a handful of rows

    def public_queryset(self):
        return self.queryset.filter(pk__in=access.public_ratings().values("pk"))

    def create_with(self, data):
        return verification_services.rating_create(**data)

    def update_with(self, rating, data):
        return verification_services.rating_update(rating=rating, **data)


# --- Claims ------------------------------------------------------------------------------------


class PublicClaimSerializer(ClaimSerializer):
    """A claim as consumers see it: as its latest published verdict froze it. Edits made after
    a reopen show only once the correction is published."""

    def to_representation(self, claim: Claim) -> dict:
        snapshot = claim.published_snapshot
        published, span = snapshot["claim"], snapshot["span"]
        incident = published["incident"]
        return {
            "id": claim.pk,
            "document": span["document"],
            "start": span["start"],
            "end": span["end"],
            "quote": published["quote"],
            "summary": published["summary"],
            "speaker": published["speaker"]["id"],
            "relay_chain": snapshot["relay_chain_ids"],
            "incident": None if incident is None else incident["id"],
            "stated_on": published["stated_on"],
        }


class DeskClaimSerializer(ClaimSerializer):
    """What the desk sees besides: the workflow status and version."""

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "status", "workflow_version", "created_at"]
        read_only_fields = fields


class ClaimUpdateSerializer(RejectsUnknownFields, serializers.Serializer):
    summary = serializers.CharField(max_length=500, required=False)
    incident = serializers.PrimaryKeyRelatedField(
        queryset=Incident.objects.all(), required=False, allow_null=True
    )
    stated_on = serializers.DateField(required=False, allow_null=True)


class ClaimFilter(django_filters.FilterSet):
    document = IdFilter()
    speaker = IdFilter()
    incident = IdFilter(method="by_incident")
    status = django_filters.ChoiceFilter(
        choices=Status.choices, method="by_status", help_text="Desk members only."
    )

    class Meta:
        model = Claim
        fields = ["document", "speaker", "incident", "status"]

    def by_incident(self, queryset, name, value):
        # Outside the desk, the incident the claim was published under: a reopened claim's new
        # one is not public before its correction.
        if not access.sees_unpublished(self.request.user):
            return queryset.filter(published_snapshot__claim__incident__id=value)
        return queryset.filter(incident=value)

    def by_status(self, queryset, name, value):
        # Others cannot learn a claim's status by filtering on it.
        if not access.sees_unpublished(self.request.user):
            return queryset.none()
        return queryset.filter(status=value)


class ClaimViewSet(CatalogueViewSet):
    """Claims; filters ``document``, ``speaker``, ``incident`` and (desk) ``status``. POST
    marks a claim (offsets in code points); PATCH changes its summary, incident or date."""

    queryset = Claim.objects.prefetch_related("attributions").order_by("id")
    serializer_class = ClaimSerializer
    write_serializer_class = ClaimWriteSerializer
    filterset_class = ClaimFilter

    def get_serializer_class(self):
        if access.sees_unpublished(self.request.user):
            return DeskClaimSerializer
        return PublicClaimSerializer

    def public_queryset(self):
        return access.public_claims_as_published().order_by("id")

    @extend_schema(request=ClaimWriteSerializer, responses={201: DeskClaimSerializer})
    def create(self, request, *args, **kwargs):
        return super().create(request, *args, **kwargs)

    @extend_schema(request=ClaimUpdateSerializer, responses=DeskClaimSerializer)
    def partial_update(self, request, *args, **kwargs):
        instance = self.get_object()
        payload = ClaimUpdateSerializer(data=request.data, partial=True)
        payload.is_valid(raise_exception=True)
        claim = claim_services.claim_update(claim=instance, **payload.validated_data)
        return Response(self.get_serializer(claim).data)

    def create_with(self, data):
        return claim_services.claim_create(**data, created_by=self.request.user)
