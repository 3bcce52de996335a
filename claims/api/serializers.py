from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Claim, ClaimPair, Rating, VerificationTask
from claims.roles import is_desk_member
from claims.workflow import TRANSITIONS


class TransitionRequestSerializer(serializers.Serializer):
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


class ClaimBriefSerializer(serializers.ModelSerializer):
    speaker = serializers.StringRelatedField()

    class Meta:
        model = Claim
        fields = ["id", "summary", "quote", "speaker", "stated_on", "status"]
        read_only_fields = fields


class CandidateSerializer(serializers.Serializer):
    claim = ClaimBriefSerializer()
    score = serializers.FloatField()
    similarity = serializers.FloatField()
    reasons = serializers.ListField(child=serializers.CharField())


class ClaimPairSerializer(serializers.ModelSerializer):
    """A pair as read back; writes go through ClaimPairCreateSerializer and the service."""

    created_by = serializers.SerializerMethodField(
        help_text="Who linked the claims: for reviewers and editors only (null for others)."
    )

    class Meta:
        model = ClaimPair
        fields = ["id", "claim_a", "claim_b", "relation", "rationale", "created_by", "created_at"]
        read_only_fields = fields

    @extend_schema_field({"type": "string", "nullable": True})
    def get_created_by(self, pair: ClaimPair) -> str | None:
        request = self.context.get("request")
        if pair.created_by_id is None or not (request and is_desk_member(request.user)):
            return None
        return str(pair.created_by)


class ClaimPairCreateSerializer(serializers.Serializer):
    claim_a = serializers.PrimaryKeyRelatedField(queryset=Claim.objects.all())
    claim_b = serializers.PrimaryKeyRelatedField(queryset=Claim.objects.all())
    relation = serializers.ChoiceField(choices=ClaimPair.Relation.choices)
    rationale = serializers.CharField(required=False, allow_blank=True, max_length=20000)
