"""POST documents/{id}/extract-claims/: claim extraction on demand."""

from sources.api import DocumentTaskView

from .. import tasks


class ExtractClaimsView(DocumentTaskView):
    """Queue claim extraction for a document (it also runs when a document is created): its
    attributed statements become suggested claims; unknown speakers become proposed sources."""

    task = tasks.extract_claims
    requested = "Claim extraction"
