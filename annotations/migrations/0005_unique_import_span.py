"""An imported span is unique per document, span and label. Imports that ran at the same moment
before this wrote some spans several times: one copy of each is kept (one with a note, if any;
else the first), then the constraint is added."""

from django.db import migrations, models
from django.db.models import Case, Count, Value, When

SPAN = ("document_id", "start", "end", "label_id")


def drop_duplicate_imports(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # No import (of code not yet deployed) may write a copy between this and the constraint.
        schema_editor.execute("LOCK TABLE annotations_annotation IN SHARE ROW EXCLUSIVE MODE")
    Annotation = apps.get_model("annotations", "Annotation")
    imported = Annotation.objects.filter(origin="import")
    duplicated = imported.values(*SPAN).annotate(copies=Count("id")).filter(copies__gt=1)
    for span in list(duplicated):
        copies = imported.filter(**{field: span[field] for field in SPAN}).order_by(
            Case(When(note="", then=Value(1)), default=Value(0)), "id"
        )
        keep = copies.values_list("id", flat=True)[0]
        copies.exclude(id=keep).delete()


class Migration(migrations.Migration):
    dependencies = [("annotations", "0004_review_record")]

    operations = [
        migrations.RunPython(drop_duplicate_imports, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="annotation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("origin", "import")),
                fields=("document", "start", "end", "label"),
                name="annotation_unique_import_span",
            ),
        ),
    ]
