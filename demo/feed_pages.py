"""The demo desk's local feed: four short agency reports, written for the project, that
``manage.py serve_demo_feed`` serves with an RSS feed of them on 127.0.0.1."""

from datetime import UTC, datetime

from .feed_site import FEED_TYPE, LocalSite, article_html, rss_feed

SITE = "Caucasus Wire"

# (path, headline, paragraphs, published)
REPORTS = [
    (
        "/2021/11/16/posts-fired-on",
        "Posts fired on near the Lachin road, Baku says",
        [
            "The Ministry of Defence of Azerbaijan said on Tuesday that its positions near the "
            "Lachin road came under small-arms fire from the Armenian side overnight and that "
            "its units took adequate measures in response.",
            "The ministry called the shooting a provocation and said nobody on its side was hurt.",
            "The Ministry of Defence of Armenia said the report was untrue and that its soldiers "
            "had not opened fire on any position that night.",
        ],
        "2021-11-16T08:10:00+00:00",
    ),
    (
        "/2021/11/16/yerevan-denies",
        "Yerevan denies firing, speaks of an incursion",
        [
            "The Ministry of Defence of Armenia said on Tuesday that Azerbaijani troops had "
            "crossed the border near two villages in the morning and dug in on the high ground.",
            "Nikol Pashinyan told the government that the crossing was an attack on the "
            "sovereign territory of Armenia and asked partners to react.",
            "Baku said its units stood on its own side of the border and that nothing had been "
            "crossed.",
        ],
        "2021-11-16T11:40:00+00:00",
    ),
    (
        "/2021/11/16/interfax-moscow",
        "Moscow calls for restraint after border shooting",
        [
            "Interfax, citing a source in the Russian foreign ministry, reported that Moscow "
            "was in contact with both capitals and urged them to hold to the ceasefire.",
            "The agency quoted the source as saying that the situation on the border was tense "
            "but under control.",
        ],
        "2021-11-16T14:05:00+00:00",
    ),
    (
        "/2021/11/17/casualties",
        "Both sides report casualties a day after the clash",
        [
            "The Ministry of Defence of Armenia said on Wednesday that one of its soldiers had "
            "been killed and two wounded in the fighting of the day before.",
            "The Ministry of Defence of Azerbaijan said two of its servicemen had been wounded "
            "and blamed the Armenian side for the escalation.",
            "Neither figure could be confirmed independently.",
        ],
        "2021-11-17T07:30:00+00:00",
    ),
]


# The story the outlet edits after publishing it: the last report's casualty figure changes.
EDITED_PATH = "/2021/11/17/casualties"
EDITED = (
    "The Ministry of Defence of Armenia said on Wednesday that one of its soldiers had been "
    "killed and two wounded in the fighting of the day before.",
    "The Ministry of Defence of Armenia said on Wednesday that two of its soldiers had been "
    "killed and three wounded in the fighting of the day before.",
)


def demo_feed_site(port: int = 0, *, edited: bool = False) -> LocalSite:
    """A LocalSite serving the reports and their feed at /feed.xml (newest first); ``edited``
    serves the last report with its casualty figure changed, the feed saying it was updated."""
    site = LocalSite(port)
    items, updated = [], {}
    for path, headline, paragraphs, published in REPORTS:
        if edited and path == EDITED_PATH:
            paragraphs = [EDITED[1] if text == EDITED[0] else text for text in paragraphs]
            updated[site.url(path)] = datetime.now(UTC)
        page = article_html(
            title=headline,
            paragraphs=paragraphs,
            author="Caucasus Wire staff",
            published=published,
            site=SITE,
        )
        items.append((headline, site.page(path, page)))
    feed = rss_feed(title=f"{SITE}: border", link=site.url("/"), items=items[::-1], updated=updated)
    site.page("/feed.xml", feed, content_type=FEED_TYPE, etag='"demo-2"' if edited else '"demo-1"')
    return site
