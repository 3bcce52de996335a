import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from sources.feeds import feed_ingest_once
from sources.fetching import FetchError
from sources.models import Source


class Command(BaseCommand):
    help = (
        "Add the new items of an RSS or Atom feed once, with a progress bar. A feed the desk "
        "watches is polled (and the poll recorded); items already added are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", help="the feed's address (http or https)")
        parser.add_argument(
            "--source",
            type=int,
            help="id of the source whose items they are (default: the watched feed's, or the "
            "source whose site the feed is on)",
        )

    def handle(self, *args, url: str, source: int | None, **options):
        publisher = None
        if source is not None:
            publisher = Source.objects.filter(pk=source).first()
            if publisher is None:
                raise CommandError(f"There is no source with id {source}.")

        def progress(links):
            return tqdm(links, unit=" items", file=sys.stderr)

        try:
            title, items = feed_ingest_once(url=url, source=publisher, progress=progress)
        except FetchError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"{title or url}: {items.seen} items, {items.new} documents added, "
                f"{items.updated} edited stories made new versions, {len(items.errors)} failed."
            )
        )
        for failure in items.errors:
            self.stdout.write(self.style.WARNING(f"  {failure['url']}: {failure['error']}"))
