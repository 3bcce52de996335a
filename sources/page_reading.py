"""Reading a fetched page: its main text and what it says of itself (title, date, author,
site, language, canonical address), with trafilatura. Nothing here writes."""

import logging
import urllib.parse
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import trafilatura
from django.utils.dateparse import parse_date, parse_datetime

from .fetching import FetchError, address_normalised
from .text import normalise_text

# trafilatura logs every page it finds too short at WARNING; the desk reports that itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


@dataclass(frozen=True)
class PageRead:
    text: str
    title: str
    published_at: datetime | None
    author: str
    site: str
    language: str
    canonical_url: str

    def metadata(self) -> dict:
        """What a snapshot keeps of it, as JSON."""
        found = asdict(self)
        del found["text"]
        found["published_at"] = self.published_at.isoformat() if self.published_at else None
        return found


def page_read(html: bytes, *, url: str) -> PageRead:
    """The page's main text and metadata; FetchError when it has no text to speak of."""
    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # trafilatura raises whatever its parsers raise
        raise FetchError(f"{url} could not be read as a web page: {error}.") from None
    text = normalise_text(found.text or "") if found is not None else ""
    if not text.strip():
        raise FetchError(f"No article text was found at {url}.")
    title = " ".join((found.title or "").split())[:500]
    if title and text.startswith(title + "\n"):
        # trafilatura repeats the headline as the text's first line.
        text = text[len(title) + 1 :]
    return PageRead(
        text=text,
        title=title,
        published_at=_published_at(found.date),
        author=" ".join((found.author or "").split())[:300],
        site=" ".join((found.sitename or "").split())[:300],
        language=(found.language or "").strip()[:35],
        canonical_url=_canonical(found.url, fallback=url),
    )


def _published_at(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            return None
        moment = datetime(day.year, day.month, day.day)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _canonical(value: str | None, *, fallback: str) -> str:
    """The page's canonical address, normalised; the address it came from when it names none,
    nothing usable, or an address on another host (a page does not get to say it is another
    site's page, and so take over that page's document)."""
    if not value:
        return fallback
    try:
        canonical = address_normalised(value)
    except FetchError:
        return fallback
    return canonical if _host(canonical) == _host(fallback) else fallback


def _host(url: str) -> str:
    host = urllib.parse.urlsplit(url).hostname or ""
    return host.removeprefix("www.")
