"""A document's background runs (claim extraction, lexicon suggestions): recorded, shown on its
admin page and in the list filter, and run again by ``retry_extraction``."""

import io
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from annotations.models import Annotation
from annotations.tasks import suggest_framing
from claims.models import Claim
from claims.tasks import extract_claims
from sources.models import Document, DocumentTaskRun, Source
from sources.services import document_task_run
from tests.factories import make_document, make_editor, make_source

pytestmark = pytest.mark.django_db

EXTRACTION = DocumentTaskRun.Kind.CLAIM_EXTRACTION
LEXICON = DocumentTaskRun.Kind.LEXICON_SUGGESTIONS
TEXT = "Baku said the shelling near the border post was a provocation."


class RulesUnreadable(Exception):
    pass


def fail(document: Document) -> int:
    raise RulesUnreadable("the rules file could not be read")


def run_of(document: Document, kind: str = EXTRACTION) -> DocumentTaskRun:
    return DocumentTaskRun.objects.get(document=document, kind=kind)


def arrived(text: str, **fields) -> Document:
    """A new document, with the two tasks its arrival queues run."""
    document = make_document(text, **fields)
    extract_claims(document.pk)
    suggest_framing(document.pk)
    return document


@pytest.fixture
def desk():
    """A document that arrived before the desk knew its speaker: extracted, nothing found."""
    document = arrived(TEXT, publisher=make_source("South Caucasus Wire"))
    make_source("Ministry of Defence of Azerbaijan", kind=Source.Kind.MINISTRY, aliases=["Baku"])
    return document


def failed_extraction(document: Document) -> None:
    with pytest.raises(RulesUnreadable):
        document_task_run(document_id=document.pk, kind=EXTRACTION, work=fail)


def test_each_task_records_its_run_on_the_document(desk):
    assert (run_of(desk).state, run_of(desk).added) == ("done", 0)
    assert run_of(desk, LEXICON).state == "done"

    assert extract_claims(desk.pk) == 1

    run = run_of(desk)
    assert (run.state, run.added, run.error) == ("done", 1, "")
    assert run.started_at <= run.finished_at
    assert suggest_framing(999_999) == 0  # deleted before the task ran: nothing recorded
    assert DocumentTaskRun.objects.count() == 2


def test_a_failure_is_recorded_with_why_and_raised_again(desk):
    failed_extraction(desk)

    run = run_of(desk)
    assert run.state == "failed"
    assert run.error == "RulesUnreadable: the rules file could not be read"
    assert run.finished_at is not None
    assert run_of(desk, LEXICON).state == "done"  # the other kind keeps its own record


def test_the_tasks_stop_at_the_time_limit_from_the_settings():
    for task in (extract_claims, suggest_framing):
        assert task.soft_time_limit == settings.PARALLAX_EXTRACTION_TIME_LIMIT
        assert task.time_limit > task.soft_time_limit


def test_the_document_page_says_why_the_run_failed(client, desk):
    failed_extraction(desk)
    client.force_login(make_editor())

    page = client.get(reverse("admin:sources_document_change", args=[desk.pk])).content.decode()

    assert "Background runs" in page
    assert "Failed. RulesUnreadable: the rules file could not be read" in page
    assert "Done: 1 added." in page  # the lexicon's: "provocation"


def test_the_document_list_filters_the_failed_and_the_cut_off(client, desk):
    done = arrived("Nothing attributed here.")
    failed_extraction(desk)
    cut_off = arrived("Nobody spoke.")
    # A worker killed past the hard time limit leaves its run as running, for good.
    DocumentTaskRun.objects.filter(document=cut_off, kind=EXTRACTION).update(
        state="running", started_at=timezone.now() - timedelta(hours=1), finished_at=None
    )
    still_running = arrived("Somebody is reading this.")
    DocumentTaskRun.objects.filter(document=still_running, kind=EXTRACTION).update(
        state="running", finished_at=None
    )
    client.force_login(make_editor())

    changelist = reverse("admin:sources_document_changelist")
    page = client.get(changelist, {"failed_run": EXTRACTION}).content.decode()
    cut_off_page = client.get(reverse("admin:sources_document_change", args=[cut_off.pk]))

    assert "Claim extraction failed" in client.get(changelist).content.decode()
    assert desk.title in page and cut_off.title in page
    assert done.title not in page and still_running.title not in page
    assert "it was cut off and never finished" in cut_off_page.content.decode()
    assert desk.title not in client.get(changelist, {"failed_run": LEXICON}).content.decode()


def test_retry_extraction_runs_the_failed_again_and_clears_the_failure(desk, capsys):
    untouched = arrived("Yerevan said the talks would resume in Moscow next week.")
    make_source("Ministry of Defence of Armenia", kind=Source.Kind.MINISTRY, aliases=["Yerevan"])
    failed_extraction(desk)
    out = io.StringIO()

    call_command("retry_extraction", stdout=out)

    assert out.getvalue().strip() == "1 of 1 documents extracted: 1 new suggested claims."
    assert "100%" in capsys.readouterr().err  # the progress bar
    run = run_of(desk)
    assert (run.state, run.added, run.error) == ("done", 1, "")
    assert Claim.objects.filter(document=desk, status="suggested").count() == 1
    assert not Claim.objects.filter(document=untouched).exists()  # its last run did not fail

    call_command("retry_extraction", "--no-progress", stdout=out)
    call_command("retry_extraction", "--document", str(untouched.pk), "--no-progress", stdout=out)

    assert out.getvalue().splitlines()[1:] == [
        "0 of 0 documents extracted: 0 new suggested claims.",
        "1 of 1 documents extracted: 1 new suggested claims.",
    ]


def test_suggest_framing_runs_the_failed_again(desk):
    with pytest.raises(RulesUnreadable):
        document_task_run(document_id=desk.pk, kind=LEXICON, work=fail)
    out = io.StringIO()

    call_command("suggest_framing", "--failed", "--no-progress", stdout=out)

    assert run_of(desk, LEXICON).state == "done"
    assert out.getvalue().strip() == "0 new suggestions."  # its arrival suggested it
    assert Annotation.objects.get(document=desk).quote == "provocation"


def test_a_time_limit_that_broke_a_query_is_reported_as_the_time_limit():
    from celery.exceptions import SoftTimeLimitExceeded
    from django.db import ProgrammingError

    from sources.services import run_error

    try:
        try:
            raise SoftTimeLimitExceeded()
        except SoftTimeLimitExceeded:
            raise ProgrammingError("can't change 'autocommit' now") from None
    except ProgrammingError as error:
        assert "ProgrammingError" in run_error(error)  # ``from None``: no cause to find
    try:
        try:
            raise SoftTimeLimitExceeded()
        except SoftTimeLimitExceeded:
            raise ProgrammingError("can't change 'autocommit' now")  # noqa: B904
    except ProgrammingError as error:
        assert run_error(error).startswith("Stopped: the run took longer than its time limit")
