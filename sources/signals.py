"""What other apps may react to. ``sources`` imports none of them; they connect here."""

from django.dispatch import Signal

# Both are sent inside the transaction of the change. Receivers record the work that follows
# in the outbox (desk.outbox), which runs it once the change commits, and nothing if it rolls
# back; they do no slow work themselves.

# A document was created; argument: ``document``.
document_created = Signal()

# A proposed source was confirmed; arguments: ``proposal`` and ``document_ids``, the documents
# it was found in.
source_proposal_confirmed = Signal()

# A document's text changed and a new version of it was made (sources.versioning); arguments:
# ``document`` (the new version), ``previous`` (the version it replaced) and ``placements``
# (the SpanPlacement rows: where each claim and framing span of the old text went, or that it
# was orphaned).
document_version_created = Signal()
