"""Pages of the site itself rather than of an app."""

from django.http import HttpResponseRedirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@require_safe
@cache_control(public=True, max_age=24 * 60 * 60)
def favicon(request):
    """Browsers ask for /favicon.ico whatever a page links to (feeds, the API's JSON, old
    bookmarks). The icon is a static file, its name hashed in production: send them there,
    for a day, so that a new icon reaches them after the next deployment."""
    return HttpResponseRedirect(static("desk/favicon.ico"))
