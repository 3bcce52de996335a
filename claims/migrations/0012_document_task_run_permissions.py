"""The desk sees how the background runs on its documents went (their admin pages)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODES = ["view_documenttaskrun"]


def grant(apps, schema_editor):
    # As in 0009: permissions of a new model exist only after post_migrate, so create them.
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
    permissions = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="sources", codename__in=CODES
    )
    for group in apps.get_model("auth", "Group").objects.filter(name__in=["Reviewers", "Editors"]):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    permissions = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="sources", codename__in=CODES
    )
    for group in apps.get_model("auth", "Group").objects.filter(name__in=["Reviewers", "Editors"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0011_outbox_permissions"),
        ("sources", "0004_document_task_runs"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
