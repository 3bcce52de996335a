from django.core.management.base import BaseCommand, CommandError

from demo.synthetic import seed_synthetic


class Command(BaseCommand):
    help = (
        "Add a synthetic desk of about N claims (sources, documents in several scripts, claims "
        "with relay chains, pairs, annotations, tasks, verdicts, users) for benchmarks. Rows "
        "are added after those already present; the same --seed gives the same rows."
    )

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, required=True)
        parser.add_argument("--seed", type=int, default=42)
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, claims, seed, no_progress, **options):
        if claims < 1:
            raise CommandError("--claims must be at least 1.")
        rows = seed_synthetic(claims=claims, seed=seed, progress=not no_progress)
        for table, count in sorted(rows.items()):
            self.stdout.write(f"{table:40} {count:>12,}")
