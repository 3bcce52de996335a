from django.core.management.base import BaseCommand, CommandError

from demo import content
from demo.loader import DemoUsersRefused, load_demo


class Command(BaseCommand):
    help = (
        "Load the demo desk: the November 2021 Armenia–Azerbaijan border clash, its sources, "
        "claims, framing spans and (with DEBUG on) demo users. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-users",
            action="store_true",
            help="Load the demo data without the demo users (and so without tasks and manual "
            "framing spans). Works with DEBUG off.",
        )

    def handle(self, *args, no_users: bool = False, **options):
        try:
            result = load_demo(with_users=not no_users)
        except DemoUsersRefused as exc:
            raise CommandError(str(exc)) from None
        created, present = result["created"], result["present"]
        kinds = sorted(set(created) | set(present))
        for kind in kinds:
            made, had = created.get(kind, 0), present.get(kind, 0)
            self.stdout.write(f"{kind:19} {made:3} created, {had:3} already present")
        for warning in result["warnings"]:
            self.stderr.write(self.style.WARNING(warning))
        if not created:
            self.stdout.write(
                self.style.SUCCESS("The demo desk was already loaded; nothing changed.")
            )
        else:
            self.stdout.write(self.style.SUCCESS("Demo desk loaded."))
        if result["logins"]:
            self.stdout.write(f"Log in at {content.ADMIN_URL} as:")
            for username, password, works in result["logins"]:
                note = "" if works else "  (existing user with another password: not reset)"
                self.stdout.write(f"  {username} / {password}{note}")
