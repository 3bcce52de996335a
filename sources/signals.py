"""What other apps may react to. ``sources`` imports none of them; they connect here."""

from django.dispatch import Signal

# Sent once the transaction that created a document has committed; argument: ``document``.
document_created = Signal()

# Sent once the transaction that confirmed a proposed source has committed; arguments:
# ``proposal`` and ``document_ids``, the documents it was found in.
source_proposal_confirmed = Signal()
