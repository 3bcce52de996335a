"""What the verification desk tells the layers above it (publishing) and its own notifications.

Every signal here is sent inside the transaction that made the change, not once it has
committed. Receivers that queue work do so through the outbox (``desk.outbox``), which writes
its row in that same transaction and hands it over on commit: the work is committed with the
change or not at all, and a process that dies between the commit and the hand-over leaves the
row for the sweep. Sending the signals from ``transaction.on_commit`` instead would lose the
queued work in that window. So a receiver records work and does nothing it cannot take back
(no email, no HTTP call): whatever it raises rolls the change back with it.
"""

from django.dispatch import Signal

# claim: the Claim after the transition (new status, new workflow_version); change: the
# ClaimStatusChange that records it; transition: the ``workflow.Transition`` row that ran.
claim_transitioned = Signal()
# verdict: the Verdict just published (its first version).
verdict_published = Signal()
# verdict: the Verdict just published as a correction of an earlier version.
verdict_corrected = Signal()
