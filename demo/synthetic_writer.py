"""How the synthetic desk writes its rows: COPY on PostgreSQL, bulk_create elsewhere."""

import operator
import os
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from django.db import connection

# Room to sort an index and hash a key's targets in memory rather than on disk.
MAINTENANCE_MEMORY = "512MB"


class Writer:
    """COPY on PostgreSQL, bulk_create elsewhere; counts rows per table."""

    def __init__(self) -> None:
        self.copy = connection.vendor == "postgresql"
        self.rows: Counter = Counter()
        # (table, columns) -> the columns' type oids, asked of the database once per table.
        self.types: dict[tuple[str, str], list[int]] = {}
        # Index definitions left to build after the commit (see build_indexes_after_commit).
        self.pending_indexes: list[str] = []

    def write(self, model, rows: list[dict]) -> None:
        """Write rows given as {attname: value}; fields left out take their defaults."""
        if not rows:
            return
        self.rows[model._meta.db_table] += len(rows)
        if not self.copy:
            model.objects.bulk_create([model(**row) for row in rows], batch_size=2_000)
            return
        # Every row of a batch has the same keys. Columns the rows leave out take their
        # defaults; link tables leave out their ids, which the database then assigns.
        given = list(rows[0])
        fields = {field.attname: field for field in model._meta.concrete_fields}
        left_out = [
            field for name, field in fields.items() if name not in given and not field.primary_key
        ]
        columns = [fields[name].column for name in given] + [field.column for field in left_out]
        tail = tuple(field.get_default() for field in left_out)
        values = operator.itemgetter(*given)
        quote = connection.ops.quote_name
        table, columns = quote(model._meta.db_table), ", ".join(map(quote, columns))
        with connection.cursor() as cursor:
            # Binary COPY costs both sides less than text, but needs each column's exact type.
            if (table, columns) not in self.types:
                cursor.execute(f"SELECT {columns} FROM {table} LIMIT 0")
                self.types[table, columns] = [column.type_code for column in cursor.description]
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(self.types[table, columns])
                for row in rows:
                    copy.write_row(values(row) + tail)

    @contextmanager
    def checks_and_indexes_after_load(self, models):
        """Check foreign keys and build plain indexes once, after the load, not row by row.

        Per-row foreign-key checks (deferred triggers, one index probe per row and key) and
        per-row index upkeep cost the server more than storing the rows. As pg_restore does,
        the foreign keys and the indexes that back no constraint are dropped first and created
        again afterwards from their own definitions: PostgreSQL then validates each key in one
        pass and builds each index by sorting. Unique and check constraints stay in force
        throughout, and the keys are checked in the caller's transaction, so a row that breaks
        one rolls the whole load back. The tables stay locked until the commit: seed a
        benchmark database, not a live desk.

        When the caller's transaction is the outermost one, the indexes are left to
        build_indexes_after_commit, several at once; inside an enclosing transaction (a test's)
        no other connection could see the rows, and they are built here, one after the other.
        """
        if not self.copy:
            yield
            return
        outermost = connection.in_atomic_block and len(connection.savepoint_ids) == 0
        tables = [model._meta.db_table for model in models]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)",
                [tables],
            )
            keys = cursor.fetchall()
            cursor.execute(
                "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index "
                "WHERE indrelid::regclass::text = ANY(%s) AND NOT EXISTS "
                "(SELECT FROM pg_constraint WHERE conindid = indexrelid)",
                [tables],
            )
            indexes = cursor.fetchall()
            for table, name, _ in keys:
                cursor.execute(
                    f"ALTER TABLE {table} DROP CONSTRAINT {connection.ops.quote_name(name)}"
                )
            for index, _ in indexes:
                cursor.execute(f"DROP INDEX {index}")
        yield
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL maintenance_work_mem = '{MAINTENANCE_MEMORY}'")
            cursor.execute("SET LOCAL work_mem = '256MB'")
            for table, name, definition in keys:
                name = connection.ops.quote_name(name)
                cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
            if outermost:
                self.pending_indexes = [definition for _, definition in indexes]
            else:
                for _, definition in indexes:
                    cursor.execute(definition)

    def build_indexes_after_commit(self) -> None:
        """Build the indexes the load left, several at once, each on a connection of its own.

        PostgreSQL builds one index with parallel workers only for B-trees before version 18
        (GIN from 18 on), so the two trigram indexes, the longest builds, would each take one
        core while the others idle. Separate connections build separate indexes at the same
        time (CREATE INDEX takes a SHARE lock, which does not exclude another CREATE INDEX on
        the same table), each also allowed parallel workers where PostgreSQL has them. The GIN
        indexes go first: they take the longest. Should one fail, the committed rows stay and
        the error names the index to build by hand.
        """
        pending, self.pending_indexes = self.pending_indexes, []
        if not pending:
            return
        cpus = os.cpu_count() or 2
        pending.sort(key=lambda definition: " USING gin " not in definition)
        params = connection.get_connection_params()

        def build(definition: str) -> None:
            with index_connection(params) as other:
                other.execute(f"SET max_parallel_maintenance_workers = {max(cpus - 1, 0)}")
                try:
                    other.execute(definition)
                except Exception as error:
                    raise RuntimeError(f"building an index failed: {definition}") from error

        with ThreadPoolExecutor(max_workers=min(cpus, len(pending))) as pool:
            for done in [pool.submit(build, definition) for definition in pending]:
                done.result()

    def reset_sequences(self, models) -> None:
        if not self.copy:
            return
        with connection.cursor() as cursor:
            for model in models:
                table = model._meta.db_table
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {connection.ops.quote_name(table)}), 1))",
                    [table],
                )


@contextmanager
def index_connection(params: dict):
    """A database connection of its own (``params``: the default connection's), in autocommit
    and with the memory index builds are given here: several such build indexes at once."""
    with connection.Database.connect(**params, autocommit=True) as other:
        other.execute(f"SET maintenance_work_mem = '{MAINTENANCE_MEMORY}'")
        yield other
