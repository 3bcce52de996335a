from django.contrib.auth import get_user_model
from rest_framework import serializers

from claims.models import Claim
from desk.serializers import RejectsUnknownFields

from ..models import Rating, VerificationTask
from ..workflow import TRANSITIONS


class TransitionRequestSerializer(RejectsUnknownFields, serializers.Serializer):
    name = serializers.ChoiceField(choices=list(TRANSITIONS))
    comment = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    version = serializers.IntegerField(
        required=False,
        min_value=0,
        help_text="The claim's workflow_version as you saw it; a stale version answers 409.",
    )
    rating = serializers.SlugRelatedField(
        slug_field="slug", queryset=Rating.objects.all(), required=False, allow_null=True
    )
    rationale = serializers.CharField(required=False, allow_blank=True, max_length=20000)
    evidence = serializers.ListField(
        child=serializers.CharField(max_length=2000), required=False, max_length=50
    )
    correction_note = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    assignee = serializers.PrimaryKeyRelatedField(
        queryset=get_user_model().objects.all(),
        required=False,
        allow_null=True,
        help_text="reopen: the user id of who revises the rating (default: the reviewer of the "
        "latest verdict, while on the desk).",
    )


class ClaimWorkflowSerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["id", "status", "workflow_version", "summary"]
        read_only_fields = fields


class TaskSerializer(serializers.ModelSerializer):
    claim = serializers.PrimaryKeyRelatedField(read_only=True)
    claim_summary = serializers.CharField(source="claim.summary", read_only=True, default=None)
    claim_status = serializers.CharField(source="claim.status", read_only=True, default=None)
    team = serializers.StringRelatedField()

    class Meta:
        model = VerificationTask
        fields = [
            "id",
            "claim",
            "claim_summary",
            "claim_status",
            "pair",
            "team",
            "priority",
            "due_on",
            "state",
            "instructions",
            "created_at",
        ]
        read_only_fields = fields
