"""Editors manage webhook subscriptions and read the delivery log (and retry deliveries).
Reviewers, like every role, may view every desk model (0003's rule), secrets excepted."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW_CODES = ["view_webhooksubscription", "view_webhookdelivery"]
EDITOR_CODES = [
    "add_webhooksubscription",
    "change_webhooksubscription",
    "delete_webhooksubscription",
    "view_webhooksubscription",
    "change_webhookdelivery",
    "view_webhookdelivery",
]


def grant(apps, schema_editor):
    # As in 0003: permissions of new models exist only after post_migrate, so create them.
    app_config = apps.get_app_config("claims")
    using = schema_editor.connection.alias
    if getattr(app_config, "models_module", None):
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
    else:
        # The migration state's app configs have no models module, which create_permissions
        # skips: flag it for the call only.
        app_config.models_module = True
        try:
            create_permissions(app_config, verbosity=0, using=using, apps=apps)
        finally:
            app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    claims = Permission.objects.filter(content_type__app_label="claims")
    for group in Group.objects.filter(name="Reviewers"):
        group.permissions.add(*claims.filter(codename__in=VIEW_CODES))
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*claims.filter(codename__in=EDITOR_CODES))


def revoke(apps, schema_editor):
    claims = apps.get_model("auth", "Permission").objects.filter(content_type__app_label="claims")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=["Reviewers", "Editors"]):
        group.permissions.remove(*claims.filter(codename__in=EDITOR_CODES))


class Migration(migrations.Migration):
    dependencies = [("claims", "0007_webhooks"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant, revoke)]
