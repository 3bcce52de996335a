from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from desk.serializers import RejectsUnknownFields
from sources.models import Document

from .. import access
from ..models import Annotation, FramingLabel
from ..services import REVIEW_STATES


class AnnotationSerializer(serializers.ModelSerializer):
    """A framing span as read back. Offsets are Unicode code points into the document's text."""

    note = serializers.SerializerMethodField(
        help_text="The annotator's note: for reviewers and editors only (null for others)."
    )

    label = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    label_name = serializers.CharField(source="label.name", read_only=True)
    category = serializers.CharField(source="label.category", read_only=True)
    annotator = serializers.SerializerMethodField(
        help_text="Who made the span: for reviewers and editors only (null for others)."
    )
    reviewed_by = serializers.SerializerMethodField(
        help_text="Who accepted or rejected it: for reviewers and editors only (null for others)."
    )

    class Meta:
        model = Annotation
        fields = [
            "id",
            "document",
            "start",
            "end",
            "quote",
            "prefix",
            "suffix",
            "label",
            "label_name",
            "category",
            "state",
            "origin",
            "annotator",
            "note",
            "reviewed_by",
            "reviewed_at",
            "created_at",
        ]
        read_only_fields = fields

    def _for_the_desk(self) -> bool:
        request = self.context.get("request")
        return bool(request and access.sees_who_and_notes(request.user))

    @extend_schema_field({"type": "string", "nullable": True})
    def get_note(self, annotation: Annotation) -> str | None:
        return annotation.note if self._for_the_desk() else None

    @extend_schema_field({"type": "string", "nullable": True})
    def get_annotator(self, annotation: Annotation) -> str | None:
        person = annotation.annotator
        return person.username if person is not None and self._for_the_desk() else None

    @extend_schema_field({"type": "string", "nullable": True})
    def get_reviewed_by(self, annotation: Annotation) -> str | None:
        person = annotation.reviewed_by
        return person.username if person is not None and self._for_the_desk() else None


class AnnotationCreateSerializer(RejectsUnknownFields, serializers.Serializer):
    document = serializers.PrimaryKeyRelatedField(queryset=Document.objects.defer("text"))
    start = serializers.IntegerField(min_value=0, help_text="Code point offset (not UTF-16).")
    end = serializers.IntegerField(min_value=1, help_text="Code point offset, exclusive.")
    label = serializers.SlugRelatedField(
        slug_field="slug", queryset=FramingLabel.objects.filter(is_active=True)
    )
    quote = serializers.CharField(
        required=False,
        trim_whitespace=False,
        max_length=100_000,
        help_text="Optional; when given it must equal the text between start and end.",
    )
    note = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class AnnotationBulkReviewSerializer(RejectsUnknownFields, serializers.Serializer):
    document = serializers.PrimaryKeyRelatedField(queryset=Document.objects.defer("text"))
    state = serializers.ChoiceField(choices=REVIEW_STATES)
    ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1),
        required=False,
        max_length=10_000,
        help_text="Only these suggestions of the document; all of them when left out.",
    )
