"""Who may do what with sources and documents, for the admin, the API and the services.

What outsiders may read of them is decided above this app, by ``verification.access`` (what
published verdicts name).
"""

from django.contrib.auth.models import AbstractBaseUser

from desk.roles import is_editor


def may_delete(user: AbstractBaseUser) -> bool:
    """Editors delete (or retire) sources and documents."""
    return is_editor(user)
