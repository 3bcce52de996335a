from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from sources.models import Document

from .. import tasks
from .views import IsDeskMember

DETAIL = inline_serializer("ExtractionRequested", {"detail": serializers.CharField()})


class ExtractClaimsView(APIView):
    """Queue claim extraction for a document (it also runs when a document is created): its
    attributed statements become suggested claims; unknown speakers become proposed sources."""

    permission_classes = [IsDeskMember]

    @extend_schema(request=None, responses={202: DETAIL})
    def post(self, request, pk: int):
        document = get_object_or_404(Document, pk=pk)
        tasks.extract_claims.delay(document.pk)
        return Response(
            {"detail": f"Claim extraction requested for document #{document.pk}."},
            status=status.HTTP_202_ACCEPTED,
        )
