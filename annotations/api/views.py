from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from rest_framework import permissions, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.views import IsDeskMember
from sources.models import Document

from .. import interchange, services, tasks
from ..agreement import agreement
from ..models import Annotation
from .parsers import PlainTextParser


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


class SemEvalExportView(APIView):
    """A document's accepted SemEval-technique spans as a SemEval span file."""

    permission_classes = [permissions.AllowAny]

    def get(self, request, pk: int):
        document = get_object_or_404(Document, pk=pk)
        spans = interchange.semeval_spans(Document.objects.filter(pk=document.pk))
        body = "".join(f"{span.line()}\n" for span in spans)
        return HttpResponse(body, content_type="text/tab-separated-values; charset=utf-8")


class SemEvalImportView(APIView):
    """POST a SemEval span file as the request body (text/plain): 201, or 400 with every bad
    line, and then nothing is written."""

    permission_classes = [IsDeskMember]
    parser_classes = [PlainTextParser]

    def post(self, request):
        # An empty body parses as no data at all: an empty file, with nothing to import.
        text = request.data if isinstance(request.data, str) else ""
        created = services.semeval_import(text=text)
        return Response({"imported": created}, status=status.HTTP_201_CREATED)


class AgreementView(APIView):
    """Span-level F1 between annotators, overall and per label; ``?document=`` narrows it."""

    permission_classes = [IsDeskMember]

    def get(self, request):
        annotations = Annotation.objects.all()
        document = request.query_params.get("document")
        if document is not None:
            if not document.isdigit():
                raise ValidationError({"document": "A document id is a whole number."})
            annotations = annotations.filter(document_id=int(document))
        result = agreement(annotations)
        return Response(
            {
                "documents": result.documents,
                "annotator_pairs": result.pairs,
                "f1": result.f1,
                "labels": [
                    {"label": slug, "f1": f1, "spans": spans}
                    for slug, (f1, spans) in result.labels.items()
                ],
            }
        )
