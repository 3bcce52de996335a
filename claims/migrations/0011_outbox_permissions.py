"""Editors read the queued-task log and send pending tasks again; reviewers read it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW_CODES = ["view_outboxmessage"]
EDITOR_CODES = ["view_outboxmessage", "change_outboxmessage"]


def grant(apps, schema_editor):
    # As in 0008: the permissions of a new model exist only after post_migrate.
    app_config = apps.get_app_config("desk")
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
    desk = apps.get_model("auth", "Permission").objects.filter(content_type__app_label="desk")
    for group in Group.objects.filter(name="Reviewers"):
        group.permissions.add(*desk.filter(codename__in=VIEW_CODES))
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*desk.filter(codename__in=EDITOR_CODES))


def revoke(apps, schema_editor):
    desk = apps.get_model("auth", "Permission").objects.filter(content_type__app_label="desk")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=["Reviewers", "Editors"]):
        group.permissions.remove(*desk.filter(codename__in=EDITOR_CODES))


class Migration(migrations.Migration):
    dependencies = [("claims", "0010_verdict_snapshot"), ("desk", "0001_initial")]

    operations = [migrations.RunPython(grant, revoke)]
