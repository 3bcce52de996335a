from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo desk. It composes sources, claims and annotations, so nothing imports it."""

    name = "demo"
    verbose_name = "Demo desk"
