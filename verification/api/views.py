"""The workflow over the API: transitions, and the caller's verification tasks."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.models import Claim
from desk.permissions import IsDeskMember

from .. import selectors, services
from .serializers import ClaimWorkflowSerializer, TaskSerializer, TransitionRequestSerializer


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
            assignee=data.get("assignee"),
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
