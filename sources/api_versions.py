"""POST documents/{id}/versions/: record that a document's text changed (a new version)."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from desk.permissions import IsDeskMember
from desk.serializers import RejectsUnknownFields

from .models import Document
from .selectors import current_version, placement_counts
from .versioning import document_text_changed


class NewVersionSerializer(RejectsUnknownFields, serializers.Serializer):
    text = serializers.CharField(trim_whitespace=False, help_text="The whole text as it reads now.")
    title = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=500,
        help_text="The headline as it reads now; the current one when left out.",
    )


class VersionSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The current version's document id.")
    version = serializers.IntegerField()
    previous_version = serializers.IntegerField(allow_null=True)
    created = serializers.BooleanField(
        help_text="False when the text was the current version's: nothing was made."
    )
    placements = serializers.DictField(
        child=serializers.IntegerField(),
        help_text="How the claims and framing spans of the version before were placed on it: "
        "exact, moved, changed (quote edited) and orphan (not found).",
    )


class DocumentVersionView(APIView):
    """Record a document's text as it reads now. A text that differs from the current
    version's makes a new version (201), onto which the claims and framing spans are placed by
    their quote and context; the same text again changes nothing (200). Desk members only."""

    permission_classes = [IsDeskMember]

    @extend_schema(
        request=NewVersionSerializer, responses={200: VersionSerializer, 201: VersionSerializer}
    )
    def post(self, request, pk: int):
        document = get_object_or_404(Document, pk=pk)
        payload = NewVersionSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        before = current_version(document).pk
        current = document_text_changed(
            document=document,
            text=payload.validated_data["text"],
            title=payload.validated_data.get("title", ""),
            actor=request.user,
        )
        created = current.pk != before
        answer = {
            "id": current.pk,
            "version": current.version,
            "previous_version": current.previous_version_id,
            "created": created,
            "placements": placement_counts(current) if created else {},
        }
        return Response(
            VersionSerializer(answer).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )
