"""The transactional outbox: side effects recorded with the change that asks for them.

``outbox_enqueue`` writes an ``OutboxMessage`` in the caller's transaction and hands it to the
broker once that transaction commits. If the broker cannot take it, the message stays pending
with the error, and ``outbox_dispatch_due`` (run by ``celery beat`` every
``PARALLAX_OUTBOX_SWEEP_SECONDS``, or by ``manage.py dispatch_outbox``) tries again with a
growing wait. A change that rolls back asks for nothing; a change that commits is never failed
by its side effects, which run at least once.

Without a broker (the embedded default) a message runs in-process after the commit; a task that
raises is recorded the same way and run again by the next sweep.
"""

import logging
import time
from collections.abc import Iterable, Sequence
from datetime import timedelta
from functools import partial

from celery import current_app
from django.db import connection, transaction
from django.utils import timezone

from .models import OutboxMessage

logger = logging.getLogger(__name__)

SWEEP_BATCH = 500
# Sent messages are kept this long, for whoever wants to see what went out, then deleted.
KEPT_AFTER_SENDING = timedelta(days=14)
PRUNE_BATCH = 10_000
# After the broker refuses a message, the messages that later commits ask for are left to the
# sweep for this long: a request with many side effects waits for the broker once, not once
# for each of them.
BROKER_REST = 30.0
_broker_refused_at: float | None = None
# Waits between failed hand-overs: 2^n × the first, at most the last.
FIRST_RETRY = timedelta(seconds=10)
LONGEST_RETRY = timedelta(minutes=10)


def outbox_enqueue(*, task, args: Sequence = (), countdown: float = 0) -> OutboxMessage:
    """Record that ``task(*args)`` is to run once the current transaction commits (after
    ``countdown`` seconds). ``task`` is a Celery task; ``args`` must be JSON (ids)."""
    message = OutboxMessage.objects.create(
        task=task.name,
        args=list(args),
        available_at=timezone.now() + timedelta(seconds=countdown),
    )
    if countdown and _runs_in_process():
        # In-process, a countdown cannot be waited for: the next sweep runs it once it is due.
        return message
    transaction.on_commit(partial(_dispatch_after_commit, message.pk), robust=True)
    return message


def _dispatch_after_commit(message_id: int) -> None:
    refused = _broker_refused_at
    if refused is not None and time.monotonic() - refused < BROKER_REST:
        return  # pending: the sweep sends it
    _dispatch(message_id)


def outbox_dispatch_due(*, limit: int = SWEEP_BATCH) -> int:
    """Hand every pending message that is due to the broker, oldest first; returns how many
    went. Stops at the first that the broker refuses: the rest would meet the same outage."""
    due = list(
        OutboxMessage.objects.filter(
            state=OutboxMessage.State.PENDING, available_at__lte=timezone.now()
        )
        .order_by("available_at", "id")
        .values_list("pk", flat=True)[:limit]
    )
    return _dispatch_each(due, stop_at_failure=not _runs_in_process())


def outbox_prune(*, limit: int = PRUNE_BATCH) -> int:
    """Delete up to ``limit`` messages sent longer than ``KEPT_AFTER_SENDING`` ago; pending ones
    are never deleted. Returns how many went."""
    old = OutboxMessage.objects.filter(
        state=OutboxMessage.State.SENT, sent_at__lt=timezone.now() - KEPT_AFTER_SENDING
    ).values_list("pk", flat=True)[:limit]
    deleted, _ = OutboxMessage.objects.filter(pk__in=list(old)).delete()
    return deleted


def outbox_dispatch(*, messages: Iterable[OutboxMessage]) -> int:
    """Hand the given pending messages over now, due or not (an editor's action)."""
    return _dispatch_each([message.pk for message in messages], stop_at_failure=False)


def _dispatch_each(message_ids: list[int], *, stop_at_failure: bool) -> int:
    sent = 0
    for message_id in message_ids:
        outcome = _dispatch(message_id)
        if outcome is None:
            continue
        if outcome:
            sent += 1
        elif stop_at_failure:
            break
    return sent


def _runs_in_process() -> bool:
    return bool(current_app.conf.task_always_eager)


def _dispatch(message_id: int) -> bool | None:
    """Hand one pending message to the broker (or run it, without one). True once sent, False
    when it failed and waits for a retry, None when it was not pending or another process
    holds it."""
    in_process = _runs_in_process()
    try:
        with transaction.atomic():
            locked = OutboxMessage.objects.filter(pk=message_id, state=OutboxMessage.State.PENDING)
            if connection.features.has_select_for_update_skip_locked:
                locked = locked.select_for_update(skip_locked=True)
            message = locked.first()
            if message is None:
                return None
            message.state, message.sent_at = OutboxMessage.State.SENT, timezone.now()
            message.save(update_fields=["state", "sent_at"])
            if not in_process:
                # Inside the transaction: if the broker refuses, the message stays pending.
                _send(message)
        if in_process:
            # Outside it: the task's own transactions are its own, and it may take a while.
            _send(message)
    except Exception as error:  # whatever the broker or the task raised: retried later
        if not in_process:
            _note_broker_refused()
        _record_failure(message_id, error)
        return False
    if not in_process:
        _note_broker_refused(refused=False)
    return True


def _note_broker_refused(*, refused: bool = True) -> None:
    """Remember (in this process) that the broker refused a message just now, or that it took
    one and is answering again."""
    global _broker_refused_at
    _broker_refused_at = time.monotonic() if refused else None


def _send(message: OutboxMessage) -> None:
    task = current_app.tasks.get(message.task)
    if task is None:
        raise LookupError(f"No Celery task is named {message.task!r}.")
    remaining = (message.available_at - timezone.now()).total_seconds()
    task.apply_async(args=message.args, countdown=remaining if remaining > 0 else None)


def _record_failure(message_id: int, error: Exception) -> None:
    with transaction.atomic():
        message = OutboxMessage.objects.select_for_update().filter(pk=message_id).first()
        if message is None:
            return
        message.attempts += 1
        wait = min(FIRST_RETRY * 2 ** (message.attempts - 1), LONGEST_RETRY)
        message.state = OutboxMessage.State.PENDING
        message.available_at = timezone.now() + wait
        message.last_error = f"{type(error).__name__}: {error}"[:2000]
        message.save(update_fields=["state", "available_at", "attempts", "last_error"])
    logger.warning(
        "Queued task %s (outbox message %s) not sent, retried in %s: %s",
        message.task,
        message_id,
        wait,
        message.last_error,
    )
