"""Imports of annotation files over the API: a preview (``?dry_run=1``), or a write queued as
an import run whose progress and report are read back."""

import json

from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from desk.permissions import IsDeskMember
from desk.serializers import RejectsUnknownFields

from ..formats import FORMATS
from ..import_runs import options_from, preview_as_dict, run_status, uploaded_files
from ..importing import parse, preview, problems_as_dicts
from ..importing_services import ImportRefused, import_run_create
from ..models import ImportRun

# Items listed one by one in a preview (the counts are always whole).
PREVIEW_ITEMS = 1_000


class AnnotationImportSerializer(RejectsUnknownFields, serializers.Serializer):
    files = serializers.ListField(
        child=serializers.FileField(),
        allow_empty=False,
        help_text="The files: one, several (a folder's), or a .zip of a folder.",
    )
    format = serializers.ChoiceField(choices=sorted(FORMATS))
    skip_bad = serializers.BooleanField(
        default=False, help_text="Write the good items and skip the refused ones."
    )
    publisher = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=200,
        help_text="The source publishing new documents, by name (default: the corpus's own).",
    )
    language = serializers.CharField(required=False, max_length=35, default="en")
    offsets = serializers.ChoiceField(
        choices=["code_points", "utf16"],
        required=False,
        help_text="doccano: how the file counts offsets (default: code points, and each span "
        "read otherwise is refused and named).",
    )
    label_map = serializers.CharField(
        required=False,
        allow_blank=True,
        help_text='JSON: {"file label": "label-slug" | ["slug", …] | "create" | "skip"}.',
    )

    def validate_label_map(self, value: str) -> dict:
        if not value.strip():
            return {}
        try:
            data = json.loads(value)
        except json.JSONDecodeError as error:
            raise serializers.ValidationError(f"Not JSON: {error}.") from None
        if not isinstance(data, dict):
            raise serializers.ValidationError("Give a JSON object: file label → label slug.")
        return data


class AnnotationImportView(APIView):
    """POST annotation files (multipart): with ``?dry_run=1`` the preview (200), else the
    import run writing them (202; poll its ``url``). A refused item is a 400 naming its file
    and line, and nothing is written, unless ``skip_bad``."""

    permission_classes = [IsDeskMember]

    @extend_schema(
        request={"multipart/form-data": AnnotationImportSerializer},
        parameters=[
            OpenApiParameter("dry_run", bool, description="Answer the preview, write nothing.")
        ],
        responses={200: OpenApiTypes.OBJECT, 202: OpenApiTypes.OBJECT},
    )
    def post(self, request):
        serializer = AnnotationImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        files = uploaded_files([(upload.name, upload.read()) for upload in data["files"]])
        options = options_from(data)
        try:
            if request.query_params.get("dry_run") in ("1", "true", "yes"):
                parsed = parse(files=files, format=data["format"], options=options)
                plan = preview(
                    parsed=parsed, format=data["format"], options=options, actor=request.user
                )
                return Response(preview_as_dict(plan, limit=PREVIEW_ITEMS))
            run = import_run_create(
                files=files, format=data["format"], options=options, actor=request.user
            )
        except ImportRefused as refused:
            return Response(
                {
                    "detail": refused.messages[:PREVIEW_ITEMS],
                    "problems": problems_as_dicts(refused.problems[:PREVIEW_ITEMS]),
                },
                status=status.HTTP_400_BAD_REQUEST,
            )
        run.refresh_from_db()  # without a broker the write has run already
        url = request.build_absolute_uri(reverse("annotation-import-detail", args=[run.pk]))
        return Response(
            {**run_status(run), "url": url},
            status=status.HTTP_202_ACCEPTED,
            headers={"Location": url},
        )


class AnnotationImportDetailView(APIView):
    """An import run: its state, progress (``done`` of ``total``) and, once done, its report."""

    permission_classes = [IsDeskMember]

    @extend_schema(responses=OpenApiTypes.OBJECT)
    def get(self, request, pk: int):
        return Response(run_status(get_object_or_404(ImportRun, pk=pk)))
