#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from config.environment import use_development_default

    # A command on a bare checkout (no setting of the project's in the environment) runs in
    # the development default, and says so, so that nobody mistakes it for production.
    if use_development_default(os.environ):
        sys.stderr.write(
            "Development default: DEBUG on, SQLite in the project folder (no DJANGO_*, "
            "DATABASE_*, CELERY_* or PARALLAX_* variable is set).\n"
        )
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
