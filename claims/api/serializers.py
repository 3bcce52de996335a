from rest_framework import serializers

from desk.serializers import RejectsUnknownFields

from ..models import Casualties, Claim, ClaimAccount, Place


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


class CasualtiesSerializer(serializers.Serializer):
    side = serializers.RegexField(r"^[A-Z]{2}$")
    kind = serializers.ChoiceField(choices=Casualties.Kind.choices)
    low = serializers.IntegerField(min_value=0)
    best = serializers.IntegerField(min_value=0)
    high = serializers.IntegerField(min_value=0)
    civilians = serializers.BooleanField(default=False)


class ClaimAccountSerializer(RejectsUnknownFields, serializers.ModelSerializer):
    """A claim's structured account; a PUT is a reviewer's whole account of the claim."""

    place = serializers.SlugRelatedField(
        slug_field="key", queryset=Place.objects.all(), allow_null=True, required=False
    )
    casualties = CasualtiesSerializer(many=True, required=False)
    reviewed_by = serializers.StringRelatedField(read_only=True)

    class Meta:
        model = ClaimAccount
        fields = [
            "act",
            "initiator",
            "target",
            "place",
            "occurred_on",
            "time_of_day",
            "weapons",
            "casualties",
            "reviewed_by",
            "reviewed_at",
        ]
        read_only_fields = ["reviewed_by", "reviewed_at"]
