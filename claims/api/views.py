"""Desk endpoints of claims: contradiction candidates of a claim."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from desk.permissions import IsDeskMember

from .. import candidates
from ..models import Claim
from .serializers import CandidateSerializer

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
