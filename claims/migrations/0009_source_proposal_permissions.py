"""Editors decide on the sources that claim extraction proposes; reviewers see them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW_CODES = ["view_sourceproposal"]
EDITOR_CODES = ["change_sourceproposal", "view_sourceproposal"]


def grant(apps, schema_editor):
    # As in 0008: permissions of a new model exist only after post_migrate, so create them.
    app_config = apps.get_app_config("sources")
    using = schema_editor.connection.alias
    flagged = not getattr(app_config, "models_module", None)
    if flagged:
        app_config.models_module = True
    try:
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
    finally:
        if flagged:
            app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    permissions = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="sources"
    )
    for group in Group.objects.filter(name="Reviewers"):
        group.permissions.add(*permissions.filter(codename__in=VIEW_CODES))
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*permissions.filter(codename__in=EDITOR_CODES))


def revoke(apps, schema_editor):
    permissions = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="sources", codename__in=EDITOR_CODES
    )
    for group in apps.get_model("auth", "Group").objects.filter(name__in=["Reviewers", "Editors"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("claims", "0008_webhook_permissions"), ("sources", "0003_source_proposals")]

    operations = [migrations.RunPython(grant, revoke)]
