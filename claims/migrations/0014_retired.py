
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0013_models_moved_to_verification_and_publishing'),
    ]

    operations = [
        migrations.AddField(
            model_name='claim',
            name='retired_at',
            field=models.DateTimeField(blank=True, editable=False, help_text='Set instead of deleting it, once records (history, verdicts, reviews, claims or documents) depend on it.', null=True),
        ),
    ]
