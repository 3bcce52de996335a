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
        ],
        "Editors": [
            "delete_document",
            "delete_source",
            "delete_sourcealias",
            "change_sourceproposal",
        ],
    }
