"""The default rating scale and the desk's two roles, with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RATINGS = [
    # (label, slug, value, position, description)
    ("False", "false", 1, 1,
     "The claim is wrong: the evidence contradicts it."),
    ("Mostly false", "mostly-false", 2, 2,
     "A grain of fact, but the claim's thrust is contradicted by the evidence."),
    ("Half true", "half-true", 3, 3,
     "Partly accurate, but it leaves out or distorts things that change its meaning."),
    ("Mostly true", "mostly-true", 4, 4,
     "Accurate in substance; minor details are wrong or need context."),
    ("True", "true", 5, 5,
     "The evidence supports the claim as stated."),
    ("Unproven", "unproven", None, 6,
     "Neither confirmed nor refuted: the available evidence does not settle it. Off the scale."),
]

VIEW_APPS = ("sources", "claims", "annotations")
REVIEWER_PERMISSIONS = [
    "sources.add_document", "sources.change_document",
    "sources.add_source", "sources.change_source",
    "sources.add_sourcealias", "sources.change_sourcealias",
    "claims.add_claim", "claims.change_claim",
    "claims.add_attribution", "claims.change_attribution", "claims.delete_attribution",
    "claims.add_claimpair", "claims.change_claimpair",
    "claims.add_incident", "claims.change_incident",
    "claims.add_verdict", "claims.change_verdict",
    "annotations.add_annotation", "annotations.change_annotation",
    "annotations.delete_annotation",
]
EDITOR_EXTRA_PERMISSIONS = [
    "sources.delete_document", "sources.delete_source", "sources.delete_sourcealias",
    "claims.delete_claim", "claims.delete_claimpair", "claims.delete_incident",
    "claims.add_team", "claims.change_team", "claims.delete_team",
    "claims.add_verificationtask", "claims.change_verificationtask",
    "claims.delete_verificationtask",
    "claims.add_rating", "claims.change_rating",
    "annotations.add_framinglabel", "annotations.change_framinglabel",
    "annotations.add_lexiconentry", "annotations.change_lexiconentry",
    "annotations.delete_lexiconentry",
]
GROUPS = {
    "Reviewers": REVIEWER_PERMISSIONS,
    "Editors": REVIEWER_PERMISSIONS + EDITOR_EXTRA_PERMISSIONS,
}


def add_ratings(apps, schema_editor):
    Rating = apps.get_model("claims", "Rating")
    for label, slug, value, position, description in RATINGS:
        Rating.objects.get_or_create(
            slug=slug,
            defaults={"label": label, "value": value, "position": position,
                      "description": description},
        )


def remove_ratings(apps, schema_editor):
    apps.get_model("claims", "Rating").objects.filter(
        slug__in=[slug for _, slug, *_ in RATINGS], verdicts__isnull=True
    ).delete()


def add_groups(apps, schema_editor):
    # Django creates permissions in post_migrate, after every migration has run; on a fresh
    # database they do not exist yet, so create them here for the apps the groups draw on.
    # create_permissions skips app configs without a models module, which the migration state's
    # stubs never have: flag them for the call only.
    using = schema_editor.connection.alias
    for label in VIEW_APPS:
        app_config = apps.get_app_config(label)
        if getattr(app_config, "models_module", None):
            create_permissions(app_config, verbosity=0, using=using, apps=apps)
            continue
        app_config.models_module = True
        try:
            create_permissions(app_config, verbosity=0, using=using, apps=apps)
        finally:
            app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        views = Permission.objects.filter(
            content_type__app_label__in=VIEW_APPS, codename__startswith="view_"
        )
        wanted = [code.split(".") for code in codes]
        granted = [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in wanted
        ]
        group.permissions.add(*views, *granted)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_claim_workflow_version"),
        ("sources", "0002_alias_casefold_key"),
        ("annotations", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(add_ratings, remove_ratings),
        migrations.RunPython(add_groups, remove_groups),
    ]
