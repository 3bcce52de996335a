from csp.constants import SELF
from csp.decorators import csp_update
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from desk.views import favicon

# Swagger UI with its start-up script served from the same address (``?script``), not inline;
# its stylesheet draws icons from data: URLs, which this page alone may load.
api_docs = csp_update({"img-src": [SELF, "data:"]})(
    SpectacularSwaggerSplitView.as_view(url_name="api-schema", template_name="api/swagger_ui.html")
)

admin.site.site_header = "Parallax"
admin.site.site_title = "Parallax"
admin.site.index_title = "Fact-check desk"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="admin:index", permanent=False)),
    path("favicon.ico", favicon, name="favicon"),
    path("admin/", admin.site.urls),
    path("", include("publishing.urls")),
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/v1/docs/", api_docs, name="api-docs"),
    path("api/v1/", include("publishing.api.urls")),
    path("api/v1/", include("sources.api_urls")),
    path("api/v1/", include("claims.api.urls")),
    path("api/v1/", include("verification.api.urls")),
    path("api/v1/", include("annotations.api.urls")),
]

handler404 = "config.api.not_found"
handler500 = "config.api.server_error"
handler400 = "config.api.bad_request"
