"""Fetching a page or a feed from the web: the private-address guard of ``desk.addresses`` on
the address and on every redirect, a time limit for the whole answer, a size limit, and one
clear message for each way it can fail (``FetchError``). Nothing here writes.
"""

import contextlib
import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from desk.addresses import checked_opener, destination_checked, url_normalised

USER_AGENT = "Parallax/1 (fact-check desk; +https://github.com/parallax)"
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("xml", "rss", "atom")


class FetchError(ValidationError):
    """Why an address could not be fetched, in words for the person who gave it."""


@dataclass(frozen=True)
class Fetched:
    url: str  # the address asked for
    final_url: str  # where the answer came from, after redirects
    status: int
    body: bytes
    content_type: str
    fetched_at: datetime
    etag: str = ""
    last_modified: str = ""
    redirects: tuple[str, ...] = field(default=())

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def address_normalised(url: str) -> str:
    """``url`` as it is fetched and looked up, or FetchError when it is no web address."""
    try:
        return url_normalised(url, what="An address to fetch")
    except ValidationError as error:
        raise FetchError(error.messages[0]) from None


def fetch(
    url: str, *, accept: tuple[str, ...] = HTML_TYPES, etag: str = "", last_modified: str = ""
) -> Fetched:
    """GET ``url``, following at most MAX_REDIRECTS redirects, each checked as the first
    address was. ``accept`` are the content types (or parts of them) that are welcome;
    ``etag`` and ``last_modified`` make the request conditional (a 304 comes back as it is,
    with no body). Raises FetchError."""
    url = address_normalised(url)
    deadline = time.monotonic() + settings.PARALLAX_FETCH_TIMEOUT_SECONDS
    current, redirects = url, []
    while True:
        answer = _get_once(current, deadline=deadline, etag=etag, last_modified=last_modified)
        if isinstance(answer, str):  # a redirect to this address
            if len(redirects) >= MAX_REDIRECTS:
                raise FetchError(f"{url} redirects more than {MAX_REDIRECTS} times.")
            redirects.append(current)
            current = address_normalised(urllib.parse.urljoin(current, answer))
            continue
        status, headers, body = answer
        break
    content_type = headers.get("Content-Type", "")
    if status != 304 and not any(kind in content_type.lower() for kind in accept):
        shown = content_type.split(";")[0] or "no content type"
        raise FetchError(f"{current} is {shown}, not a web page or feed that can be read.")
    return Fetched(
        url=url,
        final_url=current,
        status=status,
        body=body,
        content_type=content_type[:200],
        fetched_at=timezone.now(),
        etag=(headers.get("ETag") or "")[:500],
        last_modified=(headers.get("Last-Modified") or "")[:100],
        redirects=tuple(redirects),
    )


def address_refusal(url: str) -> tuple[str | None, tuple[str, ...]]:
    return destination_checked(
        url,
        allow_private=False,
        allowed_networks=settings.PARALLAX_FETCH_PRIVATE_NETWORKS,
        what="An address to fetch",
        refused_because="Parallax fetches pages from public addresses only",
    )


def _get_once(url: str, *, deadline: float, etag: str, last_modified: str):
    """One request: a redirect's target (str), or (status, headers, body)."""
    refusal, addresses = address_refusal(url)
    if refusal:
        raise FetchError(refusal)
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    # A server that drips its headers or body a byte at a time never trips a socket's timeout:
    # at the deadline the connection is cut, whatever it is doing.
    cutoff = _Cutoff(deadline)
    try:
        return _answer(url, request, addresses, deadline, cutoff)
    finally:
        cutoff.cancel()


class _Cutoff:
    """Shuts the request's sockets down at ``deadline`` and remembers that it did."""

    def __init__(self, deadline: float):
        self.sockets: list[socket.socket] = []
        self.fired = False
        self._timer = threading.Timer(max(deadline - time.monotonic(), 0), self._cut)
        self._timer.daemon = True
        self._timer.start()

    def _cut(self) -> None:
        self.fired = True
        for connected in self.sockets:
            with contextlib.suppress(OSError):
                connected.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


def _answer(url: str, request, addresses, deadline: float, cutoff: _Cutoff):
    timeout = settings.PARALLAX_FETCH_TIMEOUT_SECONDS
    late = FetchError(f"{url} did not answer in full within {timeout:g} seconds.")
    try:
        response = checked_opener(addresses, on_socket=cutoff.sockets.append).open(
            request, timeout=max(deadline - time.monotonic(), 0.01)
        )
    except urllib.error.HTTPError as error:
        with error:
            if 300 <= error.code < 400 and error.code != 304:
                target = error.headers.get("Location") if error.headers else None
                if not target:
                    raise FetchError(
                        f"{url} answered {error.code} without saying where to."
                    ) from None
                return target
            if error.code == 304:
                return 304, error.headers, b""
            raise FetchError(f"{url} answered {error.code} {error.reason}.") from None
    except TimeoutError:
        raise FetchError(f"{url} did not answer within {timeout:g} seconds.") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise FetchError(f"{url} did not answer within {timeout:g} seconds.") from None
        raise FetchError(f"{url} could not be reached: {error.reason}.") from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        if cutoff.fired:
            raise FetchError(f"{url} did not answer within {timeout:g} seconds.") from None
        raise FetchError(f"{url} could not be reached: {error}.") from None
    with response:
        try:
            body = _read_limited(response, url, deadline)
        except (FetchError, http.client.HTTPException):
            if cutoff.fired:
                raise late from None
            raise
        if cutoff.fired:  # cut off mid-body: what was read is not the page
            raise late
        return response.status, response.headers, body


def _read_limited(response, url: str, deadline: float) -> bytes:
    limit = settings.PARALLAX_FETCH_MAX_BYTES
    timeout = settings.PARALLAX_FETCH_TIMEOUT_SECONDS
    too_large = FetchError(f"{url} is larger than {limit:,} bytes, the most Parallax fetches.")
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks, size = [], 0
    try:
        while True:
            if time.monotonic() > deadline:
                raise FetchError(f"{url} did not answer in full within {timeout:g} seconds.")
            chunk = response.read(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
    except TimeoutError:
        raise FetchError(f"{url} did not answer in full within {timeout:g} seconds.") from None
    except OSError as error:
        raise FetchError(f"{url} broke off its answer: {error}.") from None
    return b"".join(chunks)
