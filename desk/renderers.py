"""Renderers the API's busiest lists share."""

import orjson
from rest_framework.renderers import JSONRenderer


class FastJSONRenderer(JSONRenderer):
    """JSON through orjson, for lists built of plain values (strings, numbers, lists, dicts),
    dates and date-times. Those are written as DRF writes them: ISO 8601, microseconds when
    there are any, UTC as "Z"."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        return orjson.dumps(data, option=orjson.OPT_UTC_Z)
