"""The verification desk's models, taken over from ``claims`` with their tables and rows."""


import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


MOVED = ["rating", "verdict", "team", "verificationtask", "claimstatuschange"]
TASKS = {
    "claims.tasks.notify_task_assigned": "verification.tasks.notify_task_assigned",
    "claims.tasks.notify_status_change": "verification.tasks.notify_status_change",
    "claims.tasks.send_overdue_digest": "verification.tasks.send_overdue_digest",
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


APP = "verification"


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('claims', '0013_models_moved_to_verification_and_publishing'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('desk', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # The tables stay as they are: only Django's record of which app holds them moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='Rating',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('label', models.CharField(max_length=60, unique=True)),
                    ('slug', models.SlugField(max_length=60, unique=True)),
                    ('value', models.SmallIntegerField(blank=True, help_text='Position on the scale; empty for off-scale ratings.', null=True)),
                    ('description', models.TextField(blank=True)),
                    ('position', models.PositiveSmallIntegerField(default=0)),
                    ('is_active', models.BooleanField(default=True)),
                ],
                options={
                    'db_table': 'claims_rating',
                    'ordering': ['position', 'label'],
                    'constraints': [models.UniqueConstraint(condition=models.Q(('value__isnull', False)), fields=('value',), name='rating_unique_value')],
                },
            ),
            migrations.CreateModel(
                name='Team',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('name', models.CharField(max_length=120, unique=True)),
                    ('description', models.TextField(blank=True)),
                    ('members', models.ManyToManyField(blank=True, related_name='parallax_teams', to=settings.AUTH_USER_MODEL)),
                ],
                options={
                    'db_table': 'claims_team',
                    'ordering': ['name'],
                },
            ),
            migrations.CreateModel(
                name='ClaimStatusChange',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('transition', models.CharField(max_length=32)),
                    ('from_status', models.CharField(choices=[('suggested', 'Suggested'), ('new', 'New'), ('in_review', 'In review'), ('awaiting_approval', 'Awaiting approval'), ('published', 'Published'), ('not_checkable', 'Not checkable'), ('dismissed', 'Dismissed')], max_length=32)),
                    ('to_status', models.CharField(choices=[('suggested', 'Suggested'), ('new', 'New'), ('in_review', 'In review'), ('awaiting_approval', 'Awaiting approval'), ('published', 'Published'), ('not_checkable', 'Not checkable'), ('dismissed', 'Dismissed')], max_length=32)),
                    ('comment', models.TextField(blank=True)),
                    ('created_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                    ('actor', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ('claim', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='status_changes', to='claims.claim')),
                ],
                options={
                    'db_table': 'claims_claimstatuschange',
                    'ordering': ['claim', 'created_at', 'id'],
                    'indexes': [models.Index(fields=['claim', 'created_at'], name='statuschange_claim_idx')],
                },
            ),
            migrations.CreateModel(
                name='Verdict',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('version', models.PositiveIntegerField(default=1)),
                    ('rationale', models.TextField()),
                    ('evidence', models.JSONField(blank=True, default=list, help_text='Evidence links: a list of URLs.')),
                    ('published_at', models.DateTimeField(blank=True, null=True)),
                    ('correction_note', models.TextField(blank=True)),
                    ('snapshot', models.JSONField(blank=True, default=dict, editable=False, help_text='What consumers see, frozen at publication (verification.snapshots).')),
                    ('created_at', models.DateTimeField(auto_now_add=True)),
                    ('updated_at', models.DateTimeField(auto_now=True)),
                    ('approver', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='approved_verdicts', to=settings.AUTH_USER_MODEL)),
                    ('claim', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='verdicts', to='claims.claim')),
                    ('rating', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='verdicts', to='verification.rating')),
                    ('reviewer', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='reviewed_verdicts', to=settings.AUTH_USER_MODEL)),
                ],
                options={
                    'db_table': 'claims_verdict',
                    'ordering': ['claim', '-version'],
                    'indexes': [models.Index(fields=['-published_at'], name='verdict_published_idx')],
                    'constraints': [models.UniqueConstraint(fields=('claim', 'version'), name='verdict_unique_version'), models.UniqueConstraint(condition=models.Q(('published_at__isnull', True)), fields=('claim',), name='verdict_one_draft_per_claim'), models.CheckConstraint(condition=models.Q(('published_at__isnull', True), ('approver__isnull', False), _connector='OR'), name='verdict_published_has_approver'), models.CheckConstraint(condition=models.Q(('approver__isnull', True), models.Q(('approver', models.F('reviewer')), _negated=True), _connector='OR'), name='verdict_four_eyes'), models.CheckConstraint(condition=models.Q(('version', 1), ('published_at__isnull', True), models.Q(('correction_note', ''), _negated=True), _connector='OR'), name='verdict_correction_has_note'), models.CheckConstraint(condition=models.Q(('version__gte', 1)), name='verdict_version_1'), models.CheckConstraint(condition=models.Q(('published_at__isnull', True), ('snapshot__has_key', 'claim'), _connector='OR'), name='verdict_published_has_snapshot')],
                },
            ),
            migrations.CreateModel(
                name='VerificationTask',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('priority', models.PositiveSmallIntegerField(choices=[(1, 'Urgent'), (2, 'High'), (3, 'Normal'), (4, 'Low')], default=3)),
                    ('due_on', models.DateField(blank=True, null=True)),
                    ('state', models.CharField(choices=[('open', 'Open'), ('done', 'Done'), ('cancelled', 'Cancelled')], default='open', max_length=16)),
                    ('instructions', models.TextField(blank=True)),
                    ('created_at', models.DateTimeField(auto_now_add=True)),
                    ('closed_at', models.DateTimeField(blank=True, null=True)),
                    ('assignee', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='verification_tasks', to=settings.AUTH_USER_MODEL)),
                    ('claim', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='tasks', to='claims.claim')),
                    ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ('pair', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='tasks', to='claims.claimpair')),
                    ('team', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='tasks', to='verification.team')),
                ],
                options={
                    'db_table': 'claims_verificationtask',
                    'ordering': ['priority', 'due_on', 'id'],
                    'indexes': [models.Index(condition=models.Q(('assignee__isnull', True), ('state', 'open')), fields=['team', 'priority', 'due_on', 'id'], name='task_unassigned_queue_idx'), models.Index(condition=models.Q(('state', 'open')), fields=['assignee', 'due_on'], name='task_my_queue_idx')],
                    'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('claim__isnull', False), ('pair__isnull', True)), models.Q(('claim__isnull', True), ('pair__isnull', False)), _connector='OR'), name='task_claim_xor_pair', violation_error_message='A task is about either one claim or one pair.'), models.CheckConstraint(condition=models.Q(('team__isnull', False), ('assignee__isnull', False), _connector='OR'), name='task_has_team_or_assignee', violation_error_message='Assign the task to a team, a person, or both.'), models.UniqueConstraint(condition=models.Q(('state', 'open')), fields=('claim',), name='task_one_open_per_claim', violation_error_message='This claim already has an open verification task.'), models.UniqueConstraint(condition=models.Q(('state', 'open')), fields=('pair',), name='task_one_open_per_pair', violation_error_message='This pair already has an open verification task.'), models.CheckConstraint(condition=models.Q(('state__in', ['open', 'done', 'cancelled'])), name='task_state_valid')],
                },
            ),
            ],
        ),
        migrations.RunPython(claim_content_types, release_content_types, elidable=False),
    ]
