"""The desk's daily work at scale: "My queue" and "Take next task" under concurrent reviewers,
and one workflow transition.

Each reviewer is a process of its own, as behind a multi-worker server, with its own database
connection. They start at the same instant, so their first takes collide on the queue, then
each pauses between rounds as a person reading a claim would (far shorter than a person does).
Every run starts with empty queues: the tasks an earlier run handed out are marked done.
"""

import multiprocessing
import random
import time

from django.db import connections

from bench.common import desk_user, get, logged_in_client
from bench.harness import Figure, median, p95, timed, under
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
QUEUE_URL = "/admin/claims/verificationtask/my-queue/"
TAKE_URL = "/admin/claims/verificationtask/take-next/"


def _fill_queue(team: Team, editor, count: int) -> None:
    free = list(
        Claim.objects.filter(status=Status.NEW)
        .exclude(tasks__state=VerificationTask.State.OPEN)
        .order_by("-id")[:count]
    )
    task_assign(claims=free, actor=editor, team=team)


def _reviewer(user_id: int, seed: int, start, results) -> None:
    from django.contrib.auth import get_user_model

    client = logged_in_client(get_user_model().objects.get(pk=user_id))
    get(client, QUEUE_URL)  # warm: templates and URL resolvers, as in a running worker
    pause = random.Random(seed)
    start.wait(timeout=60)
    queue_ms, take_ms, taken = [], [], []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        get(client, QUEUE_URL)
        queue_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        response = client.post(TAKE_URL, secure=True)
        take_ms.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 302, response.status_code
        taken.append(int(response.url.rstrip("/").split("/")[-2]))
        time.sleep(pause.uniform(*PAUSE_SECONDS))
    results.put((queue_ms, take_ms, taken))
    connections.close_all()


def _queue_and_take(reviewers) -> tuple[list[float], list[float], list[int]]:
    context = multiprocessing.get_context("fork")
    start, results = context.Barrier(len(reviewers)), context.Queue()
    connections.close_all()  # each process opens its own
    processes = [
        context.Process(target=_reviewer, args=(user.pk, index, start, results))
        for index, user in enumerate(reviewers)
    ]
    for process in processes:
        process.start()
    collected = [results.get(timeout=300) for _ in processes]
    for process in processes:
        process.join()
        if process.exitcode:
            raise RuntimeError(f"a reviewer process failed (exit code {process.exitcode})")
    queue_ms = [ms for q, _, _ in collected for ms in q]
    take_ms = [ms for _, t, _ in collected for ms in t]
    taken = [claim for _, _, claims in collected for claim in claims]
    return queue_ms, take_ms, taken


def run() -> list[Figure]:
    editor = desk_user("bench-editor")
    team, _ = Team.objects.get_or_create(name="Bench desk")
    reviewers = [desk_user(f"bench-reviewer-{i}", REVIEWERS) for i in range(REVIEWER_COUNT)]
    team.members.add(*reviewers)
    VerificationTask.objects.filter(
        assignee__in=reviewers, state=VerificationTask.State.OPEN
    ).update(state=VerificationTask.State.DONE)
    _fill_queue(team, editor, REVIEWER_COUNT * ROUNDS)

    queue_ms, take_ms, taken = _queue_and_take(reviewers)
    figures = []
    for name, samples in (('"My queue" page', queue_ms), ('"Take next task"', take_ms)):
        value = median(samples)
        target, passed = under(value, 20)
        figures.append(
            Figure(
                name=f"{name}, {REVIEWER_COUNT} concurrent reviewers (median)",
                value=value,
                unit="ms",
                target=target,
                passed=passed,
                extra={"p95": p95(samples), "samples": len(samples)},
            )
        )
    figures.append(
        Figure(
            name="tasks handed out twice",
            value=len(taken) - len(set(taken)),
            unit="",
            target="0",
            passed=len(set(taken)) == len(taken) == REVIEWER_COUNT * ROUNDS,
            extra={"handed_out": len(taken)},
        )
    )

    claims = iter(Claim.objects.filter(status=Status.NEW).order_by("id")[:300])

    def start_review():
        claim_transition(claim=next(claims), name="start_review", actor=editor)

    samples = timed(start_review, repeat=200, warmup=10)
    value = median(samples)
    target, passed = under(value, 10)
    figures.append(
        Figure(
            name="transition (lock, check, save, audit row) (median)",
            value=value,
            unit="ms",
            target=target,
            passed=passed,
            extra={"p95": p95(samples)},
        )
    )
    return figures
