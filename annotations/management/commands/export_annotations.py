import inspect
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from annotations.exporting import exported_documents
from annotations.formats import FORMATS
from annotations.importing import format_module
from sources.management.documents import documents_by_id

from ..files import write_files

# An --output with one of these endings names the file to write, not a folder.
FILE_SUFFIXES = (".json", ".jsonl", ".jsonld", ".txt", ".tsv", ".labels")


class Command(BaseCommand):
    help = (
        "Write documents' accepted framing spans in an annotation format into a folder "
        "(SemEval: per article its text and span files, named as the corpus publishes them)."
    )

    def add_arguments(self, parser):
        parser.add_argument("documents", nargs="*", type=int, help="document ids (default: all)")
        parser.add_argument("--format", required=True, choices=[*sorted(FORMATS), "claimreview"])
        parser.add_argument(
            "--output",
            required=True,
            type=Path,
            help="the folder to write, or a file's name when the export is one file",
        )
        parser.add_argument(
            "--edition",
            choices=["2020", "2023"],
            help="SemEval: the task whose names and files to write (default: the corpus a "
            "document was imported from, else 2023)",
        )
        parser.add_argument(
            "--form",
            choices=["sequence", "relations"],
            help='doccano: "label" triples (sequence labelling, the default) or '
            '"entities" and "relations"',
        )

    def handle(self, *args, documents, format, output, edition, form, **options):
        if format == "claimreview":
            # Reviews are publishing's: its command writes them (called by name, so that
            # annotations need not know publishing).
            if edition or form:
                raise CommandError("--edition and --form are not options of claimreview.")
            ids = [str(document) for document in documents]
            return call_command(
                "export_claimreview", *ids, "--output", str(output), stdout=self.stdout
            )
        module = format_module(format)
        choices = {"edition": edition, "form": form}
        for option, value in choices.items():
            if value and option not in inspect.signature(module.render).parameters:
                raise CommandError(f"--{option} is not an option of the {format} format.")
        exported = exported_documents(documents_by_id(documents), format=format)
        files = module.render(exported, **{k: v for k, v in choices.items() if v})
        if output.suffix in FILE_SUFFIXES and not output.is_dir():  # the one file to write
            if len(files) != 1:
                raise CommandError(
                    f"The export is {len(files):,} files ({', '.join(sorted(files))}): give a "
                    "folder to write them in."
                )
            files = {output.name: next(iter(files.values()))}
            output = output.parent
        write_files(output, files)
        self.stdout.write(
            f"{len(files):,} files written to {output} for {len(exported):,} documents."
        )
