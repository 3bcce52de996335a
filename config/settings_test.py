"""Settings for the test suite: the normal settings with a throwaway key and fast hashing.

DATABASE_URL and CELERY_BROKER_URL are honoured, so the same suite runs on SQLite locally and
on PostgreSQL in CI.
"""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "parallax-tests-only-not-secret")

from config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SECURE_SSL_REDIRECT = False
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Serve static files from the apps' folders, as in development: tests do not run collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Rates high enough that no test is throttled by accident; the throttling tests set their own.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,  # noqa: F405
    "DEFAULT_THROTTLE_RATES": {"anonymous": "100000/min", "token": "100000/min"},
}
# The in-process API tests (schemathesis) call the WSGI application as host "localhost".
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# The webhook tests deliver to a receiver on 127.0.0.1; one test turns this off to see refusals.
PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
# The fetching tests serve pages and feeds on 127.0.0.1, and that address alone.
PARALLAX_FETCH_PRIVATE_NETWORKS = ["127.0.0.1/32"]
PARALLAX_FETCH_TIMEOUT_SECONDS = 2
