from django.apps import AppConfig


class VerificationConfig(AppConfig):
    name = "verification"
    verbose_name = "Verification"
    # What each role may do here (``desk.roles.grant_role_permissions``); all roles view all.
    role_permissions = {
        "Reviewers": ["add_verdict", "change_verdict"],
        "Editors": [
            "add_team",
            "change_team",
            "delete_team",
            "add_rating",
            "change_rating",
            "add_verificationtask",
            "change_verificationtask",
            "delete_verificationtask",
        ],
    }

    def ready(self):
        from . import receivers  # noqa: F401  (connects the signal handlers)
