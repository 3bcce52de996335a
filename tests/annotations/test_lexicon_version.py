"""The lexicon's version: every write to the lexicon is seen by the next scan, however made."""

import pytest
from django.db import connection, transaction

from annotations.lexicon import find_terms
from annotations.models import LexiconEntry, LexiconVersion
from tests.factories import framing_label

pytestmark = pytest.mark.django_db

TEXT = "The occupied town was liberated after a provocation."


@pytest.fixture(autouse=True)
def own_lexicon():
    LexiconEntry.objects.all().delete()


def term(text, *, label="occupation-framing", **fields):
    return LexiconEntry.objects.create(term=text, label=framing_label(label), **fields)


def found(text=TEXT, language="en"):
    return [text[start:end] for start, end, *_ in find_terms(text, language)]


def test_a_lexicon_written_then_rolled_back_leaves_no_terms_behind():
    """A version that counted writes would come back to the same value after the rollback and
    the next write: the scan would then keep the rolled-back lexicon."""
    with transaction.atomic():
        term("occupied")
        assert found() == ["occupied"]
        transaction.set_rollback(True)

    term("provocation", label="provocation-framing")

    assert found() == ["provocation"]


def test_a_write_in_plain_sql_is_seen():
    entry = term("occupied")
    assert found() == ["occupied"]

    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {LexiconEntry._meta.db_table} SET term = %s WHERE id = %s",
            ["liberated", entry.pk],
        )

    assert found() == ["liberated"]


def test_a_deleted_term_is_not_found_again():
    term("occupied")
    kept = term("liberated", label="liberation-framing")
    assert found() == ["occupied", "liberated"]

    LexiconEntry.objects.exclude(pk=kept.pk).delete()

    assert found() == ["liberated"]


def test_an_inflecting_term_is_seen_as_it_changes():
    entry = term("оккупирова", inflects=True, language="ru")
    text = "Оккупированные села и оккупированный город."
    assert found(text, "ru") == ["Оккупированные", "оккупированный"]

    LexiconEntry.objects.filter(pk=entry.pk).update(term="оккупированн", inflects=False)

    assert found(text, "ru") == []


def test_without_its_version_row_the_lexicon_is_read_at_every_scan():
    """The row is gone when a test database is flushed; scans then read the lexicon itself
    until the next write puts the row back."""
    term("occupied")
    LexiconVersion.objects.all().delete()
    assert found() == ["occupied"]

    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {LexiconVersion._meta.db_table}")
        cursor.execute(f"UPDATE {LexiconEntry._meta.db_table} SET term = 'liberated'")
    assert LexiconVersion.objects.exists()
    assert found() == ["liberated"]

    LexiconVersion.objects.all().delete()
    LexiconEntry.objects.update(term="provocation")
    LexiconVersion.objects.all().delete()
    assert found() == ["provocation"]
