"""The per-request cases `make bench-scaling` times, each prepared on one benchmark database.

Every case is chosen from the data of the database it is prepared on (bench.admin_changelist's
searches and pages, bench.workflow's pools, bench.contradictions' claims), so that it means the
same at both sizes. A case is a function that makes one request; the requests that write (take
a task, start a review) each use a claim or a task of their own, prepared here.
"""

from collections.abc import Callable, Iterator
from itertools import cycle

from django.test import Client

from bench.admin_changelist import cases as changelist_cases
from bench.common import (
    admin_url,
    desk_user,
    get,
    lightest_admin_url,
    logged_in_client,
)
from bench.contradictions import _claims as candidate_claims
from bench.workflow import free_new_claims
from claims.candidates import contradiction_candidates
from desk.roles import REVIEWERS
from verification.models import Team, VerificationTask
from verification.services import claim_transition, task_assign

# Its page is the same six rows at any size: its growth shows how far the machine alone moved
# the two sizes apart.
CONTROL = "lightest admin page (control: the same six rows at both sizes)"
VERDICTS_URL = "/api/v1/verdicts/?page_size=100"
REVIEWER = "bench-scaling-reviewer"


def prepare(requests: int) -> dict[str, Callable[[], object]]:
    """The cases on the current default database, by name; each may be called ``requests``
    times."""
    editor = desk_user("bench-editor")
    client = logged_in_client(editor)
    found: dict[str, Callable[[], object]] = {CONTROL: lambda: get(client, lightest_admin_url())}
    for case in changelist_cases(client):
        label = case.label.split(" '")[0]  # without the word chosen from this database's data
        url = case.url()
        found[f"claims changelist, {label}"] = lambda url=url: get(client, url)

    reviewer = desk_user(REVIEWER, REVIEWERS)
    team, _ = Team.objects.get_or_create(name="Bench desk")
    team.members.add(reviewer)
    VerificationTask.objects.filter(assignee=reviewer, state=VerificationTask.State.OPEN).update(
        state=VerificationTask.State.DONE
    )
    free = list(free_new_claims()[: 2 * requests])
    if len(free) < 2 * requests:
        raise SystemExit(
            f"bench-scaling needs {2 * requests:,} new claims without an open task and the "
            f"database has {len(free):,}: seed a larger or a fresh database"
        )
    to_take, to_start = iter(free[:requests]), iter(free[requests:])
    task_assign(claims=free[:requests], actor=editor, team=team)
    reviewer_client = logged_in_client(reviewer)
    queue, take = admin_url(VerificationTask, "my_queue"), admin_url(VerificationTask, "take_next")

    def take_next():
        next(to_take)  # one task queued per call
        response = reviewer_client.post(take, secure=True)
        assert response.status_code == 302, response.status_code

    found['"My queue" page, one reviewer'] = lambda: get(reviewer_client, queue)
    found['"Take next task", one reviewer'] = take_next
    found["transition (lock, check, save, audit row)"] = lambda: claim_transition(
        claim=next(to_start), name="start_review", actor=editor
    )
    claims: Iterator = cycle(candidate_claims())
    found["contradiction candidates for one claim"] = lambda: contradiction_candidates(next(claims))
    anonymous = Client()
    found["GET /api/v1/verdicts/?page_size=100, anonymous"] = lambda: get(anonymous, VERDICTS_URL)
    return found
