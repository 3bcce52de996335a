from django.core.management.base import BaseCommand

from claims.accounts.services import places_load


class Command(BaseCommand):
    help = (
        "Load the conflict's gazetteer (claims/accounts/places.toml): places with their names in "
        "English, Russian, Azerbaijani and Armenian and who administers them. Running it again "
        "adds nothing; a place's fields are updated from the file."
    )

    def handle(self, *args, **options):
        places, names = places_load()
        self.stdout.write(f"{places} places and {names} names added.")
