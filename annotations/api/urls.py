from django.urls import path
from rest_framework.routers import SimpleRouter

from ..models import Annotation
from . import imports, views

router = SimpleRouter()
router.register("framing-labels", views.FramingLabelViewSet, basename="framing-label")

urlpatterns = [
    *router.urls,
    path("annotations/", views.AnnotationListCreateView.as_view(), name="annotation-list"),
    path("annotations/review/", views.AnnotationBulkReviewView.as_view(), name="annotation-review"),
    path("annotations/<int:pk>/", views.AnnotationDetailView.as_view(), name="annotation-detail"),
    path(
        "annotations/<int:pk>/web-annotation/",
        views.WebAnnotationView.as_view(),
        name="annotation-web-annotation",
    ),
    path(
        "annotations/<int:pk>/accept/",
        views.AnnotationReviewView.as_view(state=Annotation.State.ACCEPTED),
        name="annotation-accept",
    ),
    path(
        "annotations/<int:pk>/reject/",
        views.AnnotationReviewView.as_view(state=Annotation.State.REJECTED),
        name="annotation-reject",
    ),
    path(
        "reports/framing-profile/",
        views.FramingProfileView.as_view(),
        name="report-framing-profile",
    ),
    path("reports/agreement/", views.AgreementView.as_view(), name="report-agreement"),
    path("documents/<int:pk>/semeval/", views.SemEvalExportView.as_view(), name="document-semeval"),
    path("semeval-spans/", views.SemEvalImportView.as_view(), name="semeval-import"),
    path(
        "annotation-imports/", imports.AnnotationImportView.as_view(), name="annotation-import-list"
    ),
    path(
        "annotation-imports/<int:pk>/",
        imports.AnnotationImportDetailView.as_view(),
        name="annotation-import-detail",
    ),
    path(
        "documents/<int:pk>/web-annotations/",
        views.WebAnnotationsView.as_view(),
        name="document-web-annotations",
    ),
    path(
        "documents/<int:pk>/suggest-framing/",
        views.SuggestFramingView.as_view(),
        name="document-suggest-framing",
    ),
]
