import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from annotations.formats import FORMATS
from annotations.import_runs import options_from, preview_lines
from annotations.importing import parse, preview
from annotations.importing_services import annotations_import

from ..files import read_files

CLAIMREVIEW = "claimreview"
# Options of the span formats, which a ClaimReview import has no use for.
ANNOTATION_OPTIONS = ("label_map", "publisher", "offsets")


class Command(BaseCommand):
    help = (
        "Import annotation files: a file, or for SemEval a corpus folder (articles and span "
        "files); or other fact-checkers' ClaimReviews. Any bad item and nothing is written, "
        "unless --skip-bad."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="a file or a folder")
        parser.add_argument("--format", required=True, choices=[*sorted(FORMATS), CLAIMREVIEW])
        parser.add_argument(
            "--skip-bad", action="store_true", help="write the good items, skip the bad ones"
        )
        parser.add_argument(
            "--label-map",
            type=Path,
            help='a JSON file: {"file label": "label-slug" | ["slug", …] | "create" | "skip"}',
        )
        parser.add_argument(
            "--publisher", default="", help="the source publishing new documents (by name)"
        )
        parser.add_argument("--language", default="en", help="new documents' language")
        parser.add_argument(
            "--offsets",
            choices=["code_points", "utf16"],
            help="doccano: how the file counts offsets (they differ only after an emoji)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="print what it would do, write nothing"
        )
        parser.add_argument(
            "--claim",
            dest="claims",
            action="append",
            default=[],
            metavar="ID",
            help="ClaimReview: a claim the reviews concern (repeat for several)",
        )
        parser.add_argument(
            "--user", help="ClaimReview: the reviewer or editor the import is recorded under"
        )

    def handle(self, *args, path, format, skip_bad, dry_run, claims, user, **options):
        if format == CLAIMREVIEW:
            return self._claimreview(
                path, skip_bad=skip_bad, dry_run=dry_run, claims=claims, user=user, **options
            )
        if claims or user:
            raise CommandError("--claim and --user are options of the claimreview format only.")
        label_map, publisher, language, offsets = (
            options[name] for name in ("label_map", "publisher", "language", "offsets")
        )
        files = read_files(path)
        try:
            options = options_from(
                {
                    "publisher": publisher,
                    "language": language,
                    "skip_bad": skip_bad,
                    "label_map": _label_map(label_map) if label_map else {},
                    "offsets": offsets,
                }
            )
            if dry_run:
                parsed = parse(files=files, format=format, options=options)
                plan = preview(parsed=parsed, format=format, options=options, actor=None)
                self.stdout.write("\n".join(preview_lines(plan)))
                return
            result = annotations_import(files=files, format=format, options=options, actor=None)
        except ValidationError as error:
            raise CommandError("Nothing was imported:\n" + "\n".join(error.messages)) from None
        publisher_note = f" (a new source: {result.publisher})" * result.publisher_created
        self.stdout.write(
            f"{len(result.documents_created):,} documents created{publisher_note}, "
            f"{len(result.documents_found):,} found; {result.spans_created:,} spans created, "
            f"{result.spans_already_there:,} already there; {len(result.skipped):,} items skipped."
        )
        if result.pairs_created or result.pairs_already_there:
            self.stdout.write(
                f"Claim pairs: {result.pairs_created:,} created, "
                f"{result.pairs_already_there:,} already there."
            )
        for label in result.labels_created:
            self.stdout.write(f"Label created: {label}")
        for problem in result.skipped:
            self.stdout.write(f"Skipped: {problem}")

    def _claimreview(self, path, *, skip_bad, dry_run, claims, user, **options):
        """Reviews by other fact-checkers are publishing's, not framing spans: its command
        imports them (called by name, so that annotations need not know publishing)."""
        given = [f"--{name.replace('_', '-')}" for name in ANNOTATION_OPTIONS if options[name]]
        if given:
            raise CommandError(f"{', '.join(given)}: not options of the claimreview format.")
        flags = [*(f"--claim={claim}" for claim in claims)]
        flags += ["--skip-bad"] * skip_bad + ["--dry-run"] * dry_run
        flags += [f"--user={user}"] if user else []
        call_command("import_claimreview", str(path), *flags, stdout=self.stdout)


def _label_map(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CommandError(f"Cannot read the label map {path}: {error}") from None
    if not isinstance(data, dict):
        raise CommandError(f"{path}: the label map is a JSON object (file label → slug).")
    return data
