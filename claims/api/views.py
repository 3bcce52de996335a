import django_filters
from django.db.models import Q
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import generics, permissions, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import candidates, selectors, services
from claims.models import Claim, ClaimPair
from claims.roles import is_desk_member
from config.api import CursorPagination, IdFilter
from desk.outbox import outbox_enqueue
from sources.models import Document

from .catalogue import DeskWritesOthersRead
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


TASK_REQUESTED = inline_serializer("TaskRequested", {"detail": serializers.CharField()})


class DocumentTaskView(APIView):
    """Queue ``task`` for one document, for desk members: 202 saying what was requested, 404
    for an unknown document. A subclass names the task and says what it does."""

    permission_classes = [IsDeskMember]
    task = None  # a Celery task that takes the document's id
    requested = ""  # what the answer says was requested, e.g. "Claim extraction"

    @extend_schema(request=None, responses={202: TASK_REQUESTED})
    def post(self, request, pk: int):
        document = get_object_or_404(Document, pk=pk)
        outbox_enqueue(task=self.task, args=[document.pk])
        return Response(
            {"detail": f"{self.requested} requested for document #{document.pk}."},
            status=status.HTTP_202_ACCEPTED,
        )


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
    page_size_query_param = "page_size"
    max_page_size = 500


class ClaimPairFilter(django_filters.FilterSet):
    claim = IdFilter(
        field_name="claim_a",
        method="filter_claim",
        help_text="Pairs with this claim, on either side.",
    )
    relation = django_filters.ChoiceFilter(choices=ClaimPair.Relation.choices)

    class Meta:
        model = ClaimPair
        fields = ["claim", "relation"]

    def filter_claim(self, pairs, name, value):
        return pairs.filter(Q(claim_a_id=value) | Q(claim_b_id=value))


class ClaimPairListCreateView(generics.ListAPIView):
    """Pairs, newest first; filters ``claim`` (either side) and ``relation``. Outside the desk
    only pairs of two public claims (both with a published verdict), without who linked them.
    POST (reviewers and editors) links two claims, in either order."""

    permission_classes = [permissions.IsAuthenticatedOrReadOnly, DeskWritesOthersRead]
    serializer_class = ClaimPairSerializer
    pagination_class = NewestFirst
    filter_backends = [django_filters.rest_framework.DjangoFilterBackend]
    filterset_class = ClaimPairFilter

    def get_queryset(self):
        if is_desk_member(self.request.user):
            return selectors.claim_pairs()
        return selectors.public_claim_pairs()

    @extend_schema(request=ClaimPairCreateSerializer, responses={201: ClaimPairSerializer})
    def post(self, request):
        payload = ClaimPairCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        pair = services.claim_pair_create(**payload.validated_data, created_by=request.user)
        return Response(
            ClaimPairSerializer(pair, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )
