"""Reviews by other fact-checkers over the API: the desk imports their ClaimReview and lists
what it has."""

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from desk.filters import MAX_ID, object_id
from desk.pagination import CursorPagination
from desk.permissions import IsDeskMember
from desk.serializers import RejectsUnknownFields

from .. import selectors, services
from ..models import EXTERNAL_REVIEW_READ_FIELDS, ExternalReview


class ExternalReviewSerializer(serializers.ModelSerializer):
    claims = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    imported_by = serializers.StringRelatedField(
        read_only=True, help_text="Null when imported from the command line."
    )
    rating_value = serializers.DecimalField(
        max_digits=14, decimal_places=4, coerce_to_string=False, read_only=True, allow_null=True
    )
    best_rating = serializers.DecimalField(
        max_digits=14, decimal_places=4, coerce_to_string=False, read_only=True, allow_null=True
    )
    worst_rating = serializers.DecimalField(
        max_digits=14, decimal_places=4, coerce_to_string=False, read_only=True, allow_null=True
    )

    class Meta:
        model = ExternalReview
        fields = ["id", "url", *EXTERNAL_REVIEW_READ_FIELDS, "claims", "imported_by", "imported_at"]
        read_only_fields = fields


class ExternalReviewImportSerializer(RejectsUnknownFields, serializers.Serializer):
    claimreview = serializers.JSONField(
        help_text="The ClaimReview JSON-LD as published: one object, a list of them, a "
        "document with a @graph, or a schema.org DataFeed."
    )
    claims = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        required=False,
        max_length=100,
        help_text="Ids of the claims these reviews concern (your choice; none is linked "
        "otherwise).",
    )
    skip_bad = serializers.BooleanField(
        default=False, help_text="Import the good items of a file with bad ones."
    )


def _reviews(pairs) -> list[dict]:
    return [
        {"position": position, "id": review.pk, "url": review.url} for position, review in pairs
    ]


IMPORTED = inline_serializer(
    "ExternalReviewsImported",
    {
        "created": serializers.ListField(child=serializers.DictField()),
        "already_there": serializers.ListField(child=serializers.DictField()),
        "refused": serializers.ListField(
            child=serializers.DictField(), help_text="Skipped with skip_bad: position, reason."
        ),
        "passed_over": serializers.ListField(
            child=serializers.DictField(),
            help_text="Nodes of a @graph that are not ClaimReviews: position, type.",
        ),
    },
)


class NewestFirst(CursorPagination):
    ordering = "-id"


class ExternalReviewListCreateView(generics.ListAPIView):
    """Reviews by other fact-checkers, newest first (``?claim=`` for one claim's). POST
    ``{"claimreview": <their ClaimReview JSON-LD>, "claims": [12], "skip_bad": false}`` imports
    it: 201 with what was created and what was already there (by url and author name, each
    with its position in the file); a file with a bad item answers 400 naming every bad item
    by its position, and nothing is written, unless ``skip_bad``. Reviewers and editors only."""

    permission_classes = [IsDeskMember]
    serializer_class = ExternalReviewSerializer
    pagination_class = NewestFirst

    @extend_schema(
        parameters=[OpenApiParameter("claim", int, description="Only this claim's reviews.")]
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        reviews = selectors.external_reviews()
        claim = self.request.query_params.get("claim")
        if claim is not None:
            reviews = reviews.filter(claims__pk=object_id(claim, "claim"))
        return reviews

    @extend_schema(request=ExternalReviewImportSerializer, responses={201: IMPORTED})
    def post(self, request):
        payload = ExternalReviewImportSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        try:
            report = services.claimreview_import(
                data=data["claimreview"],
                actor=request.user,
                claims=data.get("claims", ()),
                skip_bad=data["skip_bad"],
            )
        except DjangoValidationError as error:
            # The service's ``data`` is this endpoint's ``claimreview``.
            messages = error.message_dict if hasattr(error, "error_dict") else {}
            if "data" in messages:
                raise ValidationError({"claimreview": messages["data"]}) from None
            raise
        if not report.written:
            raise ValidationError(
                {
                    "claimreview": [
                        f"Item {refusal.position}: {refusal.reason}." for refusal in report.refused
                    ]
                    + ["Nothing was imported; send skip_bad to import the other items."]
                }
            )
        return Response(
            {
                "created": _reviews(report.created),
                "already_there": _reviews(report.already_there),
                "refused": [
                    {"position": refusal.position, "reason": refusal.reason}
                    for refusal in report.refused
                ],
                "passed_over": [
                    {"position": position, "type": kind} for position, kind in report.passed_over
                ],
            },
            status=status.HTTP_201_CREATED,
        )
