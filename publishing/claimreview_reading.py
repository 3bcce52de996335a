"""ClaimReview published by other fact-checkers, read into plain values (no database here).

What real publishers write varies, and all of this is read:

- a file holding one ClaimReview, a list of them, a JSON-LD document whose ``@graph`` holds
  them (other nodes of the graph, a WebPage or the publisher's Organization, are passed over,
  and ``{"@id": …}`` references to them are followed), or a schema.org DataFeed of them (the
  form of Parallax's own feed);
- ``@type`` as a string or an array (``["Review", "ClaimReview"]``, schema.org's 2016
  example), with or without a ``schema:`` or ``https://schema.org/`` prefix;
- ``itemReviewed`` as a Claim or any other CreativeWork (a Clip of a video, say), with its
  ``author``, ``datePublished`` and ``firstAppearance`` or ``appearance``;
- ``reviewRating`` with numbers (``ratingValue``, ``bestRating``, ``worstRating``, as numbers
  or as numeric strings: Google's example writes "1"), or only words (``alternateName``,
  ``name``), or none at all;
- ``author`` as an Organization or a Person (also a list, or a bare name), with a name, a url,
  or both.

An item is refused, with the reason, when it cannot be kept faithfully or shown safely: not an
object, not a ClaimReview, no ``url`` (or one that is not http or https), no
``claimReviewed``, a rating that is not a number, a date that is not one, text longer than the
desk keeps, or characters no database stores.
"""

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.encoding import iri_to_uri

URL_MAX_LENGTH = 1000
NAME_MAX_LENGTH = 200
TEXT_MAX_LENGTH = 10_000
# The largest rating the desk stores (DecimalField(max_digits=14, decimal_places=4)).
RATING_LIMIT = Decimal(10) ** 10
_is_url = URLValidator(schemes=["http", "https"])


@dataclass(frozen=True)
class ReadReview:
    """One ClaimReview as the desk keeps it; ``raw`` is the item as published."""

    position: int
    url: str
    author_name: str
    author_url: str
    claim_reviewed: str
    rating_text: str
    rating_value: Decimal | None
    best_rating: Decimal | None
    worst_rating: Decimal | None
    date_published: date | None
    item_author_name: str
    item_date_published: date | None
    appearance_url: str
    raw: dict

    @property
    def key(self) -> tuple[str, str]:
        """What makes a review the same review: its address and who published it."""
        return self.url, self.author_name

    @property
    def rating_numbers(self) -> str:
        return rating_numbers(self.rating_value, self.best_rating, self.worst_rating)


def rating_numbers(value: Decimal | None, best: Decimal | None, worst: Decimal | None) -> str:
    """ "1 of 6", "2 on a scale of 1–5": a rating's numbers as far as they were given; empty
    without a value."""
    if value is None:
        return ""
    if best is not None and worst is not None:
        return f"{_plain(value)} on a scale of {_plain(worst)}–{_plain(best)}"
    if best is not None:
        return f"{_plain(value)} of {_plain(best)}"
    if worst is not None:
        return f"{_plain(value)} (lowest {_plain(worst)})"
    return _plain(value)


def _plain(number: Decimal) -> str:
    """4.0000 as "4", 3.5000 as "3.5", 10 as "10" (not "1E+1")."""
    return f"{number.normalize():f}"


@dataclass(frozen=True)
class Refusal:
    position: int
    reason: str


@dataclass(frozen=True)
class Reading:
    reviews: list[ReadReview]
    refused: list[Refusal]
    #: Nodes of a ``@graph`` that are not ClaimReviews: (position, their type).
    passed_over: list[tuple[int, str]]


class Unreadable(ValueError):
    """The file is not JSON, or not a shape that holds ClaimReviews."""


def parse_json(text: str | bytes) -> object:
    """JSON text as Python values; NaN and Infinity, which JSON does not have, are refused."""

    def refuse_constant(name):
        raise Unreadable(f"{name} is not a JSON value.")

    try:
        return json.loads(text, parse_constant=refuse_constant)
    except UnicodeDecodeError:
        raise Unreadable("The file is not UTF-8 text.") from None
    except json.JSONDecodeError as error:
        raise Unreadable(f"The file is not JSON: {error}.") from None


def read_claimreview(data: object) -> Reading:
    """The ClaimReviews in ``data`` (parsed JSON), each numbered by its place in the file."""
    reviews, refused, passed_over = [], [], []
    in_graph = isinstance(data, dict) and "@graph" in data
    nodes = _graph_nodes(data) if in_graph else {}
    for position, item in _items(data):
        if in_graph and isinstance(item, dict) and not _is_claimreview(item):
            passed_over.append((position, ", ".join(_types(item)) or "no @type"))
            continue
        try:
            reviews.append(_review(position, item, nodes))
        except _Refused as refusal:
            refused.append(Refusal(position, str(refusal)))
    return Reading(reviews, refused, passed_over)


class _Refused(Exception):
    pass


def _items(data: object) -> Iterator[tuple[int, object]]:
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict) and "@graph" in data:
        items = data["@graph"]
        if not isinstance(items, list):
            raise Unreadable("@graph is not a list.")
    elif isinstance(data, dict) and "DataFeed" in _types(data):
        items = data.get("dataFeedElement", [])
        if not isinstance(items, list):
            raise Unreadable("The DataFeed's dataFeedElement is not a list.")
    elif isinstance(data, dict):
        items = [data]
    else:
        raise Unreadable("Expected a ClaimReview object, a list of them, or a JSON-LD @graph.")
    yield from enumerate(items, start=1)


def _graph_nodes(data: dict) -> dict[str, dict]:
    graph = data["@graph"] if isinstance(data["@graph"], list) else []
    return {
        node["@id"]: node
        for node in graph
        if isinstance(node, dict) and isinstance(node.get("@id"), str)
    }


def _types(node: dict) -> list[str]:
    """The node's types without a vocabulary prefix ("schema:ClaimReview" is "ClaimReview")."""
    found = node.get("@type", [])
    found = [found] if isinstance(found, str) else found
    if not isinstance(found, list):
        return []
    return [t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in found if isinstance(t, str)]


def _is_claimreview(node: dict) -> bool:
    return "ClaimReview" in _types(node)


def _review(position: int, item: object, nodes: dict[str, dict]) -> ReadReview:
    if not isinstance(item, dict):
        raise _Refused(f"not a JSON object but {type(item).__name__}")
    if not _is_claimreview(item):
        raise _Refused(f"not a ClaimReview (@type: {item.get('@type', 'none')!r})")
    _check_storable(item)
    author = _node(_first(item.get("author")), nodes)
    rating = _node(item.get("reviewRating"), nodes)
    if rating is not None and not isinstance(rating, dict):
        raise _Refused("reviewRating is not an object")
    rating = rating or {}
    reviewed = _node(item.get("itemReviewed"), nodes)
    reviewed = reviewed if isinstance(reviewed, dict) else {}
    item_author = _node(_first(reviewed.get("author")), nodes)
    claim_reviewed = _text(item.get("claimReviewed"), "claimReviewed", TEXT_MAX_LENGTH)
    if not claim_reviewed:
        raise _Refused("claimReviewed is missing: what claim was reviewed?")
    url = _url(item.get("url"), "url")
    if not url:
        raise _Refused("url is missing: where is the review published?")
    return ReadReview(
        position=position,
        url=url,
        author_name=_name(author, "author"),
        author_url=_url(author.get("url"), "author.url") if isinstance(author, dict) else "",
        claim_reviewed=claim_reviewed,
        rating_text=_text(rating.get("alternateName"), "reviewRating.alternateName")
        or _text(rating.get("name"), "reviewRating.name"),
        rating_value=_number(rating.get("ratingValue"), "reviewRating.ratingValue"),
        best_rating=_number(rating.get("bestRating"), "reviewRating.bestRating"),
        worst_rating=_number(rating.get("worstRating"), "reviewRating.worstRating"),
        date_published=_date(item.get("datePublished"), "datePublished"),
        item_author_name=_name(item_author, "itemReviewed.author"),
        item_date_published=_date(reviewed.get("datePublished"), "itemReviewed.datePublished"),
        appearance_url=_appearance(reviewed, nodes),
        raw=item,
    )


def _check_storable(value: object, where: str = "the item") -> None:
    """No NUL and no lone surrogate anywhere in the item: the database keeps it whole."""
    if isinstance(value, str):
        if "\x00" in value:
            raise _Refused(f"{where} holds a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _Refused(f"{where} holds a lone surrogate, which is not text") from None
    elif isinstance(value, dict):
        for key, inner in value.items():
            _check_storable(key, where)
            _check_storable(inner, f"{key}" if where == "the item" else f"{where}.{key}")
    elif isinstance(value, list):
        for inner in value:
            _check_storable(inner, where)


def _first(value: object) -> object:
    """The first of several (authors, appearances), or the one."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _node(value: object, nodes: dict[str, dict]) -> object:
    """``value``, or the graph's node it refers to by ``{"@id": …}`` alone."""
    if isinstance(value, dict) and set(value) == {"@id"} and value["@id"] in nodes:
        return nodes[value["@id"]]
    return value


def _text(value: object, field: str, limit: int = NAME_MAX_LENGTH) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, str):
        raise _Refused(f"{field} is not text")
    _check_storable(value, field)  # a node of the graph the item refers to, too
    value = " ".join(value.split())
    if len(value) > limit:
        raise _Refused(f"{field} has {len(value):,} characters; the desk keeps {limit:,} at most")
    return value


def _name(party: object, field: str) -> str:
    """An author's name: an Organization's or a Person's ``name``, or a bare string."""
    if party is None:
        return ""
    if isinstance(party, str):
        return _text(party, field)
    if not isinstance(party, dict):
        raise _Refused(f"{field} is neither an Organization, a Person nor a name")
    return _text(party.get("name"), f"{field}.name")


def _url(value: object, field: str) -> str:
    """An http(s) address as a URI (an address with non-ASCII characters percent-encoded)."""
    value = _text(value, field, TEXT_MAX_LENGTH)
    if not value:
        return ""
    uri = iri_to_uri(value)
    if len(uri) > URL_MAX_LENGTH:
        raise _Refused(f"{field} is longer than {URL_MAX_LENGTH:,} characters")
    try:
        _is_url(uri)
    except ValidationError:
        raise _Refused(f"{field} is not an http or https address: {value[:80]!r}") from None
    return uri


def _number(value: object, field: str) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _Refused(f"{field} is not a number: {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise _Refused(f"{field} is not a number: {value!r}")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise _Refused(f"{field} is not a number: {str(value)[:40]!r}") from None
    if not number.is_finite() or abs(number) >= RATING_LIMIT:
        raise _Refused(f"{field} is not a rating the desk can keep: {str(value)[:40]!r}")
    return number.quantize(Decimal("0.0001"))


def _date(value: object, field: str) -> date | None:
    """The day of an ISO 8601 date or date-time (schema.org's Date or DateTime)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _Refused(f"{field} is not a date: {value!r}")
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise _Refused(f"{field} is not an ISO 8601 date: {text[:40]!r}") from None
    return moment.date()


def _appearance(reviewed: dict, nodes: dict[str, dict]) -> str:
    """Where the claim appeared: its first appearance, else its first appearance listed."""
    for field in ("firstAppearance", "appearance"):
        found = _node(_first(reviewed.get(field)), nodes)
        if isinstance(found, dict):
            found = found.get("url")
        if found:
            return _url(found, f"itemReviewed.{field}")
    return ""
