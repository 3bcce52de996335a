"""API-wide behaviour: every error is JSON with a clear message and the right status."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from annotations.services import ReviewConflict
from claims.workflow import TransitionConflict


def exception_handler(exc, context):
    """Map the services' errors: bad input 400, conflicts 409 (DRF already maps 403 and 404)."""
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            detail = {
                ("detail" if field == "__all__" else field): messages
                for field, messages in exc.message_dict.items()
            }
        else:
            detail = {"detail": exc.messages}
        exc = ValidationError(detail)
    if isinstance(exc, TransitionConflict | ReviewConflict):
        return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
    return drf_exception_handler(exc, context)
