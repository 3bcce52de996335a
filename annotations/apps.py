from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate


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

        post_migrate.connect(
            _restore_lexicon_triggers, sender=self, dispatch_uid="annotations-lexicon-triggers"
        )


def _restore_lexicon_triggers(sender, using, **kwargs):
    """A later migration that rebuilds a lexicon table on SQLite drops the table's triggers
    with it; they are put back after every migrate."""
    from .lexicon_triggers import restore_sqlite_triggers

    restore_sqlite_triggers(connections[using])
