import time

from django.core.management.base import BaseCommand

from demo.feed_pages import demo_feed_site


class Command(BaseCommand):
    help = (
        "Serve the demo desk's local feed (four agency reports and their RSS feed) on "
        "127.0.0.1 until interrupted, for adding it as a feed in the demo desk."
    )

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8221, help="port on 127.0.0.1")
        parser.add_argument(
            "--edited",
            action="store_true",
            help="serve the last report as its outlet edited it (another casualty figure), "
            "the feed saying it was updated: the next poll makes a new version of it",
        )

    def handle(self, *args, port: int, edited: bool, **options):
        site = demo_feed_site(port, edited=edited)
        self.stdout.write(self.style.SUCCESS(f"Serving the demo feed at {site.url('/feed.xml')}"))
        self.stdout.write(
            "The desk fetches it only when started with PARALLAX_FETCH_PRIVATE_NETWORKS=127.0.0.1 "
            "(see the README). Stop with Control-C."
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            site.close()
