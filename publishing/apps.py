from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "publishing"
    verbose_name = "Publishing"
    # What each role may do here (``desk.roles.grant_role_permissions``); all roles view all.
    role_permissions = {
        "Reviewers": ["add_externalreview", "change_externalreview"],
        "Editors": [
            "delete_externalreview",
            "add_webhooksubscription",
            "change_webhooksubscription",
            "delete_webhooksubscription",
            "change_webhookdelivery",
        ],
    }

    def ready(self):
        from . import receivers  # noqa: F401  (connects the signal handlers)
