from rest_framework import serializers

from ..models import Claim


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
    axes = serializers.ListField(
        child=serializers.CharField(),
        help_text="Where the two accounts conflict: initiator, denial, casualties.",
    )
