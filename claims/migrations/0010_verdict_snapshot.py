from django.conf import settings
from django.db import migrations, models


def freeze_published_verdicts(apps, schema_editor):
    """Verdicts published before snapshots existed are frozen as their claims stand now: the
    nearest record there is of what they showed."""
    from verification.snapshots import snapshot_of

    Verdict = apps.get_model("claims", "Verdict")
    Rating = apps.get_model("claims", "Rating")
    Attribution = apps.get_model("claims", "Attribution")
    bounds = Rating.objects.filter(is_active=True, value__isnull=False).aggregate(
        worst=models.Min("value"), best=models.Max("value")
    )
    scale = (bounds["worst"], bounds["best"])
    published = Verdict.objects.filter(published_at__isnull=False).select_related(
        "rating", "claim__speaker", "claim__incident", "claim__document__publisher"
    )
    for verdict in published.iterator(chunk_size=500):
        relays = [
            link.source
            for link in Attribution.objects.filter(claim_id=verdict.claim_id)
            .select_related("source")
            .order_by("position")
        ]
        verdict.snapshot = snapshot_of(
            claim=verdict.claim, relays=relays, rating=verdict.rating, scale=scale
        )
        verdict.save(update_fields=["snapshot"])


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0009_source_proposal_permissions"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="verdict",
            name="snapshot",
            field=models.JSONField(
                blank=True,
                default=dict,
                editable=False,
                help_text="What consumers see, frozen at publication (claims.snapshots).",
            ),
        ),
        migrations.RunPython(freeze_published_verdicts, migrations.RunPython.noop, elidable=True),
        migrations.AddConstraint(
            model_name="verdict",
            constraint=models.CheckConstraint(
                condition=models.Q(("published_at__isnull", True), ("snapshot__has_key", "claim"), _connector="OR"),
                name="verdict_published_has_snapshot",
            ),
        ),
    ]
