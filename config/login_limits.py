"""Failed logins: who is counted, and what a locked-out client is told.

django-axes counts failed password logins per account and client address and, past
AXES_FAILURE_LIMIT, refuses that pair for AXES_COOLOFF_TIME, the right password included.
"""

import ipaddress
import math

from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from rest_framework.throttling import BaseThrottle


def client_address(request: HttpRequest) -> str | None:
    """The client's address as the API's rate limits see it: REMOTE_ADDR, or with
    PARALLAX_TRUSTED_PROXIES (DRF's NUM_PROXIES) the address that many hops from the right of
    X-Forwarded-For. A value there that is no address at all (a client writing the header
    when no proxy does) counts as the connection's address: it is stored as an IP address."""
    address = BaseThrottle().get_ident(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return request.META.get("REMOTE_ADDR")


def cool_off_seconds() -> int:
    return math.ceil(settings.AXES_COOLOFF_TIME.total_seconds())


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """429 with Retry-After: JSON for clients that ask for it, the admin's page for people."""
    seconds = cool_off_seconds()
    minutes = math.ceil(seconds / 60)
    message = (
        f"Too many failed logins for this account from your address. Try again in "
        f"{minutes} minute{'s' * (minutes != 1)}."
    )
    wants_json = request.headers.get("x-requested-with") == "XMLHttpRequest" or (
        "application/json" in request.headers.get("accept", "")
    )
    if wants_json:
        response = JsonResponse({"detail": message, "retry_after": seconds}, status=429)
    else:
        context = {
            **admin.site.each_context(request),
            "title": "Login locked",
            "message": message,
        }
        response = TemplateResponse(request, "admin/locked_out.html", context, status=429)
        response.render()
    response["Retry-After"] = str(seconds)
    return response
