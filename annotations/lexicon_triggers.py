"""The database triggers that keep the lexicon's version (``LexiconVersion``): created by
migration 0011, and on SQLite put back after every ``migrate`` (``restore_sqlite_triggers``),
because SQLite rebuilds a table for most schema changes and its triggers go with the old table.

Whatever writes the version row, its token comes out fresh and random: a token restored by
``loaddata`` or by migrating back and forth could otherwise name another lexicon than the one
a process has kept under it.
"""

VERSION = "annotations_lexiconversion"

# The tables whose writes change what the lexicon's automata are built from.
WATCHED = ("annotations_lexiconentry", "annotations_framinglabel")

# PostgreSQL: once per statement (a trigger per row would update the version row once per row
# written, and a row updated many times in one transaction grows a long chain of versions).
#
# The version row is locked BEFORE the statement writes anything. Two transactions writing the
# lexicon therefore always meet first on that one row, and the second waits there, holding
# nothing of the lexicon yet: taken after the write (as an AFTER trigger would), the lock came
# second, and two imports creating the same new label deadlocked (each held what the other
# waited for: the label's unique key, the version row). The second import now waits, then
# finds the first's label (``importing_services._once``). The price of a single token stays:
# lexicon writes in two transactions at once are serialised until the first one commits. A
# token without a lock (a counter, the largest transaction id) can stand for two lexicons,
# since transactions commit out of the order in which they wrote.
POSTGRESQL = [
    f"""
    CREATE FUNCTION annotations_lexicon_written() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO {VERSION} (id, token) VALUES (1, '')
        ON CONFLICT (id) DO UPDATE SET token = '';
        RETURN NULL;
    END;
    $$
    """,
    """
    CREATE FUNCTION annotations_lexicon_version_fresh() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.token := gen_random_uuid()::text;
        RETURN NEW;
    END;
    $$
    """,
    f"CREATE TRIGGER {VERSION}_fresh BEFORE INSERT OR UPDATE ON {VERSION} "
    "FOR EACH ROW EXECUTE FUNCTION annotations_lexicon_version_fresh()",
    *(
        f"CREATE TRIGGER {table}_writing BEFORE INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION annotations_lexicon_written()"
        for table in WATCHED
    ),
    # After a TRUNCATE, which may have emptied the version table too (a test database flushed).
    *(
        f"CREATE TRIGGER {table}_truncated AFTER TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION annotations_lexicon_written()"
        for table in WATCHED
    ),
]
# Tolerant of a database migrated before the triggers had their present names ("_written").
POSTGRESQL_REVERSE = [
    *(
        f"DROP TRIGGER IF EXISTS {table}_{when} ON {table}"
        for table in WATCHED
        for when in ("writing", "truncated", "written")
    ),
    f"DROP TRIGGER IF EXISTS {VERSION}_fresh ON {VERSION}",
    "DROP FUNCTION IF EXISTS annotations_lexicon_written()",
    "DROP FUNCTION IF EXISTS annotations_lexicon_version_fresh()",
]

_RANDOM = "lower(hex(randomblob(16)))"

# SQLite (development and quick tests) has triggers per row only. When the statement that fires
# a trigger carries a conflict clause (INSERT OR IGNORE from bulk_create(ignore_conflicts=True),
# an upsert), that clause overrides the trigger's own: so the bodies raise no conflict at all,
# an UPDATE of the row, then an INSERT only where the row is missing.
SQLITE = {
    **{
        f"{table}_{event.lower()}": (
            f"CREATE TRIGGER IF NOT EXISTS {table}_{event.lower()} AFTER {event} ON {table} "
            f"BEGIN UPDATE {VERSION} SET token = {_RANDOM} WHERE id = 1; "
            f"INSERT INTO {VERSION} (id, token) SELECT 1, {_RANDOM} "
            f"WHERE NOT EXISTS (SELECT 1 FROM {VERSION} WHERE id = 1); END"
        )
        for table in WATCHED
        for event in ("INSERT", "UPDATE", "DELETE")
    },
    # Triggers do not fire themselves on SQLite (recursive_triggers is off), so the update's
    # own UPDATE ends there.
    **{
        f"{VERSION}_{event.lower()}": (
            f"CREATE TRIGGER IF NOT EXISTS {VERSION}_{event.lower()} AFTER {event} ON {VERSION} "
            f"BEGIN UPDATE {VERSION} SET token = {_RANDOM} WHERE id = NEW.id; END"
        )
        for event in ("INSERT", "UPDATE")
    },
}
SQLITE_REVERSE = [f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE]


def trigger_names(vendor: str) -> set[str]:
    """The triggers a migrated database of ``vendor`` holds for the lexicon's version."""
    if vendor == "sqlite":
        return set(SQLITE)
    if vendor == "postgresql":
        return {
            f"{VERSION}_fresh",
            *(f"{table}_{when}" for table in WATCHED for when in ("writing", "truncated")),
        }
    return set()


def restore_sqlite_triggers(connection) -> None:
    """Creates the SQLite triggers that are missing, once the version table exists."""
    if connection.vendor != "sqlite" or VERSION not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        for statement in SQLITE.values():
            cursor.execute(statement)
