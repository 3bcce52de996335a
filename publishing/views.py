"""Public pages: the list of published fact-checks, and the fact-check article a published
verdict's ClaimReview ``url`` points to. Both show what was published, never the desk's work in
progress."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.http import require_safe

from claims.selectors import claim_pair_relations
from sources.highlight import Span, highlight
from sources.models import Document
from verification import selectors
from verification.models import Verdict

from . import claimreview

PAGE_SIZE = 50
# Longer than any name or title worth typing; the form says so too.
MAX_SEARCH_CHARS = 200
# The list's searches: query parameter → how the page names it.
SEARCHES = {"q": "speaker or incident", "speaker": "speaker", "incident": "incident"}


def _document_as_shown(document: dict) -> dict:
    published_at = document.get("published_at")
    return {**document, "published_at": published_at and parse_datetime(published_at)}


def _as_shown(claim: dict) -> dict:
    """A snapshot's claim with its dates as dates, for the template's date filters."""
    return {
        **claim,
        "stated_on": claim["stated_on"] and parse_date(claim["stated_on"]),
        "document": _document_as_shown(claim["document"]),
    }


def _public_context() -> dict:
    return {"organisation": claimreview.organisation()["name"]}


@require_safe
def verdict_list(request):
    """The published fact-checks, newest first, 50 a page: the latest version of each claim
    (a corrected one marked so), searchable by speaker (any of the names it was published
    under) and by incident."""
    searched = {name: " ".join(request.GET.get(name, "").split()) for name in SEARCHES}
    context = {
        **_public_context(),
        **searched,
        "searched": [(SEARCHES[name], value) for name, value in searched.items() if value],
        "max_search_chars": MAX_SEARCH_CHARS,
    }
    too_long = [(name, value) for name, value in searched.items() if len(value) > MAX_SEARCH_CHARS]
    if too_long:
        name, value = too_long[0]
        context["error"] = (
            f"Search for at most {MAX_SEARCH_CHARS} characters: the {SEARCHES[name]} searched "
            f"for has {len(value)}."
        )
        return TemplateResponse(request, "publishing/verdict_list.html", context, status=400)
    rows = selectors.published_fact_checks(
        speaker=searched["speaker"], incident=searched["incident"], either=searched["q"]
    )
    paginator = Paginator(rows, PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        raise Http404("No such page of fact-checks.") from None
    context |= {
        "page": page,
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
    }
    return TemplateResponse(request, "publishing/verdict_list.html", context)


def _other_accounts(verdict: Verdict) -> list[dict]:
    """Other speakers' accounts paired with the verdict's claim, each as the public may see it.

    An account published with this version (``snapshots.other_accounts``) shows as it was
    then: speaker, quote and document. A paired claim with a published verdict of its own shows
    as that verdict published it, with its rating and a link to it, whether it was paired
    before or after this version was published (two public claims make a public pair, as in
    the API). A pair made since, with a claim not published, waits for the next version.
    """
    with_this_version = {
        account["claim"]: account for account in verdict.snapshot.get("accounts", [])
    }
    paired = claim_pair_relations(claim_id=verdict.claim_id)
    latest = selectors.claims_latest_published([*with_this_version, *paired])
    speaker_id = verdict.snapshot["claim"]["speaker"]["id"]
    accounts = []
    for claim_id in dict.fromkeys([*with_this_version, *paired]):
        frozen, other = with_this_version.get(claim_id), latest.get(claim_id)
        if other is None:
            if frozen is not None:
                accounts.append({**frozen, "document": _document_as_shown(frozen["document"])})
            continue
        claim = other.snapshot["claim"]
        if claim["speaker"]["id"] == speaker_id:
            continue
        accounts.append(
            {
                # As this version published it; a pair made since, as it is now.
                "relation": frozen["relation"] if frozen is not None else paired[claim_id],
                "speaker": claim["speaker"],
                "quote": claim["quote"],
                "document": _document_as_shown(claim["document"]),
                "verdict": other.pk,
                "rating": other.snapshot["rating"]["label"],
            }
        )
    return accounts


@require_safe
def verdict_page(request, pk: int):
    """A published verdict, as it was published: the claim, who said and relayed it, where it
    was published, the rating, the rationale and evidence, other speakers' accounts, every
    published version, and the ClaimReview JSON-LD. Anything unpublished is 404."""
    verdict = selectors.published_verdicts().filter(pk=pk).first()
    if verdict is None:
        raise Http404("No published verdict with this number.")
    versions = list(selectors.claim_published_verdicts(claim_id=verdict.claim_id))
    review = claimreview.claim_review(verdict)
    return TemplateResponse(
        request,
        "publishing/verdict_page.html",
        {
            **_public_context(),
            "verdict": verdict,
            "rating": verdict.snapshot["rating"],
            "claim": _as_shown(verdict.snapshot["claim"]),
            "accounts": _other_accounts(verdict),
            "versions": versions,
            "current": versions[-1],
            "json_ld": claimreview.script_tag(review),
        },
    )


@require_safe
def statement_page(request, pk: int):
    """The statement a published verdict rates, in the whole text the desk archived it in, with
    the quote marked. A text cannot change once a claim points into it, so this is the text the
    verdict was published on; where it was first published may have changed it since."""
    verdict = selectors.published_verdicts().filter(pk=pk).first()
    if verdict is None:
        raise Http404("No published verdict with this number.")
    span = verdict.snapshot["span"]
    text = Document.objects.values_list("text", flat=True).get(pk=span["document"])
    claim = _as_shown(verdict.snapshot["claim"])
    return TemplateResponse(
        request,
        "publishing/statement_page.html",
        {
            **_public_context(),
            "verdict": verdict,
            "claim": claim,
            "text": highlight(text, [Span(span["start"], span["end"], ("quote",), "The claim")]),
        },
    )
