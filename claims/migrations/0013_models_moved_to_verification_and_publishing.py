"""The verification desk's models move to ``verification``, webhooks to ``publishing``
(their migrations 0001 take them over; the tables keep their names and their rows)."""


from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0012_document_task_run_permissions'),
    ]

    operations = [
        # The tables stay as they are: only Django's record of which app holds them moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.RemoveField(
                model_name='verdict',
                name='rating',
            ),
            migrations.RemoveField(
                model_name='team',
                name='members',
            ),
            migrations.RemoveField(
                model_name='verificationtask',
                name='team',
            ),
            migrations.RemoveField(
                model_name='verdict',
                name='approver',
            ),
            migrations.RemoveField(
                model_name='verdict',
                name='claim',
            ),
            migrations.RemoveField(
                model_name='verdict',
                name='reviewer',
            ),
            migrations.RemoveField(
                model_name='webhookdelivery',
                name='verdict',
            ),
            migrations.RemoveField(
                model_name='verificationtask',
                name='assignee',
            ),
            migrations.RemoveField(
                model_name='verificationtask',
                name='claim',
            ),
            migrations.RemoveField(
                model_name='verificationtask',
                name='created_by',
            ),
            migrations.RemoveField(
                model_name='verificationtask',
                name='pair',
            ),
            migrations.RemoveField(
                model_name='webhookdelivery',
                name='subscription',
            ),
            migrations.RemoveField(
                model_name='webhooksubscription',
                name='created_by',
            ),
            migrations.DeleteModel(
                name='ClaimStatusChange',
            ),
            migrations.DeleteModel(
                name='Rating',
            ),
            migrations.DeleteModel(
                name='Team',
            ),
            migrations.DeleteModel(
                name='Verdict',
            ),
            migrations.DeleteModel(
                name='VerificationTask',
            ),
            migrations.DeleteModel(
                name='WebhookDelivery',
            ),
            migrations.DeleteModel(
                name='WebhookSubscription',
            ),
            ],
        ),
    ]
