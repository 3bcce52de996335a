"""Webhook subscriptions and deliveries, taken over from ``claims`` with their tables and rows."""


import django.db.models.deletion
import publishing.models
import uuid
from django.conf import settings
from django.db import migrations, models


MOVED = ["webhooksubscription", "webhookdelivery"]
TASKS = {
    "claims.tasks.deliver_webhook": "publishing.tasks.deliver_webhook",
}


def claim_content_types(apps, schema_editor):
    """The moved models keep their content types, so that the groups' permissions on them and
    the admin's history of them stay; tasks waiting in the outbox get their new names."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        ContentType.objects.filter(app_label=APP, model=model).delete()
        ContentType.objects.filter(app_label="claims", model=model).update(app_label=APP)
    OutboxMessage = apps.get_model("desk", "OutboxMessage")
    for old, new in TASKS.items():
        OutboxMessage.objects.filter(task=old).update(task=new)


def release_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=APP, model__in=MOVED).update(app_label="claims")
    OutboxMessage = apps.get_model("desk", "OutboxMessage")
    for old, new in TASKS.items():
        OutboxMessage.objects.filter(task=new).update(task=old)


APP = "publishing"


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('verification', '0001_initial'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('desk', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # The tables stay as they are: only Django's record of which app holds them moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='WebhookSubscription',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('url', models.URLField(help_text='Where the JSON payload is POSTed.', max_length=1000)),
                    ('secret', models.CharField(default=publishing.models.new_webhook_secret, help_text="Shared with the receiver, who checks each payload's HMAC-SHA256 signature.", max_length=200)),
                    ('events', models.JSONField(default=list, help_text='The events this endpoint receives.')),
                    ('description', models.CharField(blank=True, max_length=200)),
                    ('is_active', models.BooleanField(default=True)),
                    ('created_at', models.DateTimeField(auto_now_add=True)),
                    ('updated_at', models.DateTimeField(auto_now=True)),
                    ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ],
                options={
                    'db_table': 'claims_webhooksubscription',
                    'ordering': ['url'],
                },
            ),
            migrations.CreateModel(
                name='WebhookDelivery',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('event', models.CharField(choices=[('verdict.published', 'A verdict is published'), ('verdict.corrected', 'A published verdict is corrected')], max_length=40)),
                    ('idempotency_key', models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                    ('payload', models.JSONField()),
                    ('state', models.CharField(choices=[('pending', 'Pending'), ('delivered', 'Delivered'), ('failed', 'Failed')], default='pending', max_length=16)),
                    ('attempts', models.PositiveSmallIntegerField(default=0)),
                    ('last_status_code', models.PositiveSmallIntegerField(blank=True, null=True)),
                    ('last_error', models.TextField(blank=True)),
                    ('last_attempt_at', models.DateTimeField(blank=True, null=True)),
                    ('delivered_at', models.DateTimeField(blank=True, null=True)),
                    ('created_at', models.DateTimeField(auto_now_add=True)),
                    ('verdict', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='verification.verdict')),
                    ('subscription', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to='publishing.webhooksubscription')),
                ],
                options={
                    'verbose_name_plural': 'webhook deliveries',
                    'db_table': 'claims_webhookdelivery',
                    'ordering': ['-created_at', '-id'],
                    'constraints': [models.UniqueConstraint(fields=('subscription', 'verdict', 'event'), name='webhookdelivery_once'), models.CheckConstraint(condition=models.Q(('state__in', ['pending', 'delivered', 'failed'])), name='webhookdelivery_state_valid')],
                },
            ),
            ],
        ),
        migrations.RunPython(claim_content_types, release_content_types, elidable=False),
    ]
