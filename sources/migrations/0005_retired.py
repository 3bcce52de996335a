
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('sources', '0004_document_task_runs'),
    ]

    operations = [
        migrations.AddField(
            model_name='document',
            name='retired_at',
            field=models.DateTimeField(blank=True, editable=False, help_text='Set instead of deleting it, once records (history, verdicts, reviews, claims or documents) depend on it.', null=True),
        ),
        migrations.AddField(
            model_name='source',
            name='retired_at',
            field=models.DateTimeField(blank=True, editable=False, help_text='Set instead of deleting it, once records (history, verdicts, reviews, claims or documents) depend on it.', null=True),
        ),
    ]
