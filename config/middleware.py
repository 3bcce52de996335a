"""Project-wide request checks."""

from django.http import HttpResponseBadRequest, JsonResponse

from desk.text import A_NUL

from .parsers import form_fault


def unreadable_text(request) -> tuple[str | None, str] | None:
    """What in the query string, the headers or the cookies is not text, as (the query
    parameter at fault, or None; why), or None."""
    if fault := form_fault(request.META.get("QUERY_STRING", "")):
        name, message = fault
        return (name, message) if name else (None, f"A parameter without a name. {message}")
    for key, value in request.META.items():
        if key.startswith("HTTP_") and isinstance(value, str) and "\x00" in value:
            header = key.removeprefix("HTTP_").replace("_", "-").title()
            return None, f"The {header} header contains {A_NUL}."
    # A cookie's value may write a NUL as the escape \000, which the header does not show.
    for name, value in request.COOKIES.items():
        if "\x00" in name or "\x00" in value:
            return None, f"The {name} cookie contains {A_NUL}."
    return None


class RejectUnreadableTextMiddleware:
    """A query string, a header or a cookie that is not text answers 400 before any view.

    PostgreSQL refuses NUL in text, so a filter value, a token or a session key carrying one
    would end as a server error in whichever code passed it to a query; a filter value whose
    %-escapes are not UTF-8 would be read as replacement characters (see ``config.parsers``).
    Bodies are for the API's parsers to check.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        fault = unreadable_text(request)
        if fault is None:
            return self.get_response(request)
        parameter, message = fault
        if request.path.startswith("/api/"):
            body = {"detail": message} if parameter is None else {parameter: [message]}
            return JsonResponse(body, status=400)
        shown = message if parameter is None else f"{parameter}: {message}"
        return HttpResponseBadRequest(shown, content_type="text/plain")
