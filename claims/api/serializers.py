from rest_framework import serializers

from desk.serializers import RejectsUnknownFields
from sources.models import Document, Source

from ..models import Casualties, Claim, ClaimAccount, HeldClaim, Incident, Place


class ClaimBriefSerializer(serializers.ModelSerializer):
    speaker = serializers.StringRelatedField()

    class Meta:
        model = Claim
        fields = ["id", "summary", "quote", "speaker", "stated_on", "status"]
        read_only_fields = fields


class ClaimSerializer(serializers.ModelSerializer):
    """A claim as the desk reads it over the API (the catalogue's claims, a corrected claim)."""

    relay_chain = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "document",
            "start",
            "end",
            "quote",
            "summary",
            "speaker",
            "relay_chain",
            "incident",
            "stated_on",
        ]
        read_only_fields = fields

    def get_relay_chain(self, claim: Claim) -> list[int]:
        return [link.source_id for link in claim.attributions.all()]


class ClaimWriteSerializer(RejectsUnknownFields, serializers.Serializer):
    """A claim marked on a span of a document (``POST claims/``)."""

    document = serializers.PrimaryKeyRelatedField(queryset=Document.objects.defer("text"))
    start = serializers.IntegerField(min_value=0, help_text="Code point offset.")
    end = serializers.IntegerField(min_value=1, help_text="Code point offset, exclusive.")
    quote = serializers.CharField(required=False, trim_whitespace=False, max_length=100_000)
    summary = serializers.CharField(max_length=500)
    speaker = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all())
    relay_chain = serializers.PrimaryKeyRelatedField(
        queryset=Source.objects.all(), many=True, required=False
    )
    incident = serializers.PrimaryKeyRelatedField(
        queryset=Incident.objects.all(), required=False, allow_null=True
    )
    stated_on = serializers.DateField(required=False, allow_null=True)


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


class SuggestionCorrectionSerializer(RejectsUnknownFields, serializers.Serializer):
    """A suggested claim as the reviewer corrects it; fields left out of ``relay_chain``,
    ``summary``, ``incident`` and ``stated_on`` keep their value (the relay chain: is cleared)."""

    start = serializers.IntegerField(min_value=0, help_text="Code point offset.")
    end = serializers.IntegerField(min_value=1, help_text="Code point offset, exclusive.")
    quote = serializers.CharField(required=False, trim_whitespace=False, max_length=100_000)
    speaker = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all())
    relay_chain = serializers.PrimaryKeyRelatedField(
        queryset=Source.objects.all(), many=True, required=False
    )
    summary = serializers.CharField(max_length=500, required=False)
    incident = serializers.PrimaryKeyRelatedField(
        queryset=Incident.objects.all(), required=False, allow_null=True
    )
    stated_on = serializers.DateField(required=False, allow_null=True)


class CorrectedClaimSerializer(ClaimSerializer):
    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "status", "workflow_version"]
        read_only_fields = fields


class HeldClaimWriteSerializer(ClaimWriteSerializer):
    speaker = None
    speaker_name = serializers.CharField(
        max_length=200, help_text="The speaker's name, as a new source for an editor to confirm."
    )


class HeldClaimSerializer(serializers.ModelSerializer):
    speaker_name = serializers.CharField(source="proposal.name", read_only=True)

    class Meta:
        model = HeldClaim
        fields = [
            "id",
            "document",
            "start",
            "end",
            "quote",
            "summary",
            "speaker_name",
            "proposal",
            "relay_chain",
            "incident",
            "stated_on",
        ]
        read_only_fields = fields
