from django.core.management.base import BaseCommand

from annotations.exporting import exported_documents
from annotations.formats import semeval
from sources.management.documents import documents_by_id


class Command(BaseCommand):
    help = (
        "Write accepted framing spans whose label is a SemEval technique in one file, one per "
        "line: article_id<TAB>technique<TAB>start<TAB>end (SemEval-2023 names; the article is "
        "the document's id, or its corpus id if it came from one). export_annotations --format "
        "semeval writes a corpus folder instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("documents", nargs="*", type=int, help="document ids (default: all)")
        parser.add_argument("--output", help="a file to write instead of standard output")

    def handle(self, *args, documents, output, **options):
        exported = exported_documents(documents_by_id(documents), format="semeval")
        lines = semeval.technique_file(exported).decode("utf-8")
        if output:
            with open(output, "w", encoding="utf-8", newline="\n") as file:
                file.write(lines)
        else:
            self.stdout.write(lines, ending="")
