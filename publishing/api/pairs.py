"""Pairs of claims over the API: the desk links them, consumers read the public ones."""

import django_filters
from django.db.models import Q
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import generics, permissions, serializers, status
from rest_framework.response import Response

from claims import selectors, services
from claims.models import Claim, ClaimPair
from desk.filters import IdFilter
from desk.pagination import NewestFirst
from desk.permissions import DeskWritesOthersRead
from desk.serializers import RejectsUnknownFields

from .. import access


class ClaimPairSerializer(serializers.ModelSerializer):
    """A pair as read back; writes go through ClaimPairCreateSerializer and the service."""

    created_by = serializers.SerializerMethodField(
        help_text="Who linked the claims: for reviewers and editors only (null for others)."
    )

    class Meta:
        model = ClaimPair
        fields = [
            "id",
            "claim_a",
            "claim_b",
            "relation",
            "rationale",
            "axes",
            "created_by",
            "created_at",
        ]
        read_only_fields = fields

    @extend_schema_field({"type": "string", "nullable": True})
    def get_created_by(self, pair: ClaimPair) -> str | None:
        request = self.context.get("request")
        if pair.created_by_id is None or not (request and access.sees_unpublished(request.user)):
            return None
        return str(pair.created_by)


class ClaimPairCreateSerializer(RejectsUnknownFields, serializers.Serializer):
    claim_a = serializers.PrimaryKeyRelatedField(queryset=Claim.objects.all())
    claim_b = serializers.PrimaryKeyRelatedField(queryset=Claim.objects.all())
    relation = serializers.ChoiceField(choices=ClaimPair.Relation.choices)
    rationale = serializers.CharField(required=False, allow_blank=True, max_length=20000)
    axes = serializers.ListField(
        child=serializers.ChoiceField(choices=ClaimPair.Axis.choices),
        required=False,
        help_text="For a contradiction: where the accounts conflict.",
    )


class ClaimPairFilter(django_filters.FilterSet):
    claim = IdFilter(
        field_name="claim_a",
        method="filter_claim",
        help_text="Pairs with this claim, on either side.",
    )
    relation = django_filters.ChoiceFilter(choices=ClaimPair.Relation.choices)

    class Meta:
        model = ClaimPair
        fields = ["claim", "relation"]

    def filter_claim(self, pairs, name, value):
        return pairs.filter(Q(claim_a_id=value) | Q(claim_b_id=value))


class ClaimPairListCreateView(generics.ListAPIView):
    """Pairs, newest first; filters ``claim`` (either side) and ``relation``. Outside the desk
    only pairs of two public claims (both with a published verdict), without who linked them.
    POST (reviewers and editors) links two claims, in either order."""

    permission_classes = [permissions.IsAuthenticatedOrReadOnly, DeskWritesOthersRead]
    serializer_class = ClaimPairSerializer
    pagination_class = NewestFirst
    filter_backends = [django_filters.rest_framework.DjangoFilterBackend]
    filterset_class = ClaimPairFilter

    def get_queryset(self):
        if access.sees_unpublished(self.request.user):
            return selectors.claim_pairs()
        return access.public_claim_pairs()

    @extend_schema(request=ClaimPairCreateSerializer, responses={201: ClaimPairSerializer})
    def post(self, request):
        payload = ClaimPairCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        pair = services.claim_pair_create(**payload.validated_data, created_by=request.user)
        return Response(
            ClaimPairSerializer(pair, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )
