"""What every app's document endpoints share: queueing a task for one document."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from desk.outbox import outbox_enqueue
from desk.permissions import IsDeskMember

from .models import Document

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
