"""Who may do what with claims: pairing and extraction, for the admin and the API.

What outsiders may read of claims is decided above this app, by ``verification.access`` (a
claim is public once a verdict on it is published).
"""

from django.contrib.auth.models import AbstractBaseUser

from desk.roles import is_desk_member, is_editor


def may_pair(user: AbstractBaseUser) -> bool:
    """Reviewers and editors link claims and see a claim's contradiction candidates."""
    return is_desk_member(user)


def may_extract(user: AbstractBaseUser) -> bool:
    """Reviewers and editors run claim extraction."""
    return is_desk_member(user)


def may_delete(user: AbstractBaseUser) -> bool:
    """Editors delete (or retire) claims."""
    return is_editor(user)


def may_mark(user: AbstractBaseUser) -> bool:
    """Reviewers and editors mark claims in a text and review extraction's suggestions."""
    return is_desk_member(user)
