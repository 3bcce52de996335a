
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0014_retired'),
        ('verification', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='claimstatuschange',
            name='claim',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='status_changes', to='claims.claim'),
        ),
    ]
