"""Who may do what. Roles are Django groups; superusers hold every role, but four-eyes binds."""

from django.contrib.auth.models import AbstractBaseUser

REVIEWERS = "Reviewers"
EDITORS = "Editors"


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


# What the admin's header calls each role, in this order.
ROLE_TITLES = ((EDITORS, "Editor"), (REVIEWERS, "Reviewer"))


def role_titles(user: AbstractBaseUser) -> list[str]:
    """The user's roles as the header names them. A superuser is an administrator (who holds
    every role); someone with no role only views what they are allowed to."""
    if not user.is_authenticated:
        return []
    if user.is_superuser:
        return ["Administrator"]
    roles = user_roles(user)
    return [title for role, title in ROLE_TITLES if role in roles] or ["Viewer"]


def is_editor(user: AbstractBaseUser) -> bool:
    return EDITORS in user_roles(user)


def require_editor(user: AbstractBaseUser, refusal: str = "Only editors may do this.") -> None:
    """Refuse (PermissionDenied) anyone but an editor: the check of the desk's delete services."""
    if not is_editor(user):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied(refusal)


def is_reviewer(user: AbstractBaseUser) -> bool:
    return REVIEWERS in user_roles(user)


def is_desk_member(user: AbstractBaseUser) -> bool:
    return bool(user_roles(user))


def grant_role_permissions(app_config, using: str = "default", **kwargs) -> None:
    """Give the roles what ``app_config.role_permissions`` declares, and every role the right
    to view the app's models. Connected to ``post_migrate`` (``DeskConfig.ready``), after
    Django has created the app's permissions, so a fresh or flushed database has the groups.

    ``role_permissions`` maps a role to permission codenames of that app; an editor also
    holds every reviewer's permission. Grants are only added: a permission an administrator
    gave a group by hand stays.
    """
    declared = getattr(app_config, "role_permissions", None)
    if declared is None:
        return
    from django.contrib.auth.models import Group, Permission

    permissions = Permission.objects.using(using).filter(content_type__app_label=app_config.label)
    views = list(permissions.filter(codename__startswith="view_"))
    reviewer_codes = set(declared.get(REVIEWERS, ()))
    wanted = {
        REVIEWERS: reviewer_codes,
        EDITORS: reviewer_codes | set(declared.get(EDITORS, ())),
    }
    for role, codes in wanted.items():
        group, _ = Group.objects.using(using).get_or_create(name=role)
        granted = list(permissions.filter(codename__in=codes))
        missing = codes - {permission.codename for permission in granted}
        if missing:
            raise LookupError(
                f"{app_config.label} grants {role} permissions it does not have: "
                f"{', '.join(sorted(missing))}."
            )
        group.permissions.add(*views, *granted)
