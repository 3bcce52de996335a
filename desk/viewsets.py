"""The shape of the catalogue's endpoints, shared by every app that has one."""

import django_filters
from drf_spectacular.openapi import AutoSchema
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.response import Response

from .pagination import ById
from .permissions import DeskWritesOthersRead
from .roles import is_desk_member


class CatalogueSchema(AutoSchema):
    """The body of a create or an update is the write serializer's; the answer is the read
    serializer's, as for every other request."""

    def get_request_serializer(self):
        if getattr(self.view, "action", None) in ("create", "partial_update"):
            return self.view.write_serializer_class
        return super().get_request_serializer()


class CatalogueViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """List and retrieve for everyone (within what they may see); POST creates and PATCH
    updates through ``create_with`` and ``update_with``, the entity's services."""

    permission_classes = [permissions.IsAuthenticatedOrReadOnly, DeskWritesOthersRead]
    schema = CatalogueSchema()
    pagination_class = ById
    filter_backends = [django_filters.rest_framework.DjangoFilterBackend]
    http_method_names = ["get", "post", "patch", "head", "options"]
    write_serializer_class: type[serializers.Serializer]

    def desk_queryset(self):
        return self.queryset

    def public_queryset(self):
        return self.queryset

    def get_queryset(self):
        if is_desk_member(self.request.user):
            return self.desk_queryset()
        return self.public_queryset()

    def create(self, request, *args, **kwargs):
        payload = self.write_serializer_class(data=request.data)
        payload.is_valid(raise_exception=True)
        created = self.create_with(dict(payload.validated_data))
        return Response(self.get_serializer(created).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        instance = self.get_object()
        payload = self.write_serializer_class(instance, data=request.data, partial=True)
        payload.is_valid(raise_exception=True)
        updated = self.update_with(instance, dict(payload.validated_data))
        # What was prefetched with the row (a source's aliases) may have changed meanwhile.
        updated._prefetched_objects_cache = {}
        return Response(self.get_serializer(updated).data)
