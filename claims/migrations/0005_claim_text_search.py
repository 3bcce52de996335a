"""Trigram indexes for the claims list's text search, on PostgreSQL only.

The admin searches with ``icontains``, which PostgreSQL runs as
``UPPER(column::text) LIKE UPPER('%term%')``. A GIN trigram index on exactly that expression
answers it without reading every claim. The indexes live outside the models' state because
SQLite has no such index (its desks are small enough to read whole).
"""

from django.db import migrations

INDEXES = {"claim_summary_trgm_idx": "summary", "claim_quote_trgm_idx": "quote"}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # pg_trgm is a trusted extension: the database's owner may create it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON claims_claim "
            f"USING gin ((UPPER({column}::text)) gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_claim_list_indexes")]

    # Going back drops the indexes but keeps the extension, which other schemas may use.
    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
