"""Desk endpoints of claims: contradiction candidates, the structured account, correcting a
suggestion before it is accepted, and claims that wait for a new source."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from desk.permissions import IsDeskMember

from .. import candidates
from ..accounts.services import ACCOUNT_FIELDS, account_review
from ..models import Claim, ClaimAccount
from ..services import claim_hold, claim_suggestion_correct
from .serializers import (
    CandidateSerializer,
    CasualtiesSerializer,
    ClaimAccountSerializer,
    CorrectedClaimSerializer,
    HeldClaimSerializer,
    HeldClaimWriteSerializer,
    SuggestionCorrectionSerializer,
)

CANDIDATE_LIMIT = 10


class ContradictionCandidatesView(APIView):
    """Claims by other speakers about the same event, most likely contradictions first."""

    permission_classes = [IsDeskMember]

    @extend_schema(responses=CandidateSerializer(many=True))
    def get(self, request, pk: int):
        claim = get_object_or_404(
            Claim.objects.select_related("speaker", "incident", "document"), pk=pk
        )
        found = candidates.contradiction_candidates(claim, limit=CANDIDATE_LIMIT)
        return Response(CandidateSerializer(found, many=True).data)


class ClaimAccountView(APIView):
    """A claim's structured account (reviewers and editors): GET reads it, PUT replaces it with
    the reviewer's (fields left out are cleared; ``casualties`` replaces the counts), marking it
    reviewed so that rules no longer change it."""

    permission_classes = [IsDeskMember]

    @extend_schema(responses=ClaimAccountSerializer)
    def get(self, request, pk: int):
        account = get_object_or_404(
            ClaimAccount.objects.select_related("place", "reviewed_by"), claim_id=pk
        )
        return Response(_account_data(account))

    @extend_schema(request=ClaimAccountSerializer, responses=ClaimAccountSerializer)
    def put(self, request, pk: int):
        claim = get_object_or_404(Claim, pk=pk)
        payload = ClaimAccountSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = dict(payload.validated_data)
        casualties = [
            (c["side"], c["kind"], c["low"], c["best"], c["high"], c["civilians"])
            for c in data.pop("casualties", [])
        ]
        fields = {
            name: data.get(name, ClaimAccount._meta.get_field(name).get_default())
            for name in ACCOUNT_FIELDS
        }
        try:
            account = account_review(
                claim=claim, actor=request.user, casualties=casualties, **fields
            )
        except DjangoValidationError as error:
            raise ValidationError(getattr(error, "message_dict", None) or error.messages) from None
        return Response(_account_data(account))


def _account_data(account: ClaimAccount) -> dict:
    data = ClaimAccountSerializer(account).data
    data["casualties"] = CasualtiesSerializer(account.casualties.all(), many=True).data
    return data


class SuggestionCorrectView(APIView):
    """Correct a suggested claim's span, speaker and relay chain (and its summary, incident or
    date) before accepting it: 409 once it is no longer a suggestion. Accepting is a workflow
    step of its own (``claims/{id}/transition/``)."""

    permission_classes = [IsDeskMember]

    @extend_schema(request=SuggestionCorrectionSerializer, responses=CorrectedClaimSerializer)
    def post(self, request, pk: int):
        claim = get_object_or_404(Claim, pk=pk)
        payload = SuggestionCorrectionSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        claim = claim_suggestion_correct(claim=claim, actor=request.user, **payload.validated_data)
        return Response(CorrectedClaimSerializer(claim).data)


class HeldClaimCreateView(APIView):
    """Mark a claim whose speaker the desk does not know: the name is proposed as a new source
    (Sources → Proposed sources) and the claim is made once an editor confirms it."""

    permission_classes = [IsDeskMember]

    @extend_schema(request=HeldClaimWriteSerializer, responses={201: HeldClaimSerializer})
    def post(self, request):
        payload = HeldClaimWriteSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        held = claim_hold(**payload.validated_data, created_by=request.user)
        return Response(HeldClaimSerializer(held).data, status=status.HTTP_201_CREATED)
