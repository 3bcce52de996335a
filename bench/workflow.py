"""The desk's daily work at scale: "My queue" and "Take next task" under concurrent reviewers,
and one workflow transition.

Each reviewer is a process of its own, as behind a multi-worker server, with its own database
connection. They start at the same instant, so their first takes collide on the queue, then
each pauses between rounds as a person reading a claim would (far shorter than a person does).
Every run starts with empty queues: the tasks an earlier run handed out are marked done.
Both pools come from the claims the database holds: the queue is filled with new claims that
have no open task, and the transitions start the review of others; each run uses up
TRANSITIONS + TRANSITION_WARMUP new claims (a seeded database of 10,000 claims has 4,000).
"""

import multiprocessing
import random
import time

from django.db import connections

from bench.common import (
    LIGHTEST_ADMIN_PAGE,
    MINIMAL_WRITE,
    admin_url,
    desk_user,
    ensure_write_rows,
    get,
    lightest_admin_url,
    logged_in_client,
    minimal_write,
)
from bench.harness import Figure, against, elapsed_ms, interleaved
from claims.models import Claim
from claims.status import Status
from desk.roles import REVIEWERS
from verification.models import Team, VerificationTask
from verification.services import claim_transition, task_assign

REVIEWER_COUNT = 8
ROUNDS = 25
# A person reads a claim for minutes before taking the next; one to two seconds keeps eight
# reviewers acting together all the time without turning the run into a pure load test.
PAUSE_SECONDS = (0.5, 1.5)
# Goals, each against a baseline timed by the same process in the same rounds. Seven runs on
# 2 CPUs, four as the machine came and three beside two busy loops: "My queue" 0.47–0.60 of
# the lightest admin page, "Take next task" 5.0–8.8 one-row UPDATE transactions, a transition
# 6.3–9.6.
# "My queue" builds its rows in Python and skips the admin's app list: it may not cost more
# than the six-row ratings list.
QUEUE_GOAL = 1
# A request that locks the next open task (SKIP LOCKED), assigns it and commits; reviewers
# waiting on each other's locks would show here first. Nearly twice the most measured.
TAKE_GOAL = 15
# Lock the claim, check the rule, save, write the audit row: a few statements and one commit
# beside the baseline's one statement and one commit. Half as much again as the most measured.
TRANSITION_GOAL = 15
TRANSITIONS = 200
TRANSITION_WARMUP = 10


def free_new_claims():
    """New claims without an open task, the oldest first."""
    return (
        Claim.objects.filter(status=Status.NEW)
        .exclude(tasks__state=VerificationTask.State.OPEN)
        .order_by("id")
    )


def pools(queue: int, transitions: int) -> tuple[list[Claim], list[Claim]]:
    """The claims to queue for the reviewers (the newest free ones) and the claims whose
    review the transitions start (the oldest), disjoint; stops with a clear message when the
    database has too few left."""
    free = free_new_claims()
    to_queue = list(free.order_by("-id")[:queue])
    to_start = list(free.exclude(pk__in=[c.pk for c in to_queue])[:transitions])
    if len(to_queue) < queue or len(to_start) < transitions:
        raise SystemExit(
            f"the workflow benchmark needs {queue + transitions:,} new claims without an open "
            f"task and the database has {free.count():,}: each run starts the review of "
            f"{transitions:,}; seed a larger or a fresh database"
        )
    return to_queue, to_start


def _reviewer(user_id: int, index: int, urls: dict, start, results) -> None:
    """One reviewer's rounds; each round times its baselines beside the steps themselves."""
    from django.contrib.auth import get_user_model

    client = logged_in_client(get_user_model().objects.get(pk=user_id))
    get(client, urls["queue"])  # warm: templates and URL resolvers, as in a running worker
    get(client, urls["lightest"])
    minimal_write(index)
    pause = random.Random(index)
    start.wait(timeout=60)
    times: dict[str, list[float]] = {"queue": [], "lightest": [], "take": [], "write": []}
    taken = []
    for _ in range(ROUNDS):
        times["queue"].append(elapsed_ms(lambda: get(client, urls["queue"])))
        times["lightest"].append(elapsed_ms(lambda: get(client, urls["lightest"])))
        started = time.perf_counter()
        response = client.post(urls["take"], secure=True)
        times["take"].append((time.perf_counter() - started) * 1000)
        assert response.status_code == 302, response.status_code
        taken.append(int(response.url.rstrip("/").split("/")[-2]))
        times["write"].append(elapsed_ms(lambda: minimal_write(index)))
        time.sleep(pause.uniform(*PAUSE_SECONDS))
    results.put((times, taken))
    connections.close_all()


def _queue_and_take(reviewers) -> tuple[dict[str, list[float]], list[int]]:
    urls = {
        "queue": admin_url(VerificationTask, "my_queue"),
        "take": admin_url(VerificationTask, "take_next"),
        "lightest": lightest_admin_url(),
    }
    context = multiprocessing.get_context("fork")
    start, results = context.Barrier(len(reviewers)), context.Queue()
    connections.close_all()  # each process opens its own
    processes = [
        context.Process(target=_reviewer, args=(user.pk, index, urls, start, results))
        for index, user in enumerate(reviewers)
    ]
    for process in processes:
        process.start()
    collected = [results.get(timeout=300) for _ in processes]
    for process in processes:
        process.join()
        if process.exitcode:
            raise RuntimeError(f"a reviewer process failed (exit code {process.exitcode})")
    times = {key: [ms for t, _ in collected for ms in t[key]] for key in collected[0][0]}
    taken = [claim for _, claims in collected for claim in claims]
    return times, taken


def run() -> list[Figure]:
    editor = desk_user("bench-editor")
    team, _ = Team.objects.get_or_create(name="Bench desk")
    reviewers = [desk_user(f"bench-reviewer-{i}", REVIEWERS) for i in range(REVIEWER_COUNT)]
    team.members.add(*reviewers)
    VerificationTask.objects.filter(
        assignee__in=reviewers, state=VerificationTask.State.OPEN
    ).update(state=VerificationTask.State.DONE)
    to_queue, to_start = pools(REVIEWER_COUNT * ROUNDS, TRANSITIONS + TRANSITION_WARMUP)
    task_assign(claims=to_queue, actor=editor, team=team)
    ensure_write_rows(REVIEWER_COUNT)

    times, taken = _queue_and_take(reviewers)
    concurrent = f"{REVIEWER_COUNT} concurrent reviewers (median)"
    figures = [
        against(
            f'"My queue" page, {concurrent}',
            times["queue"],
            LIGHTEST_ADMIN_PAGE,
            times["lightest"],
            QUEUE_GOAL,
        ),
        against(
            f'"Take next task", {concurrent}',
            times["take"],
            MINIMAL_WRITE,
            times["write"],
            TAKE_GOAL,
        ),
        Figure(
            name="tasks handed out twice",
            value=len(taken) - len(set(taken)),
            unit="",
            target="0",
            passed=len(set(taken)) == len(taken) == REVIEWER_COUNT * ROUNDS,
            extra={"handed_out": len(taken)},
        ),
    ]

    claims = iter(to_start)

    def start_review():
        claim_transition(claim=next(claims), name="start_review", actor=editor)

    transitions, writes = interleaved(
        [start_review, minimal_write], rounds=TRANSITIONS, warmup=TRANSITION_WARMUP
    )
    figures.append(
        against(
            "transition (lock, check, save, audit row) (median)",
            transitions,
            MINIMAL_WRITE,
            writes,
            TRANSITION_GOAL,
        )
    )
    return figures
