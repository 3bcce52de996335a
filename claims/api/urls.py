from django.urls import path

from . import extraction, views

urlpatterns = [
    path(
        "claims/<int:pk>/contradiction-candidates/",
        views.ContradictionCandidatesView.as_view(),
        name="claim-contradiction-candidates",
    ),
    path("claims/<int:pk>/account/", views.ClaimAccountView.as_view(), name="claim-account"),
    path(
        "claims/<int:pk>/correct/",
        views.SuggestionCorrectView.as_view(),
        name="claim-correct-suggestion",
    ),
    path("held-claims/", views.HeldClaimCreateView.as_view(), name="held-claim-list"),
    path(
        "documents/<int:pk>/extract-claims/",
        extraction.ExtractClaimsView.as_view(),
        name="document-extract-claims",
    ),
]
