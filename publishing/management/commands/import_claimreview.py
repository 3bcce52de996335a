from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError

from publishing.claimreview_reading import Unreadable, parse_json
from publishing.selectors import claimreview_preview
from publishing.services import claimreview_import


class Command(BaseCommand):
    help = (
        "Import ClaimReview JSON-LD published by other fact-checkers (one object, a list, a "
        "@graph or a DataFeed) as reviews by other fact-checkers, linked to the claims given. "
        "A review already imported (same url and author name) is not made again. One bad item "
        "and nothing is written, unless --skip-bad."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--claim",
            dest="claims",
            action="append",
            default=[],
            metavar="ID",
            help="a claim the reviews concern (repeat for several)",
        )
        parser.add_argument(
            "--skip-bad", action="store_true", help="import the good items of a file with bad ones"
        )
        parser.add_argument(
            "--user", help="the reviewer or editor the import is recorded under (default: none)"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="print what it would do, write nothing"
        )

    def handle(self, *args, path, claims, skip_bad, user, dry_run, **options):
        actor = None
        if user is not None:
            actor = get_user_model().objects.filter(username=user).first()
            if actor is None:
                raise CommandError(f"No user named {user!r}.")
        try:
            data = parse_json(path.read_bytes())
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error}") from None
        except Unreadable as error:
            raise CommandError(f"{path}: {error}") from None
        if dry_run:
            return self._preview(data)
        try:
            report = claimreview_import(data=data, actor=actor, claims=claims, skip_bad=skip_bad)
        except (ValidationError, PermissionDenied) as error:
            messages = getattr(error, "messages", None) or [str(error)]
            raise CommandError("Nothing was imported: " + " ".join(messages)) from None
        refusals = [f"  item {r.position}: {r.reason}" for r in report.refused]
        if not report.written:
            raise CommandError(
                "Nothing was imported; these items are bad (--skip-bad imports the others):\n"
                + "\n".join(refusals)
            )
        for position, kind in report.passed_over:
            self.stdout.write(f"Item {position} passed over: a {kind}, not a ClaimReview.")
        for refusal in report.refused:
            self.stdout.write(f"Item {refusal.position} skipped: {refusal.reason}.")
        self.stdout.write(
            f"{len(report.created):,} reviews imported, "
            f"{len(report.already_there):,} already there, {len(report.refused):,} skipped."
        )

    def _preview(self, data: object) -> None:
        try:
            preview = claimreview_preview(data, suggestions=0)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        for item in preview.reviews:
            there = f" (already there: review {item.there.pk})" if item.there else ""
            review = item.review
            self.stdout.write(
                f"Item {review.position}: {review.author_name} on “{review.claim_reviewed[:70]}” "
                f"rated {review.rating_text or '?'}{there}"
            )
        for position, kind in preview.passed_over:
            self.stdout.write(f"Item {position} passed over: a {kind}, not a ClaimReview.")
        for refusal in preview.refused:
            self.stdout.write(f"Item {refusal.position} refused: {refusal.reason}.")
        self.stdout.write(
            f"{len(preview.new):,} reviews to import, {len(preview.already_there):,} already "
            f"there, {len(preview.refused):,} refused. Nothing was written."
        )
