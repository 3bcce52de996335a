"""The benchmarks choose their cases from the data they find, so that they run at any size:
a small synthetic desk has fewer pages, other speakers and fewer new claims than a million-claim
one, and every case must still name a page, a search and a pool that exist."""

import pytest

from bench.admin_changelist import LATER_PAGE, cases, later_page, speaker_term
from bench.common import desk_user, get, logged_in_client
from bench.workflow import pools
from claims.models import Claim
from claims.status import Status
from demo.synthetic import seed_synthetic
from verification.models import VerificationTask

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_desk():
    seed_synthetic(claims=400, seed=11, progress=False)


def test_every_changelist_case_and_its_later_page_answer_at_a_small_size(small_desk):
    client = logged_in_client(desk_user("bench-editor"))

    chosen = cases(client)

    assert len(chosen) == 4
    for case in chosen:
        first = get(client, case.url())
        pages = first.context_data["cl"].paginator.num_pages
        page = later_page(client, case)
        # Fewer than 50 pages here: the case compares its first page with its last.
        assert page == min(LATER_PAGE, pages)
        assert get(client, case.url(page)).context_data["cl"].page_num == page
    searches = [case for case in chosen if case.query.startswith("?q=")]
    assert all(get(client, case.url()).context_data["cl"].result_count for case in searches)


def test_the_speaker_searched_is_one_speaker_that_has_claims(small_desk):
    term = speaker_term()

    speakers = set(
        Claim.objects.filter(speaker__short_name__icontains=term).values_list(
            "speaker__short_name", flat=True
        )
    )
    assert speakers == {term}


def test_the_workflow_pools_are_new_claims_without_a_task_and_too_few_is_said(small_desk):
    to_queue, to_start = pools(20, 30)

    assert len(to_queue) == 20 and len(to_start) == 30
    assert not {c.pk for c in to_queue} & {c.pk for c in to_start}
    assert {c.status for c in [*to_queue, *to_start]} == {Status.NEW}
    assert not VerificationTask.objects.filter(
        claim__in=[*to_queue, *to_start], state=VerificationTask.State.OPEN
    ).exists()
    new = Claim.objects.filter(status=Status.NEW).count()
    with pytest.raises(SystemExit, match="seed a larger or a fresh database"):
        pools(new, 1)
