"""Which of the two ways of running Parallax a command is in.

Production names itself: it sets at least one of ``PRODUCTION_VARIABLES`` (it cannot serve a
request without ``DJANGO_ALLOWED_HOSTS``), and without ``DJANGO_SECRET_KEY`` its settings refuse
to load. ``manage.py`` run with none of them set, and ``DJANGO_DEBUG`` unset, is a developer's
command on a checkout: it gets the development default (debug on, SQLite in the project folder,
tasks run in-process), so that every command the README names runs as written. The web and
worker entry points (``config.wsgi``, ``config.asgi``, ``config.celery``) never assume it.
"""

from collections.abc import MutableMapping

PRODUCTION_VARIABLES = (
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "PARALLAX_CACHE_URL",
)
# Any variable of these families says the environment was configured on purpose (a production
# unit file, a secrets loader, an operator's shell): then nothing is assumed.
CONFIGURED_PREFIXES = ("DJANGO_", "PARALLAX_", "DATABASE_", "CELERY_")
PROJECT_SETTINGS = "config.settings"


def production_configured(environ: MutableMapping[str, str]) -> bool:
    return any(environ.get(name) for name in PRODUCTION_VARIABLES)


def use_development_default(environ: MutableMapping[str, str]) -> bool:
    """Turn debug on in ``environ`` when it is a bare checkout's: the project's own settings
    module, and no variable of the project's families set (``DJANGO_DEBUG`` set but empty counts
    as set: off). Whether it did."""
    if environ.get("DJANGO_SETTINGS_MODULE", PROJECT_SETTINGS) != PROJECT_SETTINGS:
        return False  # another settings module (tests, a secrets loader) decides for itself
    if any(
        name.startswith(CONFIGURED_PREFIXES) and name != "DJANGO_SETTINGS_MODULE"
        for name in environ
    ):
        return False
    environ["DJANGO_DEBUG"] = "1"
    return True
