import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from annotations.management.documents import documents_by_id
from annotations.services import lexicon_suggest


class Command(BaseCommand):
    help = (
        "Suggest framing spans from the active lexicon, here and now, for the given documents "
        "or for all of them. Existing suggestions are kept; nothing is made twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("documents", nargs="*", type=int, help="document ids")
        parser.add_argument(
            "--all", action="store_true", dest="all_documents", help="every document"
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, documents, all_documents, no_progress, **options):
        if bool(documents) == all_documents:
            raise CommandError("Give document ids, or --all (not both).")
        queryset = documents_by_id(documents)
        created = 0
        bar = tqdm(
            queryset.iterator(chunk_size=200),
            total=queryset.count(),
            unit=" documents",
            disable=no_progress,
            file=sys.stderr,
        )
        for document in bar:
            created += lexicon_suggest(document=document)
        self.stdout.write(f"{created:,} new suggestions.")
