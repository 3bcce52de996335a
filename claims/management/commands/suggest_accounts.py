from django.core.management.base import BaseCommand

from claims.accounts.services import account_suggest
from claims.models import Claim


class Command(BaseCommand):
    help = (
        "Read the structured account (act, sides, place, casualties) of every claim whose "
        "account no reviewer has checked. Reviewed accounts are left as they are."
    )

    def handle(self, *args, **options):
        claims = (
            Claim.objects.filter(retired_at__isnull=True)
            .exclude(account__reviewed_at__isnull=False)
            .select_related("speaker__parent", "document")
            .order_by("pk")
        )
        total = claims.count()
        for done, claim in enumerate(claims.iterator(chunk_size=500), start=1):
            account_suggest(claim=claim)
            if done % 500 == 0 or done == total:
                self.stdout.write(f"{done}/{total} claims read")
        self.stdout.write(f"Accounts suggested for {total} claims.")
