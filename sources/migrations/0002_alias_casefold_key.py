from django.db import migrations, models


def fill_keys(apps, schema_editor):
    SourceAlias = apps.get_model("sources", "SourceAlias")
    for alias in SourceAlias.objects.all():
        alias.key = " ".join(alias.alias.split()).casefold()
        alias.save(update_fields=["key"])


class Migration(migrations.Migration):
    dependencies = [("sources", "0001_initial")]

    operations = [
        migrations.RemoveConstraint(model_name="sourcealias", name="sourcealias_alias_unique_ci"),
        migrations.RemoveConstraint(model_name="sourcealias", name="sourcealias_not_empty"),
        migrations.AddField(
            model_name="sourcealias",
            name="key",
            field=models.CharField(default="", editable=False, max_length=200),
            preserve_default=False,
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="sourcealias",
            constraint=models.UniqueConstraint(
                fields=("key",),
                name="sourcealias_unique_key",
                violation_error_message="This alias already belongs to a source (aliases are "
                "compared without regard to case).",
            ),
        ),
        migrations.AddConstraint(
            model_name="sourcealias",
            constraint=models.CheckConstraint(
                condition=models.Q(("key", ""), _negated=True), name="sourcealias_not_empty"
            ),
        ),
    ]
