from django.core.management.base import BaseCommand, CommandError

from claims.extraction.services import document_claims_extract_run
from sources.management.documents import documents_by_id, run_on_documents
from sources.models import DocumentTaskRun
from sources.selectors import documents_whose_run_failed


class Command(BaseCommand):
    help = (
        "Extract claims again, here and now, from every document whose last extraction failed "
        "or was cut off, or from the documents given. Each run is recorded on its document; "
        "one that is done clears the failure. Nothing is suggested twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--document",
            type=int,
            nargs="+",
            dest="documents",
            metavar="ID",
            help="these documents, whatever their last run (default: those whose run failed)",
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, documents, no_progress, **options):
        queryset = (
            documents_by_id(documents)
            if documents
            else documents_whose_run_failed(kind=DocumentTaskRun.Kind.CLAIM_EXTRACTION)
        )
        ids = list(queryset.values_list("pk", flat=True))
        created, failed = run_on_documents(
            self, ids, run=document_claims_extract_run, progress=not no_progress
        )
        self.stdout.write(
            f"{len(ids) - failed:,} of {len(ids):,} documents extracted: "
            f"{created:,} new suggested claims."
        )
        if failed:
            raise CommandError(f"{failed:,} failed again; their pages say why.")
