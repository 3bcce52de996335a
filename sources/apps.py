from django.apps import AppConfig


class SourcesConfig(AppConfig):
    name = "sources"
    verbose_name = "Sources and documents"
    # What each role may do here (``desk.roles.grant_role_permissions``); all roles view all.
    role_permissions = {
        "Reviewers": [
            "add_document",
            "change_document",
            "add_source",
            "change_source",
            "add_sourcealias",
            "change_sourcealias",
            "add_sourcedomain",
        ],
        "Editors": [
            "delete_document",
            "delete_source",
            "delete_sourcealias",
            "change_sourceproposal",
            "delete_sourcedomain",
            "add_feed",
            "change_feed",
            "delete_feed",
        ],
    }
