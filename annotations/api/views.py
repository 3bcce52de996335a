from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.views import IsDeskMember
from sources.models import Document

from .. import tasks


class SuggestFramingView(APIView):
    """Queue lexicon suggestions for a document (they also run when a document is created)."""

    permission_classes = [IsDeskMember]

    def post(self, request, pk: int):
        document = get_object_or_404(Document, pk=pk)
        tasks.suggest_framing.delay(document.pk)
        return Response(
            {"detail": f"Lexicon suggestions requested for document #{document.pk}."},
            status=status.HTTP_202_ACCEPTED,
        )
