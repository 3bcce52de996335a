from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, permissions, status
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import candidates, selectors, services
from claims.models import Claim, ClaimPair
from claims.roles import is_desk_member

from .serializers import (
    CandidateSerializer,
    ClaimPairCreateSerializer,
    ClaimPairSerializer,
    ClaimWorkflowSerializer,
    TaskSerializer,
    TransitionRequestSerializer,
)

CANDIDATE_LIMIT = 10


class IsDeskMember(permissions.BasePermission):
    message = "Only reviewers and editors can do this."

    def has_permission(self, request, view) -> bool:
        return is_desk_member(request.user)


class ClaimTransitionView(APIView):
    """Run one workflow transition on a claim: 400 bad input, 403 role, 409 wrong state."""

    permission_classes = [IsDeskMember]

    @extend_schema(request=TransitionRequestSerializer, responses=ClaimWorkflowSerializer)
    def post(self, request, pk: int):
        claim = get_object_or_404(Claim, pk=pk)
        payload = TransitionRequestSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        claim = services.claim_transition(
            claim=claim,
            name=data["name"],
            actor=request.user,
            comment=data.get("comment", ""),
            expected_version=data.get("version"),
            rating=data.get("rating"),
            rationale=data.get("rationale", ""),
            evidence=data.get("evidence", []),
            correction_note=data.get("correction_note", ""),
        )
        return Response(ClaimWorkflowSerializer(claim).data)


class MyTasksView(APIView):
    """The caller's open verification tasks, soonest due first."""

    permission_classes = [IsDeskMember]

    @extend_schema(responses=TaskSerializer(many=True))
    def get(self, request):
        tasks = selectors.task_queue_for_user(user=request.user)
        return Response(TaskSerializer(tasks, many=True).data)


class TakeNextTaskView(APIView):
    """Assign the caller the most urgent unassigned task of their teams."""

    permission_classes = [IsDeskMember]

    @extend_schema(request=None, responses=TaskSerializer)
    def post(self, request):
        task = services.task_take_next(user=request.user)
        if task is None:
            return Response(
                {"detail": "No unassigned task is waiting in your teams' queues."},
                status=status.HTTP_404_NOT_FOUND,
            )
        return Response(TaskSerializer(task).data)


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


class NewestFirst(CursorPagination):
    """Pages by position, not by count: the list can hold hundreds of thousands of pairs."""

    ordering = ("-created_at", "-id")
    page_size = 50


class ClaimPairListCreateView(generics.ListAPIView):
    """Pairs, newest first (desk members); POST links two claims, in either order."""

    permission_classes = [IsDeskMember]
    serializer_class = ClaimPairSerializer
    pagination_class = NewestFirst
    queryset = ClaimPair.objects.select_related("created_by")

    @extend_schema(request=ClaimPairCreateSerializer, responses={201: ClaimPairSerializer})
    def post(self, request):
        payload = ClaimPairCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        pair = services.claim_pair_create(**payload.validated_data, created_by=request.user)
        return Response(ClaimPairSerializer(pair).data, status=status.HTTP_201_CREATED)
