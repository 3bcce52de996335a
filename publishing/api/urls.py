from django.urls import path
from rest_framework.routers import SimpleRouter

from . import catalogue, external_reviews, pairs, verdicts, webhooks

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
    path("claim-pairs/", pairs.ClaimPairListCreateView.as_view(), name="claim-pair-list"),
    path(
        "external-reviews/",
        external_reviews.ExternalReviewListCreateView.as_view(),
        name="external-review-list",
    ),
]
