"""The admin header's greeting: who is logged in, and in which roles."""

from django import template

from desk.roles import role_titles

register = template.Library()


@register.filter
def person_name(user) -> str:
    """The user's full name, or their username when they have none."""
    return user.get_full_name() or user.get_username()


@register.filter
def roles_text(user) -> str:
    return ", ".join(role_titles(user))
