"""API consumers manage their own webhook subscriptions (editors see all of them)."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.response import Response

from .. import access, webhooks
from ..models import WebhookSubscription


class WebhookSubscriptionSerializer(serializers.ModelSerializer):
    events = serializers.MultipleChoiceField(choices=WebhookSubscription.Event.choices)

    class Meta:
        model = WebhookSubscription
        fields = ["id", "url", "events", "description", "is_active", "created_at"]
        read_only_fields = ["id", "is_active", "created_at"]

    def to_representation(self, subscription):
        data = super().to_representation(subscription)
        data["events"] = sorted(data["events"])
        return data


class NewWebhookSubscriptionSerializer(WebhookSubscriptionSerializer):
    """As created: with the signing secret, which is not shown again."""

    secret = serializers.CharField(read_only=True)

    class Meta(WebhookSubscriptionSerializer.Meta):
        fields = [*WebhookSubscriptionSerializer.Meta.fields, "secret"]
        read_only_fields = [*WebhookSubscriptionSerializer.Meta.read_only_fields, "secret"]


class WebhookSubscriptionViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Your webhook subscriptions. POST ``{"url": …, "events": ["verdict.published",
    "verdict.corrected"]}`` answers with the ``secret`` that signs every delivery: keep it,
    it is not shown again. DELETE unsubscribes."""

    permission_classes = [permissions.IsAuthenticated]
    queryset = WebhookSubscription.objects.none()  # for the schema; get_queryset gives the rows
    serializer_class = WebhookSubscriptionSerializer
    pagination_class = None  # a client has a handful

    def get_queryset(self):
        return access.visible_subscriptions(self.request.user)

    @extend_schema(
        request=WebhookSubscriptionSerializer, responses={201: NewWebhookSubscriptionSerializer}
    )
    def create(self, request, *args, **kwargs):
        payload = WebhookSubscriptionSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        subscription = webhooks.webhook_subscribe(
            url=payload.validated_data["url"],
            events=sorted(payload.validated_data["events"]),
            description=payload.validated_data.get("description", ""),
            owner=request.user,
        )
        return Response(
            NewWebhookSubscriptionSerializer(subscription).data, status=status.HTTP_201_CREATED
        )

    def perform_destroy(self, subscription):
        webhooks.webhook_unsubscribe(subscription=subscription, user=self.request.user)
