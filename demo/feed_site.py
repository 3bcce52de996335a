"""A small web site on 127.0.0.1 that serves pages and an RSS feed: the demo desk's local feed
(``manage.py serve_demo_feed``), the fetching tests' server and the ingest benchmark's.

Each route answers what it was given: a body and its type, a status, a redirect, a delay, and
validators (ETag, Last-Modified) that make a conditional request answer 304. Routes can be
changed while it serves (an outlet editing a story).
"""

import email.utils
import html
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str = ""
    delay: float = 0.0
    etag: str = ""
    last_modified: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    # False: no Content-Length, the body ends when the connection closes.
    says_length: bool = True


class LocalSite:
    """Serves ``routes`` (path → Route) on 127.0.0.1 at ``port`` (0: any free port) in a thread."""

    def __init__(self, port: int = 0):
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                site.requests.append((self.path, dict(self.headers.items())))
                route = site.routes.get(self.path)
                if route is None:
                    return self._answer(404, b"Not found", "text/plain")
                if route.delay:
                    time.sleep(route.delay)
                if 300 <= route.status < 400:
                    return self._answer(route.status, b"", "text/plain", Location=route.location)
                validators = {"ETag": route.etag, "Last-Modified": route.last_modified}
                validators = {name: value for name, value in validators.items() if value}
                if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                    route.last_modified
                    and self.headers.get("If-Modified-Since") == route.last_modified
                ):
                    return self._answer(304, b"", "", **validators)
                return self._answer(
                    route.status,
                    route.body,
                    route.content_type,
                    says_length=route.says_length,
                    **validators,
                    **route.headers,
                )

            def _answer(self, status, body, content_type, says_length=True, **headers):
                try:
                    self.send_response(status)
                    if content_type:
                        self.send_header("Content-Type", content_type)
                    if says_length:
                        self.send_header("Content-Length", str(len(body)))
                    else:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    for name, value in headers.items():
                        self.send_header(name.replace("_", "-"), value)
                    self.end_headers()
                    if body:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a time limit, a size limit)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def page(self, path: str, body: str | bytes, **route) -> str:
        """Serve ``body`` at ``path``; returns the page's address."""
        self.routes[path] = Route(body=body.encode() if isinstance(body, str) else body, **route)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, location=to)
        return self.url(path)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def article_html(
    *,
    title: str,
    paragraphs: list[str],
    author: str = "",
    published: str = "",
    canonical: str = "",
    site: str = "Local Wire",
    lang: str = "en",
) -> str:
    """A news page as outlets write them: navigation, the article, a footer."""
    meta = [f'<meta property="og:site_name" content="{html.escape(site)}">']
    if author:
        meta.append(f'<meta name="author" content="{html.escape(author)}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{html.escape(canonical)}">')
    body = "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} | {html.escape(site)}</title>{''.join(meta)}</head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/region">Region</a></nav>'
        f"<main><article><h1>{html.escape(title)}</h1>{body}</article></main>"
        f"<footer>{html.escape(site)}, all rights reserved.</footer></body></html>"
    )


def rss_feed(
    *,
    title: str,
    link: str,
    items: list[tuple[str, str]],
    start: datetime | None = None,
    updated: dict[str, datetime] | None = None,
) -> str:
    """An RSS 2.0 feed of ``items`` (title, address), newest first, an hour apart; an item in
    ``updated`` (by address) says when it was last edited, as ``dcterms:modified``."""
    start = start or datetime(2021, 11, 16, 12, 0, tzinfo=UTC)
    updated = updated or {}
    entries = []
    for position, (item_title, item_link) in enumerate(items):
        published = email.utils.format_datetime(start - timedelta(hours=position))
        modified = (
            f"<dcterms:modified>{updated[item_link].isoformat()}</dcterms:modified>"
            if item_link in updated
            else ""
        )
        entries.append(
            f"<item><title>{html.escape(item_title)}</title><link>{html.escape(item_link)}</link>"
            f"<guid>{html.escape(item_link)}</guid><pubDate>{published}</pubDate>{modified}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel>'
        f"<title>{html.escape(title)}</title><link>{html.escape(link)}</link>"
        f"<description>{html.escape(title)}</description>{''.join(entries)}</channel></rss>"
    )


FEED_TYPE = "application/rss+xml; charset=utf-8"
