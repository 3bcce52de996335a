"""System checks for a deployment's settings (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

# Caches that live inside one process (or nowhere): counts kept in them are per process.
PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.caches, Tags.security, deploy=True)
def rate_limits_need_a_shared_cache(app_configs, **kwargs):
    """The API's rate limits count requests in the default cache: in a process-local one each
    web process counts on its own, so N processes let a client make N times the rate."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend not in PROCESS_LOCAL_CACHES:
        return []
    return [
        Warning(
            "No shared cache is configured: the API's rate limits are counted per web process, "
            "so with several processes a client may make several times the rate.",
            hint="Set PARALLAX_CACHE_URL to a Redis cache every web process shares, "
            "e.g. redis://127.0.0.1:6379/2.",
            id="parallax.W001",
        )
    ]


@register(Tags.security, deploy=True)
def fetching_stays_on_public_addresses(app_configs, **kwargs):
    """Pages and feeds are fetched from addresses that desk members and feeds choose: a private
    network allowed for a local demo or test server lets them read the deployment's own."""
    if not settings.PARALLAX_FETCH_PRIVATE_NETWORKS:
        return []
    return [
        Warning(
            "PARALLAX_FETCH_PRIVATE_NETWORKS allows fetching pages and feeds from private "
            f"networks ({', '.join(settings.PARALLAX_FETCH_PRIVATE_NETWORKS)}): anyone who adds "
            "a document by address can make the server read those addresses.",
            hint="Leave PARALLAX_FETCH_PRIVATE_NETWORKS unset in production.",
            id="parallax.W002",
        )
    ]
