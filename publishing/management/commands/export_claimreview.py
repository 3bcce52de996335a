import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from publishing.selectors import claimreview_export

FILE_NAME = "claimreview.json"


class Command(BaseCommand):
    help = (
        "Write ClaimReview JSON-LD for the claims in the documents given (all by default): the "
        "desk's published fact-checks, then other fact-checkers' reviews exactly as published."
    )

    def add_arguments(self, parser):
        parser.add_argument("documents", nargs="*", type=int, help="document ids (default: all)")
        parser.add_argument(
            "--output",
            required=True,
            type=Path,
            help=f"a .json file, or a folder to write {FILE_NAME} in",
        )

    def handle(self, *args, documents, output, **options):
        items = claimreview_export(documents)
        target = output if output.suffix in (".json", ".jsonld") else output / FILE_NAME
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        except OSError as error:
            raise CommandError(f"Cannot write {target}: {error}") from None
        self.stdout.write(f"{len(items):,} ClaimReviews written to {target}.")
