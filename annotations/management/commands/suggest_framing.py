import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from annotations.services import lexicon_suggest
from sources.models import Document


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
        queryset = Document.objects.order_by("pk")
        if documents:
            queryset = queryset.filter(pk__in=documents)
            missing = set(documents) - set(queryset.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No document with id {', '.join(map(str, sorted(missing)))}.")
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
