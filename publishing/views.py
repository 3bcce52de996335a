"""Public pages: the fact-check article a published verdict's ClaimReview ``url`` points to."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.http import require_safe

from verification import selectors

from . import claimreview


def _as_shown(claim: dict) -> dict:
    """A snapshot's claim with its dates as dates, for the template's date filters."""
    document = claim["document"]
    published_at = document["published_at"]
    return {
        **claim,
        "stated_on": claim["stated_on"] and parse_date(claim["stated_on"]),
        "document": {**document, "published_at": published_at and parse_datetime(published_at)},
    }


@require_safe
def verdict_page(request, pk: int):
    """A published verdict, as it was published: the claim, who said and relayed it, the rating,
    the rationale and evidence, every published version, and the ClaimReview JSON-LD. Anything
    unpublished is 404."""
    verdict = selectors.published_verdicts().filter(pk=pk).first()
    if verdict is None:
        raise Http404("No published verdict with this number.")
    versions = list(selectors.claim_published_verdicts(claim_id=verdict.claim_id))
    review = claimreview.claim_review(verdict)
    return TemplateResponse(
        request,
        "publishing/verdict_page.html",
        {
            "verdict": verdict,
            "rating": verdict.snapshot["rating"],
            "claim": _as_shown(verdict.snapshot["claim"]),
            "versions": versions,
            "current": versions[-1],
            "json_ld": claimreview.script_tag(review),
            "organisation": claimreview.organisation()["name"],
        },
    )
