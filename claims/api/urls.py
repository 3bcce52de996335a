from django.urls import path
from rest_framework.routers import SimpleRouter

from . import catalogue, extraction, verdicts, views, webhooks

router = SimpleRouter()
router.register("sources", catalogue.SourceViewSet, basename="source")
router.register("documents", catalogue.DocumentViewSet, basename="document")
router.register("incidents", catalogue.IncidentViewSet, basename="incident")
router.register("ratings", catalogue.RatingViewSet, basename="rating")
router.register("claims", catalogue.ClaimViewSet, basename="claim")
router.register("webhooks", webhooks.WebhookSubscriptionViewSet, basename="webhook")

urlpatterns = [
    *router.urls,
    path("verdicts/", verdicts.VerdictListView.as_view(), name="verdict-list"),
    path("verdicts/feed/", verdicts.ClaimReviewFeedView.as_view(), name="verdict-feed"),
    path("verdicts/<int:pk>/", verdicts.VerdictDetailView.as_view(), name="verdict-detail"),
    path(
        "verdicts/<int:pk>/claimreview/",
        verdicts.ClaimReviewView.as_view(),
        name="verdict-claimreview",
    ),
    path(
        "claims/<int:pk>/transition/",
        views.ClaimTransitionView.as_view(),
        name="claim-transition",
    ),
    path(
        "claims/<int:pk>/contradiction-candidates/",
        views.ContradictionCandidatesView.as_view(),
        name="claim-contradiction-candidates",
    ),
    path(
        "documents/<int:pk>/extract-claims/",
        extraction.ExtractClaimsView.as_view(),
        name="document-extract-claims",
    ),
    path("claim-pairs/", views.ClaimPairListCreateView.as_view(), name="claim-pair-list"),
    path("tasks/mine/", views.MyTasksView.as_view(), name="task-mine"),
    path("tasks/take-next/", views.TakeNextTaskView.as_view(), name="task-take-next"),
]
