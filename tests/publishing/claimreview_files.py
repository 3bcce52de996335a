"""schema.org's ClaimReview examples, read where ../shared/interop/claimreview keeps them."""

import json
import re
from pathlib import Path

from tests.interop import interop_path

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def schemaorg(*parts: str) -> Path:
    return interop_path("claimreview", "schemaorg", *parts)


def json_ld_blocks(path: Path) -> list:
    """The JSON-LD blocks of a schema.org examples file (its ``<script>`` elements)."""
    return [json.loads(block) for block in SCRIPT.findall(path.read_text(encoding="utf-8"))]


def eg_0324() -> dict:
    return json.loads(schemaorg("eg-0324.jsonld").read_text(encoding="utf-8"))


def eg_0325() -> dict:
    return json.loads(schemaorg("eg-0325.jsonld").read_text(encoding="utf-8"))


def older_pending() -> dict:
    """The 2016 pending example, with ``"@type": ["Review", "ClaimReview"]``."""
    path = schemaorg("older-49a2c46", "data", "ext", "pending", "issue-1061-examples.txt")
    (block,) = json_ld_blocks(path)
    return block


def review_json(number: int = 1, **changes) -> dict:
    """A ClaimReview in the shape fact-checkers publish, without the shared files."""
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://factcheck.example.org/reviews/{number}",
        "datePublished": "2021-11-17",
        "author": {
            "@type": "Organization",
            "name": "Example Fact Check",
            "url": "https://factcheck.example.org/",
        },
        "claimReviewed": "Armenian forces shelled Azerbaijani positions near Lachin at dawn.",
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 2,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Mostly false",
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": "Azerbaijani defence ministry"},
            "datePublished": "2021-11-16",
        },
    }
    review.update(changes)
    return review
