"""What the verification desk tells the layers above it (publishing, notifications).

Sent inside the transaction that made the change: receivers that queue work do so through
the outbox (``desk.outbox``), so that the work is committed with the change or not at all.
"""

from django.dispatch import Signal

# verdict: the Verdict just published (its first version).
verdict_published = Signal()
# verdict: the Verdict just published as a correction of an earlier version.
verdict_corrected = Signal()
