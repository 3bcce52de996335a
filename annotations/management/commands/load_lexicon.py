from django.core.management.base import BaseCommand, CommandError

from annotations.lexicon_files import LexiconFileError
from annotations.lexicon_files import languages as shipped_languages
from annotations.services import lexicon_load


class Command(BaseCommand):
    help = (
        "Load the framing lexicons shipped with Parallax (annotations/lexicons/*.tsv) into the "
        "desk's lexicon. Terms the desk already has are left as they are (unless --update); "
        "running it again adds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "languages",
            nargs="*",
            help=f"languages to load (default: all of {shipped_languages()})",
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="give terms the desk already has the file's flags and note",
        )

    def handle(self, *args, languages: list[str], update: bool, **options):
        wanted = languages
        shipped = shipped_languages()
        if unknown := sorted(set(wanted) - set(shipped)):
            raise CommandError(
                f"No lexicon file for {', '.join(unknown)}; there are: {', '.join(shipped)}."
            )
        for language in wanted or shipped:
            try:
                result = lexicon_load(language=language, update=update)
            except LexiconFileError as error:
                raise CommandError(f"Nothing loaded for {language}:\n{error}") from error
            self.stdout.write(
                f"{language}: {result.created} added, {result.updated} updated, "
                f"{result.unchanged} already there"
            )
