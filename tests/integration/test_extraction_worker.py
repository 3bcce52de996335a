"""Claim extraction in a real worker process: a run past its time limit is stopped, and the
document says so."""

import time

import pytest

from claims.models import Claim
from claims.tasks import extract_claims
from sources.models import DocumentTaskRun, Source
from tests.factories import make_document, make_source

# The worker process is forked from the test and reads the test database: PostgreSQL.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

SENTENCE = "Baku said the shelling near the border post stopped before dawn on Tuesday.\n"


@pytest.fixture
def long_document():
    """A document of 300,000 characters, extracted once on arrival (in-process, before the
    worker starts) while the desk did not know its speaker."""
    document = make_document(SENTENCE * 4_000, publisher=make_source("South Caucasus Wire"))
    make_source("Ministry of Defence of Azerbaijan", kind=Source.Kind.MINISTRY, aliases=["Baku"])
    return document


def last_run(document, state, timeout=60.0) -> DocumentTaskRun:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = DocumentTaskRun.objects.filter(
            document=document, kind=DocumentTaskRun.Kind.CLAIM_EXTRACTION
        ).first()
        if run is not None and run.state == state:
            return run
        time.sleep(0.1)
    pytest.fail(f"The run did not end {state}: {run}")


def test_a_run_past_its_time_limit_is_stopped_and_recorded_as_failed(long_document, prefork_worker):
    assert DocumentTaskRun.objects.get(document=long_document, kind="claim_extraction").state == (
        DocumentTaskRun.State.DONE
    )

    extract_claims.apply_async(args=[long_document.pk], soft_time_limit=0.3, time_limit=20)

    run = last_run(long_document, DocumentTaskRun.State.FAILED)
    assert "time limit" in run.error
    assert run.finished_at is not None
    assert Claim.objects.filter(document=long_document).count() < 4_000

    extract_claims.delay(long_document.pk)  # the limit from the settings: time enough

    run = last_run(long_document, DocumentTaskRun.State.DONE)
    assert run.error == ""
    assert Claim.objects.filter(document=long_document).count() == 4_000
