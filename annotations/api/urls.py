from django.urls import path

from . import views

urlpatterns = [
    path(
        "reports/framing-profile/",
        views.FramingProfileView.as_view(),
        name="report-framing-profile",
    ),
    path("reports/agreement/", views.AgreementView.as_view(), name="report-agreement"),
    path("documents/<int:pk>/semeval/", views.SemEvalExportView.as_view(), name="document-semeval"),
    path("semeval-spans/", views.SemEvalImportView.as_view(), name="semeval-import"),
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
