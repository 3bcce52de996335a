from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DeskConfig(AppConfig):
    """What every other app of the desk stands on; it imports none of them."""

    name = "desk"
    verbose_name = "Desk"
    role_permissions = {"Editors": ["change_outboxmessage"]}

    def ready(self):
        from .roles import grant_role_permissions

        # After django.contrib.auth's own handler (it is installed first), which creates the
        # permissions this one grants.
        post_migrate.connect(grant_role_permissions, dispatch_uid="desk-grant-role-permissions")
