"""Public pages: the fact-check article a published verdict's ClaimReview ``url`` points to."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from . import claimreview, selectors


@require_safe
def verdict_page(request, pk: int):
    """A published verdict: the claim, who said and relayed it, the rating, the rationale and
    evidence, every published version, and the ClaimReview JSON-LD. Anything unpublished is 404."""
    verdict = selectors.published_verdicts().filter(pk=pk).first()
    if verdict is None:
        raise Http404("No published verdict with this number.")
    versions = list(selectors.claim_published_verdicts(claim=verdict.claim))
    review = claimreview.claim_review(verdict, scale=selectors.rating_scale())
    return TemplateResponse(
        request,
        "claims/verdict_page.html",
        {
            "verdict": verdict,
            "claim": verdict.claim,
            "versions": versions,
            "current": versions[-1],
            "json_ld": claimreview.script_tag(review),
            "organisation": claimreview.organisation()["name"],
        },
    )
