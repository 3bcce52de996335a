from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from publishing.services import api_token_issue


class Command(BaseCommand):
    help = (
        "Issue an API token for a user and print it. Only a digest is stored: copy the token "
        "now. Consumers send it as 'Authorization: Token <token>'."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--days", type=int, default=365, help="valid this many days (365)")
        parser.add_argument(
            "--no-expiry", action="store_true", help="valid until revoked in the admin"
        )

    def handle(self, *args, username, days, no_expiry, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        try:
            token, key = api_token_issue(user=user, days=None if no_expiry else days)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        expiry = token.expiry.strftime("%Y-%m-%d %H:%M UTC") if token.expiry else "never"
        self.stderr.write(f"Token for {user} (expires: {expiry}); it is not shown again:")
        self.stdout.write(key)
