from django.core.management.base import BaseCommand, CommandError

from sources.registry import DEFAULT_PATH, RegistryError, registry_load


class Command(BaseCommand):
    help = (
        "Load the starter registry of the conflict's actors (sources/registry/actors.toml): "
        "creates the sources the desk lacks, fills blank fields of those it has, and adds "
        "their names as aliases. Never overwrites what the desk edited. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--path", default=str(DEFAULT_PATH), help="the registry file (the starter one)"
        )

    def handle(self, *args, path: str, **options):
        try:
            result = registry_load(path=path)
        except RegistryError as error:
            raise CommandError(str(error)) from None
        out = self.stdout
        out.write(f"{len(result.sources)} entries in {path}")
        out.write(f"created   {len(result.created):4}  {', '.join(result.created)}".rstrip())
        updated = [f"{key} ({', '.join(fields)})" for key, fields in result.updated.items()]
        out.write(f"updated   {len(updated):4}  {'; '.join(updated)}".rstrip())
        out.write(f"aliases   {result.aliases_added:4}  added")
        for key, how in result.found.items():
            out.write(f"  {key}: found {how}")
        if result.skipped:
            out.write(self.style.WARNING(f"skipped   {len(result.skipped):4}"))
            for skipped in result.skipped:
                what = (
                    f"\u201c{skipped.name}\u201d {skipped.reason}"
                    if skipped.name
                    else skipped.reason
                )
                out.write(self.style.WARNING(f"  {skipped.key}: {what}"))
        if result.changed:
            out.write(self.style.SUCCESS("Registry loaded."))
        else:
            out.write(self.style.SUCCESS("The registry was already loaded; nothing changed."))
