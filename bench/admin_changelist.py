"""The claims changelist at scale: page, filter, search, each against the lightest admin page
for the same user, timed in the same rounds; query counts; the SQL replayed raw, for information.

The cases are chosen from the data the database holds, so that they mean the same at any size:
the searched word is one the claims use, the speaker one that has claims, and the later page
whose query count is compared with the first is page 50 or the last page the case has.
"""

import os
from dataclasses import dataclass

from bench.common import (
    LIGHTEST_ADMIN_PAGE,
    admin_url,
    captured_sql,
    desk_user,
    get,
    lightest_admin_url,
    logged_in_client,
    raw_connection,
    raw_replay,
)
from bench.harness import Figure, against, interleaved, median, timed
from claims.models import Claim
from claims.status import Status
from sources.models import Source

SEARCH_TERM = os.environ.get("BENCH_SEARCH_TERM", "drone")
# A word the synthetic claims use at every size, when the one asked for finds too little.
FALLBACK_TERMS = ("drone", "ministry", "border")
LATER_PAGE = 50
# Goals: the most a case may cost in lightest admin pages (the six-row ratings list: the same
# changelist machinery, login, middleware and templates). Seven runs on 2 CPUs, four as the
# machine came and three beside two busy loops (the lightest page took 22–105 ms): a page
# 1.64–1.91, the filter 1.65–2.43, 'drone' 1.84–2.97, 'S77' 3.59–6.12.
# An exact count of the million claims alone costs 2.4 lightest pages (60 ms against 25):
# at 3 there is room for the machine, not for a count or a plan that reads the table.
PAGE_GOAL = 3
# The trigram indexes find the matches; reading the table instead takes 3.3 s, a hundred
# lightest pages.
SEARCH_GOAL = 4
# A speaker's short name: few claims, found through the speaker and text indexes together;
# the trigram index on a three-character term reads the most of any case.
SPEAKER_GOAL = 8
ROUNDS = 60
REPLAYS = 20


@dataclass(frozen=True)
class Case:
    label: str
    query: str  # the query string, "" or starting with "?"
    goal: float

    def url(self, page: int | None = None) -> str:
        url = admin_url(Claim) + self.query
        if page is None:
            return url
        return f"{url}{'&' if self.query else '?'}p={page}"


def search_term(client) -> str:
    """BENCH_SEARCH_TERM when it finds at least two pages of claims, else the first of the
    usual words that does: a search of a word nobody wrote would measure an empty page."""
    for term in dict.fromkeys((SEARCH_TERM, *FALLBACK_TERMS)):
        if last_page(client, Case("", f"?q={term}", 0)) >= 2:
            return term
    return SEARCH_TERM


def speaker_term() -> str:
    """The short name of the speaker with the highest id among those that have claims.

    No other short name contains it (every other is shorter or differs in a digit), so the
    search finds that speaker alone, at any size; a fixed name such as 'S77' found one speaker
    at 100,000 claims and eleven (S77, S770…S779) at a million.
    """
    speaker = (
        Source.objects.filter(claims__isnull=False, short_name__startswith="S")
        .order_by("-id")
        .values_list("short_name", flat=True)
        .first()
    )
    if speaker is None:
        raise SystemExit("the benchmark database has no claims with a speaker: seed it first")
    return speaker


def cases(client) -> list[Case]:
    status, word, speaker = Status.IN_REVIEW.value, search_term(client), speaker_term()
    return [
        Case("default page", "", PAGE_GOAL),
        Case(f"filter status={status}", f"?status__exact={status}", PAGE_GOAL),
        Case(f"search {word!r}", f"?q={word}", SEARCH_GOAL),
        Case(f"search a speaker {speaker!r}", f"?q={speaker}", SPEAKER_GOAL),
    ]


def last_page(client, case: Case) -> int:
    """How many pages the case's list has, as the changelist itself counts them."""
    response = get(client, case.url())
    return response.context_data["cl"].paginator.num_pages


def later_page(client, case: Case) -> int:
    """Page 50, or the case's last page when it has fewer."""
    return min(LATER_PAGE, last_page(client, case))


def run() -> list[Figure]:
    client = logged_in_client(desk_user("bench-editor"))
    chosen = cases(client)
    urls = [case.url() for case in chosen]
    lightest = lightest_admin_url()
    *samples, floor = interleaved(
        [lambda url=url: get(client, url) for url in [*urls, lightest]], rounds=ROUNDS
    )

    figures = []
    with raw_connection() as raw:
        for case, url, case_samples in zip(chosen, urls, samples, strict=True):
            page = later_page(client, case)
            statements = captured_sql(lambda url=url: get(client, url))
            later = captured_sql(lambda case=case, page=page: get(client, case.url(page)))
            replay = timed(lambda s=statements: raw_replay(raw, s), repeat=REPLAYS)
            figures.append(
                against(
                    f"claims changelist, {case.label} (median)",
                    case_samples,
                    LIGHTEST_ADMIN_PAGE,
                    floor,
                    case.goal,
                    extra={"same_sql_via_psycopg_ms": median(replay)},
                )
            )
            figures.append(
                Figure(
                    name=f"claims changelist, {case.label}: queries (page 1 / a later page)",
                    value=len(statements),
                    unit="",
                    target="equal",
                    passed=len(statements) == len(later),
                    note=f"page {page}",
                    extra={"later_page": page, "later_page_queries": len(later)},
                )
            )
    return figures
