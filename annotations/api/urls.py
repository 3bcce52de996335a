from django.urls import path

from . import views

urlpatterns = [
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
