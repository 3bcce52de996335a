from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from demo.loader import DemoUsersRefused, load_demo


class Command(BaseCommand):
    help = (
        "Load the demo desk: the November 2021 Armenia–Azerbaijan border clash, its sources, "
        "claims, framing spans and (with DEBUG on) demo users. Once it is loaded, running this "
        "again changes nothing, whatever the desk did since."
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
        for kind in sorted(set(created) | set(present)):
            made, had = created.get(kind, 0), present.get(kind, 0)
            self.stdout.write(f"{kind:19} {made:3} created, {had:3} already present")
        for warning in result["warnings"]:
            self.stderr.write(self.style.WARNING(warning))
        if result["already_loaded"]:
            message = "The demo desk is already loaded; nothing changed."
        else:
            message = "Demo desk loaded."
        self.stdout.write(self.style.SUCCESS(message))
        base = settings.PARALLAX_BASE_URL
        if result["logins"]:
            self.stdout.write(f"Log in at {base}{reverse('admin:index')} as:")
            for username, password, works, exists in result["logins"]:
                if not exists:
                    note = "  (no such user any more: not created again)"
                elif not works:
                    note = "  (existing user with another password: not reset)"
                else:
                    note = ""
                self.stdout.write(f"  {username} / {password}{note}")
            self.stdout.write(f"Published verdicts: {base}{reverse('verdict-list')}")
