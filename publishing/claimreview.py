"""Published verdicts as schema.org ClaimReview, the form search engines and fact-check
aggregators read.

Every property Google's fact-check markup and the ClaimReview project require or recommend
(``../shared/interop/claimreview/NOTES.md``): ``url`` (the verdict's public page),
``claimReviewed``, ``datePublished``, ``author`` (the desk), ``reviewRating`` with
``ratingValue``, ``bestRating``, ``worstRating``, ``alternateName`` and ``name`` (both the
rating's label), and ``itemReviewed``, the Claim with its ``author`` (the speaker),
``datePublished``, ``appearance`` (the document it was found in) and ``firstAppearance`` (that
document again, as the desk's first sight of the claim, when it has an address). An off-scale
rating (Unproven) has no value: it carries its name and the scale's bounds only.

Reviews other fact-checkers publish come in through ``claimreview_reading``.
"""

import json
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from verification.models import Verdict

SCHEMA_CONTEXT = "https://schema.org"
# What may not appear raw inside <script>: the same escapes as Django's json_script.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def verdict_page_url(verdict: Verdict) -> str:
    return verdict_page_url_template().format(verdict.pk)


def verdict_page_url_template() -> str:
    """The public page's address with "{}" for the verdict's id: lists reverse it once."""
    return settings.PARALLAX_BASE_URL + reverse("verdict-page", args=[0]).replace("/0/", "/{}/")


def organisation() -> dict:
    return {
        "@type": "Organization",
        "name": settings.PARALLAX_ORGANISATION_NAME,
        "url": settings.PARALLAX_BASE_URL + "/",
    }


def claim_review(verdict: Verdict) -> dict:
    """One published verdict as a ClaimReview object, from what was frozen when it was published
    (``verdict.snapshot``): the claim's wording, its author, where it appeared, the rating and
    the scale it was rated on."""
    snapshot = verdict.snapshot
    rating, scale = snapshot["rating"], snapshot["scale"]
    review_rating = {"@type": "Rating", "alternateName": rating["label"], "name": rating["label"]}
    if rating["value"] is not None:
        review_rating["ratingValue"] = rating["value"]
    if scale["best"] is not None and scale["worst"] is not None:
        review_rating |= {"bestRating": scale["best"], "worstRating": scale["worst"]}
    review = {
        "@context": SCHEMA_CONTEXT,
        "@type": "ClaimReview",
        "url": verdict_page_url(verdict),
        "claimReviewed": snapshot["claim"]["summary"],
        "datePublished": verdict.published_at.date().isoformat(),
        "author": organisation(),
        "reviewRating": review_rating,
        "itemReviewed": _item_reviewed(snapshot["claimreview_item"]),
        "reviewBody": verdict.rationale,
        "inLanguage": settings.LANGUAGE_CODE.split("-")[0],
    }
    if verdict.version > 1:
        review["dateModified"] = verdict.published_at.isoformat()
    return review


def _item_reviewed(item: dict) -> dict:
    """The snapshot's Claim with its ``firstAppearance``: the document it was found in, by its
    address and date, when the document has an address (snapshots keep the document as the
    Claim's ``appearance``)."""
    appearance = item.get("appearance") or {}
    if "firstAppearance" in item or not appearance.get("url"):
        return item
    first = {"@type": "CreativeWork", "url": appearance["url"]}
    if appearance.get("datePublished"):
        first["datePublished"] = appearance["datePublished"]
    return {**item, "firstAppearance": first}


def script_tag(data: dict) -> SafeString:
    """``data`` as a JSON-LD ``<script>`` element, safe inside HTML."""
    body = json.dumps(data, ensure_ascii=False, indent=2).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(body))


def data_feed(verdicts: Iterable[Verdict], *, modified: str) -> Iterator[str]:
    """A schema.org DataFeed of ClaimReviews, as JSON text in pieces, so that a feed of every
    published verdict is sent without being held in memory."""
    head = {
        "@context": SCHEMA_CONTEXT,
        "@type": "DataFeed",
        "name": f"{settings.PARALLAX_ORGANISATION_NAME}: published fact-checks",
        "dateModified": modified,
        "author": organisation(),
    }
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "dataFeedElement": ['
    separator = ""
    for verdict in verdicts:
        yield separator + json.dumps(claim_review(verdict), ensure_ascii=False)
        separator = ","
    yield "]}"
