from django.core.management.base import BaseCommand

from annotations.interchange import semeval_spans
from sources.management.documents import documents_by_id


class Command(BaseCommand):
    help = (
        "Write accepted framing spans whose label is a SemEval technique, one per line: "
        "article_id<TAB>technique<TAB>start<TAB>end (the article is the document's id)."
    )

    def add_arguments(self, parser):
        parser.add_argument("documents", nargs="*", type=int, help="document ids (default: all)")
        parser.add_argument("--output", help="a file to write instead of standard output")

    def handle(self, *args, documents, output, **options):
        queryset = documents_by_id(documents)
        lines = "".join(f"{span.line()}\n" for span in semeval_spans(queryset))
        if output:
            with open(output, "w", encoding="utf-8", newline="\n") as file:
                file.write(lines)
        else:
            self.stdout.write(lines, ending="")
