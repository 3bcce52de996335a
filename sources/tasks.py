"""Celery tasks of sources: ids in, one service call. Queued through the outbox
(``desk.outbox.outbox_enqueue``) or by ``celery beat``."""

from celery import shared_task


@shared_task
def poll_due_feeds() -> int:
    """Every minute (``celery beat``): queue a poll of each feed whose time has come."""
    from .feeds import feeds_poll_due

    return feeds_poll_due()


@shared_task(acks_late=True)
def poll_feed(feed_id: int) -> int:
    """Poll one feed and add its new items; returns how many documents were added. Polling
    twice is harmless: items already added are not fetched again."""
    from .feeds import feed_poll_by_id

    poll = feed_poll_by_id(feed_id=feed_id)
    return poll.items_new if poll is not None else 0
