from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from annotations.services import semeval_import


class Command(BaseCommand):
    help = (
        "Import a SemEval span file (article_id<TAB>technique<TAB>start<TAB>end, the article "
        "being a document id) as accepted spans. One bad line and nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        try:
            result = semeval_import(text=text)
        except ValidationError as error:
            raise CommandError("Nothing was imported:\n" + "\n".join(error.messages)) from None
        self.stdout.write(
            f"{result.imported:,} spans imported, {result.already_there:,} already there."
        )
