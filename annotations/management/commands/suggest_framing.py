from django.core.management.base import BaseCommand, CommandError

from annotations.services import lexicon_suggest_run
from sources.management.documents import documents_by_id, run_on_documents
from sources.models import DocumentTaskRun
from sources.selectors import documents_whose_run_failed


class Command(BaseCommand):
    help = (
        "Suggest framing spans from the active lexicon, here and now, for the given documents, "
        "for all of them, or for those whose last suggestion run failed. Existing suggestions "
        "are kept; nothing is made twice. Each run is recorded on its document."
    )

    def add_arguments(self, parser):
        parser.add_argument("documents", nargs="*", type=int, help="document ids")
        choice = parser.add_mutually_exclusive_group()
        choice.add_argument(
            "--all", action="store_true", dest="all_documents", help="every document"
        )
        choice.add_argument(
            "--failed",
            action="store_true",
            help="every document whose last lexicon suggestions failed or were cut off",
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, documents, all_documents, failed, no_progress, **options):
        if bool(documents) + all_documents + failed != 1:
            raise CommandError("Give document ids, --all or --failed (just one of them).")
        if failed:
            queryset = documents_whose_run_failed(kind=DocumentTaskRun.Kind.LEXICON_SUGGESTIONS)
        else:
            queryset = documents_by_id(documents)
        ids = list(queryset.values_list("pk", flat=True))
        created, failures = run_on_documents(
            self, ids, run=lexicon_suggest_run, progress=not no_progress
        )
        self.stdout.write(f"{created:,} new suggestions.")
        if failures:
            raise CommandError(f"{failures:,} documents failed; their pages say why.")
