import csv
import re

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import generics, permissions, serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.models import Incident
from desk.filters import object_id
from desk.pagination import ById
from desk.permissions import DeskWritesOthersRead, EditorsWriteOthersRead, IsDeskMember
from desk.viewsets import CatalogueViewSet
from sources.api import DocumentTaskView
from sources.models import Document, Source

from .. import access, interchange, profiles, services, tasks
from ..agreement import agreement
from ..exporting import exported_documents
from ..formats import semeval
from ..importing import Options
from ..importing_services import annotations_import
from ..models import Annotation, FramingLabel
from .parsers import PlainTextParser
from .serializers import (
    AnnotationBulkReviewSerializer,
    AnnotationCreateSerializer,
    AnnotationSerializer,
)

SLUG = re.compile(r"[-\w]+")


JSON_OBJECT = OpenApiTypes.OBJECT


class ByIdPages(ById):
    """Spans are small: a page holds twice the catalogue's."""

    page_size = 100
    max_page_size = 1000


class AnnotationListCreateView(generics.ListAPIView):
    """Framing spans, by id; filters ``document``, ``label`` (slug), ``state``. POST adds a span
    (offsets in code points; a given quote must equal the text there)."""

    permission_classes = [permissions.IsAuthenticatedOrReadOnly, DeskWritesOthersRead]
    serializer_class = AnnotationSerializer
    pagination_class = ByIdPages

    @extend_schema(
        parameters=[
            OpenApiParameter("document", int, description="Only this document's spans."),
            OpenApiParameter("label", str, description="A label's slug, e.g. loaded-language."),
            OpenApiParameter("state", str, enum=Annotation.State.values),
        ]
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        annotations = access.visible_annotations(self.request.user)
        params = self.request.query_params
        if (document := params.get("document")) is not None:
            annotations = annotations.filter(document_id=object_id(document, "document"))
        if (label := params.get("label")) is not None:
            if not SLUG.fullmatch(label):
                raise ValidationError(
                    {"label": "A label is given by its slug, e.g. loaded-language."}
                )
            annotations = annotations.filter(label__slug=label)
        if (state := params.get("state")) is not None:
            if state not in Annotation.State.values:
                raise ValidationError({"state": f"One of: {', '.join(Annotation.State.values)}."})
            annotations = annotations.filter(state=state)
        return annotations

    @extend_schema(request=AnnotationCreateSerializer, responses={201: AnnotationSerializer})
    def post(self, request):
        payload = AnnotationCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        annotation = services.annotation_create(
            **payload.validated_data, annotator=request.user, origin=Annotation.Origin.MANUAL
        )
        return Response(
            AnnotationSerializer(annotation, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )


class AnnotationDetailView(generics.RetrieveDestroyAPIView):
    """One span; DELETE removes a span of one's own (suggestions are rejected instead)."""

    permission_classes = [permissions.IsAuthenticatedOrReadOnly, DeskWritesOthersRead]
    serializer_class = AnnotationSerializer

    def get_queryset(self):
        return access.visible_annotations(self.request.user)

    def perform_destroy(self, instance):
        services.annotation_delete(annotation=instance, user=self.request.user)


class AnnotationReviewView(APIView):
    """``POST annotations/{id}/accept/`` or ``/reject/``: decide on one suggestion (409 when
    someone already decided the other way)."""

    permission_classes = [IsDeskMember]
    state = None

    @extend_schema(request=None, responses=AnnotationSerializer)
    def post(self, request, pk: int):
        annotation = get_object_or_404(Annotation, pk=pk)
        annotation = services.annotation_review_one(
            annotation=annotation, state=self.state, reviewer=request.user
        )
        return Response(AnnotationSerializer(annotation, context={"request": request}).data)


class AnnotationBulkReviewView(APIView):
    """Accept or reject a document's suggestions at once (or only ``ids`` among them)."""

    permission_classes = [IsDeskMember]

    @extend_schema(
        request=AnnotationBulkReviewSerializer,
        responses=inline_serializer(
            "Reviewed", {"reviewed": serializers.IntegerField(), "state": serializers.CharField()}
        ),
    )
    def post(self, request):
        payload = AnnotationBulkReviewSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        annotations = Annotation.objects.filter(document=data["document"])
        if "ids" in data:
            annotations = annotations.filter(pk__in=data["ids"])
        changed = services.annotation_review(
            annotations=annotations, state=data["state"], reviewer=request.user
        )
        return Response({"reviewed": changed, "state": data["state"]})


class SuggestFramingView(DocumentTaskView):
    """Queue lexicon suggestions for a document (they also run when a document is created)."""

    task = tasks.suggest_framing
    requested = "Lexicon suggestions"


class WebAnnotationsView(APIView):
    """A document's accepted framing annotations as a W3C Web Annotation collection. Outside
    the desk only a document a published verdict references is found (404 otherwise)."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses={(200, "application/ld+json"): JSON_OBJECT})
    def get(self, request, pk: int):
        document = get_object_or_404(access.visible_documents(request.user).defer("text"), pk=pk)
        collection = interchange.web_annotation_collection(
            document, with_notes=access.sees_who_and_notes(request.user)
        )
        return Response(collection, content_type=interchange.W3C_CONTENT_TYPE)


class WebAnnotationView(APIView):
    """One accepted framing annotation as a W3C Web Annotation, with its ``@context``: what
    an item of its document's collection is, at the address that is its id. Outside the desk
    only one on a document a published verdict references is found (404 otherwise), as in the
    collection; a suggestion or a rejected span is in no collection and answers 404."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses={(200, "application/ld+json"): JSON_OBJECT})
    def get(self, request, pk: int):
        annotations = (
            access.visible_annotations(request.user)
            .filter(state=Annotation.State.ACCEPTED)
            .select_related("document")
            .defer("document__text")
        )
        annotation = get_object_or_404(annotations, pk=pk)
        data = interchange.web_annotation(
            annotation, with_notes=access.sees_who_and_notes(request.user)
        )
        return Response(data, content_type=interchange.W3C_CONTENT_TYPE)


class SemEvalExportView(APIView):
    """A document's accepted SemEval-technique spans as a SemEval span file. Outside the desk
    only a document a published verdict references is found (404 otherwise)."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses={(200, "text/tab-separated-values"): OpenApiTypes.STR})
    def get(self, request, pk: int):
        document = get_object_or_404(access.visible_documents(request.user).defer("text"), pk=pk)
        exported = exported_documents(Document.objects.filter(pk=document.pk), format="semeval")
        body = semeval.technique_file(exported)
        return HttpResponse(body, content_type="text/tab-separated-values; charset=utf-8")


class SemEvalImportView(APIView):
    """POST a SemEval span file as the request body (text/plain): 201, or 400 with every bad
    line, and then nothing is written. ``annotation-imports/`` takes whole corpus folders."""

    permission_classes = [IsDeskMember]
    parser_classes = [PlainTextParser]

    @extend_schema(
        request={"text/plain": OpenApiTypes.STR},
        responses={
            201: inline_serializer(
                "SemEvalImported",
                {
                    "imported": serializers.IntegerField(help_text="Spans new to the desk."),
                    "already_there": serializers.IntegerField(
                        help_text="Spans of the file imported before (or listed twice)."
                    ),
                },
            )
        },
    )
    def post(self, request):
        # An empty body parses as no data at all: an empty file, with nothing to import.
        text = request.data if isinstance(request.data, str) else ""
        result = annotations_import(
            files={"spans.tsv": text.encode("utf-8")},
            format="semeval",
            options=Options(),
            actor=request.user,
        )
        return Response(
            {"imported": result.spans_created, "already_there": result.spans_already_there},
            status=status.HTTP_201_CREATED,
        )


class AgreementView(APIView):
    """Span-level F1 between annotators, overall and per label; ``?document=`` narrows it."""

    permission_classes = [IsDeskMember]

    @extend_schema(
        parameters=[OpenApiParameter("document", int, description="Only this document.")],
        responses=JSON_OBJECT,
    )
    def get(self, request):
        annotations = Annotation.objects.all()
        document = request.query_params.get("document")
        if document is not None:
            annotations = annotations.filter(document_id=object_id(document, "document"))
        result = agreement(annotations)
        return Response(
            {
                "documents": result.documents,
                "annotator_pairs": result.pairs,
                "f1": result.f1,
                "labels": [
                    {"label": slug, "name": result.names[slug], "f1": f1, "spans": spans}
                    for slug, (f1, spans) in result.labels.items()
                ],
            }
        )


class FramingProfileQuery(serializers.Serializer):
    """The profile's query. Built with ``public=True`` for clients outside the desk: then only
    public sources and incidents are accepted, and a hidden id gets the very message an id
    never used gets."""

    source = serializers.ListField(
        child=serializers.PrimaryKeyRelatedField(
            queryset=Source.objects.all(),
            error_messages={"does_not_exist": "No source has the id {pk_value}."},
        ),
        min_length=1,
        max_length=12,
    )
    since = serializers.DateField(required=False)
    until = serializers.DateField(required=False)
    incident = serializers.PrimaryKeyRelatedField(
        queryset=Incident.objects.all(),
        required=False,
        error_messages={"does_not_exist": "No incident has the id {pk_value}."},
    )

    def __init__(self, *args, public: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if public:
            self.fields["source"].child.queryset = access.public_sources()
            self.fields["incident"].queryset = access.public_incidents()

    def validate(self, data):
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            raise serializers.ValidationError({"until": "The range ends before it starts."})
        return data


class FramingProfileView(APIView):
    """Accepted framing spans per source, per label and category, counted and per 1,000 words
    with a 95% interval, in two views: the source's own words and what it relayed (see
    ``annotations.profiles``).

    ``?source=1&source=2`` (up to 12, answered in that order), optional ``since``/``until``
    (YYYY-MM-DD, publication date) and ``incident``; ``?as=csv`` downloads the same figures as
    CSV. Outside the desk only public sources and incidents may be asked for, and only public
    documents (those published verdicts reference) are counted.
    """

    permission_classes = [permissions.AllowAny]

    @extend_schema(
        parameters=[
            FramingProfileQuery,
            OpenApiParameter("as", str, enum=["csv"], description="csv: a CSV file"),
        ],
        responses={200: JSON_OBJECT, (200, "text/csv"): OpenApiTypes.STR},
    )
    def get(self, request):
        desk = access.sees_unpublished(request.user)
        query = FramingProfileQuery(
            data={**request.query_params.dict(), "source": request.query_params.getlist("source")},
            public=not desk,
        )
        query.is_valid(raise_exception=True)
        data = query.validated_data
        # In the order asked for, each source once.
        sources = list({source.pk: source for source in data["source"]}.values())
        found = profiles.framing_profiles(
            sources,
            since=data.get("since"),
            until=data.get("until"),
            incident=data.get("incident"),
            public=not desk,
        )
        rows = profiles.profile_rows(found)
        if request.query_params.get("as") == "csv":
            return profiles_csv(rows)
        return Response(
            [
                {
                    "source": profile.source.name,
                    "views": {
                        view.name: {
                            "description": profiles.VIEWS[view.name],
                            "documents": len(view.documents),
                            "words": view.words,
                            "words_by_language": dict(sorted(view.languages.items())),
                            "too_little_text": view.too_little_text,
                        }
                        for view in profile.views
                    },
                    "figures": [row for row in rows if row["source"] == profile.source.name],
                }
                for profile in found
            ]
        )


def profiles_csv(rows: list[dict]) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="framing-profile.csv"'
    writer = csv.DictWriter(response, fieldnames=profiles.COLUMNS)
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
    return response


# A spreadsheet reads a cell starting with one of these as a formula (or a DDE call).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A text cell a spreadsheet would run as a formula is given a leading apostrophe, so that
    a source or label named ``=HYPERLINK(…)`` stays text (OWASP's CSV injection advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


class FramingLabelSerializer(serializers.ModelSerializer):
    class Meta:
        model = FramingLabel
        fields = [
            "id",
            "name",
            "slug",
            "category",
            "description",
            "semeval_code",
            "position",
            "is_active",
        ]
        read_only_fields = ["id"]
        extra_kwargs = {"name": {"validators": []}, "slug": {"validators": []}}


class FramingLabelViewSet(CatalogueViewSet):
    """The framing taxonomy (active labels; editors see retired ones too and edit them)."""

    permission_classes = [permissions.IsAuthenticatedOrReadOnly, EditorsWriteOthersRead]
    queryset = FramingLabel.objects.order_by("category", "position", "id")
    serializer_class = FramingLabelSerializer
    write_serializer_class = FramingLabelSerializer
    pagination_class = None  # a few dozen rows

    def public_queryset(self):
        return self.queryset.filter(is_active=True)

    def create_with(self, data):
        return services.framing_label_create(**data)

    def update_with(self, label, data):
        return services.framing_label_update(label=label, **data)
