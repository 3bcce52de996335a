from django.apps import AppConfig


class ProjectConfig(AppConfig):
    """The project's own settings checks; ``config`` holds no models."""

    name = "config"
    verbose_name = "Parallax configuration"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
