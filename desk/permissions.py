"""Who may call what, for every app's API: the roles of ``desk.roles`` as DRF permissions."""

from rest_framework import permissions

from .roles import is_desk_member, is_editor


class IsDeskMember(permissions.BasePermission):
    message = "Only reviewers and editors can do this."

    def has_permission(self, request, view) -> bool:
        return is_desk_member(request.user)


class DeskWritesOthersRead(permissions.BasePermission):
    message = "Only reviewers and editors can do this."

    def has_permission(self, request, view) -> bool:
        return request.method in permissions.SAFE_METHODS or is_desk_member(request.user)


class EditorsWriteOthersRead(permissions.BasePermission):
    message = "Only editors can do this."

    def has_permission(self, request, view) -> bool:
        return request.method in permissions.SAFE_METHODS or is_editor(request.user)
