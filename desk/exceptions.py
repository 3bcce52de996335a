"""The one root of the conflicts a service can refuse with.

A conflict is a request that was well formed and allowed but cannot be carried out against the
current state (a stale version, a step from the wrong state, a review already made). The API
layer answers every ``Conflict`` with 409, in one place (``config.api.exception_handler``).
"""


class Conflict(Exception):
    """The state changed or does not allow this; reload and try again."""
