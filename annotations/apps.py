from django.apps import AppConfig


class AnnotationsConfig(AppConfig):
    name = "annotations"
    verbose_name = "Framing annotations"

    def ready(self):
        from . import receivers  # noqa: F401  (connects the signal handlers)
