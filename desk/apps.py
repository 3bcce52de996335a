from django.apps import AppConfig


class DeskConfig(AppConfig):
    """What every other app of the desk stands on; it imports none of them."""

    name = "desk"
    verbose_name = "Desk"
