"""Parallax settings, read from the environment.

The embedded default (no variables set) is a SQLite file in the project folder with Celery
tasks run eagerly, which is what `make run` uses; manage.py turns debug on for it
(config.environment). Production sets DATABASE_URL, CELERY_BROKER_URL, DJANGO_SECRET_KEY and
DJANGO_ALLOWED_HOSTS.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from config.environment import PRODUCTION_VARIABLES

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. "
            "For local development set DJANGO_DEBUG=1 (make run does, and so does manage.py "
            f"when none of {', '.join(PRODUCTION_VARIABLES)} is set)."
        )
    # A development-only key: it exists only while DEBUG is on and never signs anything real.
    SECRET_KEY = "parallax-development-only-not-secret"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "knox",
    "axes",
    "csp",
    "config.apps.ProjectConfig",
    "desk",
    "sources",
    "claims",
    "verification",
    "publishing",
    "annotations",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The Content-Security-Policy header on every page (static files above it go without).
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "config.middleware.RejectUnreadableTextMiddleware",
    # ETags over the body and 304 for GETs that match (If-None-Match, If-Modified-Since).
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a refused login into the lockout answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters bound by the server, and a statement run five times on a connection prepared
    # there: PostgreSQL then plans a list page's queries once per connection, not per request
    # (planning took as long as running them). Behind a pooler in transaction mode that cannot
    # keep prepared statements, set DATABASE_PREPARE_THRESHOLD=off.
    _threshold = os.environ.get("DATABASE_PREPARE_THRESHOLD", "5").strip().lower()
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True,
        prepare_threshold=None if _threshold in {"", "off", "none"} else int(_threshold),
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
# The interface is English only; with translation off, the admin skips its lookups on every
# label it renders.
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

LOGIN_URL = "admin:login"

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out account and address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failed logins (the admin's form; the API has no password login) are counted per account and
# client address together, so that guessing one account's password from one address is slowed
# without letting anyone lock another person out from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = int(os.environ.get("PARALLAX_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=float(os.environ.get("PARALLAX_LOGIN_COOLOFF_MINUTES", "15")))
# Attempts during the lockout are refused without extending it: the cool-off ends when it said.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
# Every failed login stays on record for administrators (Axes → Access failures).
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# No banner at every process start.
AXES_VERBOSE = False
# The client's address as the API's rate limits count it (PARALLAX_TRUSTED_PROXIES).
AXES_CLIENT_IP_CALLABLE = "config.login_limits.client_address"
AXES_LOCKOUT_CALLABLE = "config.login_limits.locked_out"

# Email: console in development, SMTP configured from the environment otherwise.
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "parallax@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security: strict unless debugging locally. Behind a TLS-terminating proxy set
# DJANGO_SECURE_PROXY_SSL_HEADER=1 so that Django knows the request was HTTPS.
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy: scripts and styles from this site's own files only (no inline code,
# no eval); a page that must inline one marks it with the request's nonce
# (``request.csp_nonce``), which then joins the header. No plugins, no framing, no <base>, and
# forms post only here.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # "Authorization: Token <key>": per-client tokens that expire and can be revoked.
        "knox.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # DRF's own, refusing text that PostgreSQL or UTF-8 cannot take and JSON nested too deep.
    "DEFAULT_PARSER_CLASSES": [
        "config.parsers.JSONParser",
        "config.parsers.FormParser",
        "config.parsers.MultiPartParser",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "config.api.AnonymousThrottle",
        "config.api.TokenThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anonymous": os.environ.get("PARALLAX_API_ANONYMOUS_RATE", "120/min"),
        "token": os.environ.get("PARALLAX_API_TOKEN_RATE", "1200/min"),
    },
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "config.api.StrictBrowsableAPIRenderer",
    ],
    "EXCEPTION_HANDLER": "config.api.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # How many reverse proxies in front of the web process append to X-Forwarded-For. The
    # anonymous rate limit counts per address: with 0 it is REMOTE_ADDR alone, as a client
    # can write any X-Forwarded-For it likes; with N, the address N hops from the right.
    "NUM_PROXIES": int(os.environ.get("PARALLAX_TRUSTED_PROXIES", "0")),
}

REST_KNOX = {
    "TOKEN_TTL": timedelta(days=int(os.environ.get("PARALLAX_API_TOKEN_DAYS", "365"))),
    "AUTH_HEADER_PREFIX": "Token",
}

# Throttling counts requests in the cache: give several processes one shared cache (Redis).
CACHE_URL = os.environ.get("PARALLAX_CACHE_URL", "")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
        if CACHE_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Parallax API",
    "DESCRIPTION": "Published verdicts (also as schema.org ClaimReview), claims, pairs, sources "
    "and framing annotations (also as W3C Web Annotations). Offsets are Unicode code points.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # The docs page is served from this site, with no asset from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No badge from the online validator: it would send the schema's address to another site
    # (and the Content-Security-Policy refuses its image anyway).
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    # Fields named "kind" with different choices: each its own enum in the schema.
    "ENUM_NAME_OVERRIDES": {
        "CasualtiesKindEnum": "claims.accounts.models.Casualties.Kind",
        "SourceKindEnum": "sources.models.Source.Kind",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "config.api.document_error_responses",
    ],
}

# Celery: without a broker every task runs eagerly in the calling process (the embedded default).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ACKS_LATE = False  # opt in per idempotent task
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A broker that does not answer is given up on quickly: the task waits in the outbox
# (desk.outbox) and the request that asked for it is not held up.
# A broker that accepts a connection and then does not answer is given up on after 3 s too,
# and a refused publish is not retried here: the outbox's sweep retries it.
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 60 * 60 * 2,
    "socket_connect_timeout": 3,
    "socket_timeout": 3,
}
CELERY_TASK_PUBLISH_RETRY = False
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
# How often celery beat hands over the queued tasks the broker could not take at the time.
PARALLAX_OUTBOX_SWEEP_SECONDS = float(os.environ.get("PARALLAX_OUTBOX_SWEEP_SECONDS", "30"))
CELERY_BEAT_SCHEDULE = {
    "outbox-dispatch": {
        "task": "desk.tasks.dispatch_outbox",
        "schedule": timedelta(seconds=PARALLAX_OUTBOX_SWEEP_SECONDS),
    },
    # Polls the feeds whose time has come, each in a task of its own (sources.feeds).
    "poll-due-feeds": {
        "task": "sources.tasks.poll_due_feeds",
        "schedule": timedelta(seconds=60),
    },
    "overdue-task-digest": {
        "task": "verification.tasks.send_overdue_digest",
        "schedule": crontab(hour=int(os.environ.get("PARALLAX_DIGEST_HOUR", "7")), minute=0),
    },
}

# Parallax
PARALLAX_ORGANISATION_NAME = os.environ.get(
    "PARALLAX_ORGANISATION_NAME", "Parallax fact-check desk"
)
# The address people reach the desk at, for links in emails.
PARALLAX_BASE_URL = os.environ.get("PARALLAX_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
# First wait before a failed webhook delivery is tried again; each later wait doubles.
# Deliveries to private, loopback and link-local addresses: refused unless this is on (it is
# with debug on, for receivers on the developer's machine).
PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env_bool(
    "PARALLAX_WEBHOOK_ALLOW_PRIVATE_ADDRESSES", DEBUG
)
PARALLAX_WEBHOOK_RETRY_SECONDS = float(os.environ.get("PARALLAX_WEBHOOK_RETRY_SECONDS", "30"))
# Fetching pages and feeds (sources.fetching): how long one request may take in all, how large
# an answer may be, and which private networks it may reach all the same. Empty, only public
# addresses are fetched, with debug on or off: a desk's server must not be made to read its
# own network. The tests allow 127.0.0.1 for their local server.
PARALLAX_FETCH_TIMEOUT_SECONDS = float(os.environ.get("PARALLAX_FETCH_TIMEOUT_SECONDS", "20"))
PARALLAX_FETCH_MAX_BYTES = int(os.environ.get("PARALLAX_FETCH_MAX_BYTES", str(5 * 1024 * 1024)))
PARALLAX_FETCH_PRIVATE_NETWORKS = env_list("PARALLAX_FETCH_PRIVATE_NETWORKS")
# A document's language when none was given and its text is too short to tell (BCP 47).
PARALLAX_DEFAULT_LANGUAGE = os.environ.get("PARALLAX_DEFAULT_LANGUAGE", "en")
PARALLAX_MAX_DOCUMENT_CHARS = int(os.environ.get("PARALLAX_MAX_DOCUMENT_CHARS", str(2_000_000)))
# An import of a corpus folder uploads an article and its span files each: Django's default of
# 100 files a request would cut a small corpus short (a larger one goes up as a .zip).
DATA_UPLOAD_MAX_NUMBER_FILES = 2_000
# Seconds a worker gives claim extraction or lexicon suggestions on one document before it stops
# the run (recorded on the document as failed, for `manage.py retry_extraction`); a run that
# does not stop is killed a grace period later. Tasks run in-process (no broker) have no limit.
PARALLAX_EXTRACTION_TIME_LIMIT = float(os.environ.get("PARALLAX_EXTRACTION_TIME_LIMIT", "300"))
PARALLAX_EXTRACTION_HARD_TIME_LIMIT = PARALLAX_EXTRACTION_TIME_LIMIT + 30
# Fewer words than this in a framing profile's view and it is marked too little text to rank.
PARALLAX_PROFILE_MIN_WORDS = int(os.environ.get("PARALLAX_PROFILE_MIN_WORDS", "200"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}
