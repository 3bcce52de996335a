from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"
    # What each role may do here (``desk.roles.grant_role_permissions``); all roles view all.
    role_permissions = {
        "Reviewers": [
            "add_claim",
            "change_claim",
            "add_incident",
            "change_incident",
            "add_attribution",
            "change_attribution",
            "delete_attribution",
            "add_claimpair",
            "change_claimpair",
            "change_claimaccount",
            "delete_claimaccount",
        ],
        "Editors": ["delete_claim", "delete_claimpair", "delete_incident"],
    }

    def ready(self):
        from . import receivers  # noqa: F401  (connects the signal handlers)
