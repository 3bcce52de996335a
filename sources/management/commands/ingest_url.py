from django.core.management.base import BaseCommand, CommandError

from sources.fetching import FetchError
from sources.ingesting import document_ingest_url
from sources.models import Source


class Command(BaseCommand):
    help = (
        "Add a document by its address: fetch the page, read its text and metadata, keep the "
        "raw HTML as a snapshot. An address the desk already has is fetched again: a new "
        "snapshot, and whether its text changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", help="the page's address (http or https)")
        parser.add_argument(
            "--source",
            type=int,
            help="id of the source that publishes it, when no source has the page's site",
        )

    def handle(self, *args, url: str, source: int | None, **options):
        publisher = None
        if source is not None:
            publisher = Source.objects.filter(pk=source).first()
            if publisher is None:
                raise CommandError(f"There is no source with id {source}.")
        try:
            ingested = document_ingest_url(url=url, actor=None, source=publisher)
        except FetchError as error:
            raise CommandError(" ".join(error.messages)) from None
        document = ingested.document
        if ingested.created:
            how = "added"
        elif ingested.text_changed:
            how = "fetched again: its text changed"
        else:
            how = "fetched again: its text is unchanged"
        self.stdout.write(
            self.style.SUCCESS(f"Document #{document.pk} \u201c{document.title}\u201d {how}.")
        )
        self.stdout.write(
            f"publisher {document.publisher}; language {document.language}; "
            f"snapshot #{ingested.snapshot.pk} of {ingested.snapshot.size:,} bytes"
        )
