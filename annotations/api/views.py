from django.shortcuts import get_object_or_404
from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.views import IsDeskMember
from sources.models import Document

from .. import interchange, tasks


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


class WebAnnotationsView(APIView):
    """A document's accepted framing annotations as a W3C Web Annotation collection."""

    permission_classes = [permissions.AllowAny]

    def get(self, request, pk: int):
        document = get_object_or_404(Document, pk=pk)
        collection = interchange.web_annotation_collection(
            document, base_url=request.build_absolute_uri()
        )
        return Response(
            collection,
            content_type='application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        )
