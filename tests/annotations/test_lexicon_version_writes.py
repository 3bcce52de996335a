"""The lexicon's version under bulk writes, restores, migrations and concurrent imports."""

import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.db.migrations.executor import MigrationExecutor

from annotations.importing_services import _once
from annotations.lexicon import find_terms
from annotations.lexicon_triggers import trigger_names
from annotations.models import FramingLabel, LexiconEntry, LexiconVersion
from annotations.services import framing_label_create
from tests.factories import framing_label

TEXT = "The occupied town was liberated after a provocation."


def term(text, *, label="occupation-framing", **fields):
    return LexiconEntry.objects.create(term=text, label=framing_label(label), **fields)


def found(text=TEXT, language="en"):
    return [text[start:end] for start, end, *_ in find_terms(text, language)]


def token():
    return LexiconVersion.objects.get(pk=LexiconVersion.ROW).token


@pytest.mark.django_db
def test_entries_inserted_ignoring_conflicts_are_found():
    """bulk_create(ignore_conflicts=True) is INSERT OR IGNORE on SQLite, whose conflict clause
    also governs what the triggers write."""
    LexiconEntry.objects.all().delete()
    assert found() == []

    LexiconEntry.objects.bulk_create(
        [LexiconEntry(term="occupied", label=framing_label("occupation-framing"))],
        ignore_conflicts=True,
    )

    assert found() == ["occupied"]


@pytest.mark.django_db
def test_an_upsert_of_entries_is_written_and_found():
    LexiconEntry.objects.all().delete()
    entry = term("occupied")
    assert found() == ["occupied"]

    LexiconEntry.objects.bulk_create(
        [LexiconEntry(pk=entry.pk, term="liberated", label=entry.label, language="en")],
        update_conflicts=True,
        unique_fields=["id"],
        update_fields=["term"],
    )

    assert found() == ["liberated"]


@pytest.mark.django_db
def test_a_lexicon_loaded_after_a_scan_is_found():
    LexiconEntry.objects.filter(language="hy").delete()
    text = "Ադրբեջանական ագրեսիա"
    assert found(text, "hy") == []

    call_command("load_lexicon", "hy", stdout=io.StringIO())

    assert found(text, "hy") == ["ագրեսիա"]


@pytest.mark.django_db
def test_a_restored_backup_does_not_bring_back_the_token_of_another_lexicon(tmp_path):
    LexiconEntry.objects.all().delete()
    term("occupied")
    assert found() == ["occupied"]
    backup = tmp_path / "backup.json"
    with open(backup, "w") as out:
        call_command(
            "dumpdata",
            "annotations.framinglabel",
            "annotations.lexiconentry",
            "annotations.lexiconversion",
            stdout=out,
        )
    term("provocation", label="provocation-framing")

    call_command("loaddata", str(backup), stdout=io.StringIO())

    assert found() == ["occupied", "provocation"]


@pytest.mark.django_db
def test_a_token_written_from_outside_is_replaced_by_a_fresh_one():
    held = token()

    LexiconVersion.objects.filter(pk=LexiconVersion.ROW).update(token=held)
    assert token() != held
    LexiconVersion.objects.all().delete()
    LexiconVersion.objects.create(pk=LexiconVersion.ROW, token=held)

    assert token() != held


@pytest.mark.django_db(transaction=True)
def test_migrating_the_version_away_and_back_gives_a_new_token():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    before_version = [("annotations", "0010_span_anchor_state")]
    try:
        MigrationExecutor(connection).migrate(before_version)
        LexiconEntry.objects.all().delete()
        MigrationExecutor(connection).migrate(latest)
        assert found() == []
        MigrationExecutor(connection).migrate(before_version)
        term("occupied")
        MigrationExecutor(connection).migrate(latest)

        assert found() == ["occupied"]
    finally:
        MigrationExecutor(connection).migrate(latest)


def _triggers() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        return {row[0] for row in cursor.fetchall()}


@pytest.mark.django_db
def test_every_version_trigger_exists_after_migrate():
    assert trigger_names(connection.vendor) <= _triggers()


@pytest.mark.django_db(transaction=True)
def test_a_table_rebuilt_by_a_later_migration_gets_its_triggers_back():
    """SQLite rebuilds a table for most changes (here what AlterField of the term's length
    does), and the table's triggers go with the old one; PostgreSQL keeps them."""
    old_field = LexiconEntry._meta.get_field("term")
    new_field = old_field.clone()
    new_field.max_length = old_field.max_length + 50
    new_field.set_attributes_from_name("term")
    new_field.model = LexiconEntry
    with connection.schema_editor() as editor:
        editor.alter_field(LexiconEntry, old_field, new_field)
    try:
        call_command("migrate", verbosity=0)

        assert trigger_names(connection.vendor) <= _triggers()
        LexiconEntry.objects.all().delete()
        term("occupied")
        assert found() == ["occupied"]
        LexiconEntry.objects.filter(term="occupied").update(term="liberated")
        assert found() == ["liberated"]
    finally:
        with connection.schema_editor() as editor:
            editor.alter_field(LexiconEntry, new_field, old_field)
        call_command("migrate", verbosity=0)


def _backend_waits_for_a_lock(pid: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", [pid])
        row = cursor.fetchone()
    return row is not None and row[0] == "Lock"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_imports_creating_the_same_new_label_at_once_both_succeed():
    """Import A creates "imported-one", then "imported-two" while import B, started in
    between, is creating "imported-two" too; each in one transaction, as parsed_import does.
    B waits for A and then takes A's label; neither import is lost to a deadlock."""

    def create(slug):
        return _once(
            lambda: framing_label_create(name=slug, slug=slug, category="other"),
            lambda: FramingLabel.objects.filter(slug=slug).first(),
        )

    a_created_its_first = threading.Event()
    b_pid: list[int] = []
    b_started = threading.Event()
    errors, created = {}, {}

    def import_a():
        try:
            with transaction.atomic():
                create("imported-one")
                a_created_its_first.set()
                b_started.wait()
                for _ in range(3000):  # until B waits on A (bounded, should it never)
                    if _backend_waits_for_a_lock(b_pid[0]):
                        break
                    threading.Event().wait(0.01)
                created["A"] = create("imported-two")[1]
        except Exception as error:  # any failure is the finding
            errors["A"] = repr(error)
        finally:
            connections.close_all()

    def import_b():
        try:
            a_created_its_first.wait()
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                b_pid.append(cursor.fetchone()[0])
            b_started.set()
            with transaction.atomic():
                created["B"] = create("imported-two")[1]
        except Exception as error:  # any failure is the finding
            errors["B"] = repr(error)
            b_started.set()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=import_a), threading.Thread(target=import_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == {}
    assert sorted(created.values()) == [False, True]
    assert FramingLabel.objects.filter(slug__startswith="imported-").count() == 2
