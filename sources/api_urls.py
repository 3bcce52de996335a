from django.urls import path

from .api_versions import DocumentVersionView

urlpatterns = [
    path(
        "documents/<int:pk>/versions/",
        DocumentVersionView.as_view(),
        name="document-versions",
    ),
]
