from django.apps import AppConfig


class AnnotationsConfig(AppConfig):
    name = "annotations"
    verbose_name = "Framing annotations"
    # What each role may do here (``desk.roles.grant_role_permissions``); all roles view all.
    role_permissions = {
        "Reviewers": ["add_annotation", "change_annotation", "delete_annotation"],
        "Editors": [
            "add_framinglabel",
            "change_framinglabel",
            "add_lexiconentry",
            "change_lexiconentry",
            "delete_lexiconentry",
        ],
    }

    def ready(self):
        from . import receivers  # noqa: F401  (connects the signal handlers)
