"""Who may do what. Roles are Django groups; superusers hold every role, but four-eyes binds."""

from django.contrib.auth.models import AbstractBaseUser

from .workflow import EDITORS, REVIEWERS


def user_roles(user: AbstractBaseUser) -> frozenset[str]:
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return frozenset({EDITORS, REVIEWERS})
    cached = getattr(user, "_parallax_roles", None)
    if cached is None:
        cached = frozenset(
            user.groups.filter(name__in=(EDITORS, REVIEWERS)).values_list("name", flat=True)
        )
        user._parallax_roles = cached
    return cached


def is_editor(user: AbstractBaseUser) -> bool:
    return EDITORS in user_roles(user)


def is_reviewer(user: AbstractBaseUser) -> bool:
    return REVIEWERS in user_roles(user)


def is_desk_member(user: AbstractBaseUser) -> bool:
    return bool(user_roles(user))
