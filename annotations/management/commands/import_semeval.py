from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from annotations.importing import Options
from annotations.importing_services import annotations_import

from ..files import read_files


class Command(BaseCommand):
    help = (
        "Import a SemEval span file (article_id<TAB>technique<TAB>start<TAB>end) as accepted "
        "spans: import_annotations FILE --format semeval. One bad line and nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        files = read_files(file)
        try:
            result = annotations_import(
                files=files, format="semeval", options=Options(), actor=None
            )
        except ValidationError as error:
            raise CommandError("Nothing was imported:\n" + "\n".join(error.messages)) from None
        created, there = result.spans_created, result.spans_already_there
        self.stdout.write(f"{created:,} spans imported, {there:,} already there.")
