"""Claim extraction beside the desk, on PostgreSQL with real threads: it reads a document without
locking it, and runs at the same moment add each suggestion once."""

import threading
import time
from contextlib import contextmanager

import pytest
from django.db import OperationalError, connection, transaction

from claims.extraction.services import WRITE_BATCH, DocumentChanged, document_claims_extract
from claims.models import Claim
from sources.models import Document, Source
from sources.services import document_update
from tests.concurrency import run_at_once
from tests.factories import make_document, make_source

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

STATEMENTS = WRITE_BATCH * 2 + 500  # three batches
TEXT = "".join(f"Baku said the shelling stopped at post {n}.\n" for n in range(STATEMENTS))


def document_not_yet_extracted() -> Document:
    """A document whose speaker the desk learns only after it arrived (its own run on arrival
    found nobody it knew)."""
    document = make_document(TEXT, publisher=make_source("South Caucasus Wire"))
    make_source("Ministry of Defence of Azerbaijan", kind=Source.Kind.MINISTRY, aliases=["Baku"])
    assert not Claim.objects.filter(document=document).exists()
    return document


def test_runs_at_the_same_moment_add_each_suggestion_once():
    document = document_not_yet_extracted()

    outcomes = run_at_once([lambda: document_claims_extract(document=Document(pk=document.pk))] * 3)

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert sum(len(result.created) for result in outcomes) == STATEMENTS
    spans = list(Claim.objects.filter(document=document).values_list("start", "end"))
    assert len(spans) == len(set(spans)) == STATEMENTS


@contextmanager
def extraction_held_while_reading(document: Document):
    """Start a run on ``document`` and keep it in the middle of its reading until the block
    ends; yields the list its result (or exception) is put in."""
    holding, release = threading.Event(), threading.Event()
    outcome = []

    def hold_the_alias_table():
        # Extraction reads the sources' aliases before anything else: holding their table keeps
        # it in its reading for as long as the test needs.
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("LOCK TABLE sources_sourcealias IN ACCESS EXCLUSIVE MODE")
                holding.set()
                release.wait(timeout=30)
        finally:
            connection.close()

    def extract():
        try:
            outcome.append(document_claims_extract(document=Document(pk=document.pk)))
        except Exception as error:  # the outcome under test
            outcome.append(error)
        finally:
            connection.close()

    holder = threading.Thread(target=hold_the_alias_table)
    holder.start()
    assert holding.wait(timeout=10)
    extractor = threading.Thread(target=extract)
    extractor.start()
    try:
        wait_until_someone_waits_for("sources_sourcealias")
        yield outcome
    finally:
        release.set()
        holder.join(timeout=30)
        extractor.join(timeout=60)


def test_the_document_can_be_locked_by_a_request_while_extraction_reads_it():
    document = document_not_yet_extracted()

    with extraction_held_while_reading(document) as outcome:
        try:
            # What a request does before it changes the document or adds a span to it.
            with transaction.atomic():
                Document.objects.select_for_update(nowait=True).get(pk=document.pk)
        except OperationalError as error:
            pytest.fail(f"The document was locked while extraction read it: {error}")

    assert len(outcome[0].created) == STATEMENTS


def test_a_text_changed_while_it_was_read_gets_no_suggestions():
    document = document_not_yet_extracted()

    with extraction_held_while_reading(document) as outcome:
        document_update(document=document, text=TEXT.replace("post", "checkpoint"))

    assert isinstance(outcome[0], DocumentChanged)
    assert not Claim.objects.filter(document=document).exists()


def wait_until_someone_waits_for(table: str) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = %s::regclass",
                [table],
            )
            if cursor.fetchone()[0]:
                return
        time.sleep(0.05)
    pytest.fail(f"Nobody came to wait for {table}.")
