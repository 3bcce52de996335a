from rest_framework.exceptions import ParseError
from rest_framework.parsers import BaseParser


class PlainTextParser(BaseParser):
    """A request body of UTF-8 text, for files such as SemEval spans."""

    media_type = "text/*"

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return stream.read().decode("utf-8")
        except UnicodeDecodeError:
            raise ParseError("The body must be UTF-8 text.") from None
