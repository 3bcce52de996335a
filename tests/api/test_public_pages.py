"""The public pages: the list of published fact-checks (/verdicts/) and what a fact-check's page
shows beside its verdict (other speakers' accounts, the statement's address).

Both show what was published and nothing else: drafts, unpublished claims, and whatever
changed on the desk since a version was published stay off them.
"""

import importlib
import itertools
import re
from html import unescape
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from django.urls import reverse

from claims.models import Claim
from claims.services import claim_pair_create, claim_update
from claims.status import Status
from publishing import views
from sources.services import source_update
from tests.api.test_published_snapshot import publish
from tests.api.test_verdicts_api import corrected, people, published  # noqa: F401
from tests.claims.workflow_helpers import assign, claim_at, rating
from tests.factories import make_claim, make_document, make_incident, make_source
from verification.models import Verdict
from verification.selectors import published_fact_checks
from verification.services import claim_transition

pytestmark = pytest.mark.django_db

SECRET = "Quetzalcoatlite"  # in every piece of unpublished desk work the tests write


class _Rows(HTMLParser):
    """The list's rows: each row's cells as text, and the address of its first link."""

    def __init__(self):
        super().__init__()
        self.rows, self._cell, self._in_body = [], None, False

    def handle_starttag(self, tag, attrs):
        if tag == "tbody":
            self._in_body = True
        elif self._in_body and tag == "tr":
            self.rows.append({"cells": [], "href": None})
        elif self._in_body and tag == "td":
            self._cell = []
        elif self._in_body and tag == "a" and self.rows[-1]["href"] is None:
            self.rows[-1]["href"] = dict(attrs)["href"]

    def handle_endtag(self, tag):
        if tag == "tbody":
            self._in_body = False
        elif tag == "td" and self._cell is not None:
            self.rows[-1]["cells"].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def listing(client, **params):
    """The list page as (response, rows); each row: claim, speaker, rating, incident, date."""
    response = client.get(reverse("verdict-index"), params)
    reader = _Rows()
    reader.feed(response.content.decode())
    return response, reader.rows


def ids_of(rows) -> list[int]:
    return [int(re.fullmatch(r"/verdicts/(\d+)/", row["href"]).group(1)) for row in rows]


def listed_ids(client, **params) -> list[int]:
    response, rows = listing(client, **params)
    assert response.status_code == 200, response.content[:500]
    return ids_of(rows)


def page_of(client, verdict) -> str:
    response = client.get(reverse("verdict-page", args=[verdict.pk]))
    assert response.status_code == 200
    return response.content.decode()


def propose_draft(people, claim: Claim) -> None:  # noqa: F811
    """The desk's unpublished work on an in-review claim: a draft rating, True, and its reasons."""
    claim_transition(
        claim=claim,
        name="propose",
        actor=people["reviewer"],
        rating=rating("true"),
        rationale=f"{SECRET}: the draft's reasons.",
    )


def in_review(people, **claim_fields) -> Claim:  # noqa: F811
    return claim_at(
        Status.IN_REVIEW,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
        **claim_fields,
    )


def reopen(people, claim: Claim) -> None:  # noqa: F811
    claim_transition(claim=claim, name="reopen", actor=people["editor"], comment="Look again.")
    assign(claim, editor=people["editor"], reviewer=people["reviewer"])


# The list


def test_the_list_shows_each_claims_latest_published_version_newest_first(client, people):  # noqa: F811
    oldest = published(people)
    first, second = corrected(people)
    assert first.published_at < second.published_at
    newest = published(people)
    claim_at(  # a draft: never listed
        Status.AWAITING_APPROVAL,
        editor=people["editor"],
        reviewer=people["reviewer"],
        publisher=people["publisher"],
        summary=f"{SECRET} awaits approval",
    )

    assert listed_ids(client) == [newest.pk, second.pk, oldest.pk]
    response, rows = listing(client)
    shown = {row["href"]: row["cells"] for row in rows}
    assert shown[reverse("verdict-page", args=[second.pk])][0].endswith("Corrected")
    assert not shown[reverse("verdict-page", args=[newest.pk])][0].endswith("Corrected")
    assert SECRET not in response.content.decode()


def test_a_row_shows_what_was_published(client, people):  # noqa: F811
    incident = make_incident(title="Shelling near Lachin")
    speaker = make_source("Ministry of Defence of Azerbaijan")
    verdict = published(people, summary="Baku says its posts were shelled.", speaker=speaker)
    claim = verdict.claim
    Claim.objects.filter(pk=claim.pk).update(incident=incident)  # after publication: not shown

    (row,) = listing(client)[1]
    summary, said_by, rating_label, incident_title, date = row["cells"]
    assert row["href"] == reverse("verdict-page", args=[verdict.pk])
    assert (summary, said_by, rating_label, incident_title) == (
        "Baku says its posts were shelled.",
        "Ministry of Defence of Azerbaijan",
        "False",
        "",
    )
    assert date == f"{verdict.published_at:%-d %b %Y}"


def test_the_list_shows_the_snapshot_not_what_the_desk_changed_since(client, people):  # noqa: F811
    speaker = make_source("Armenian Ministry of Defence")
    claim = in_review(people, summary="Yerevan says the village was never taken.", speaker=speaker)
    verdict = publish(people, claim)
    reopen(people, claim)
    claim_update(claim=claim, summary=f"{SECRET}: the reworded summary")
    Claim.objects.filter(pk=claim.pk).update(speaker=make_source(f"{SECRET} ministry"))
    source_update(source=speaker, name=f"{SECRET} renamed")
    # The correction drafted and proposed, not yet published.
    propose_draft(people, claim)

    response, rows = listing(client)
    assert [row["cells"][:3] for row in rows] == [
        ["Yerevan says the village was never taken.", "Armenian Ministry of Defence", "False"]
    ]
    assert listed_ids(client) == [verdict.pk]
    assert SECRET not in response.content.decode()
    # Searches read what was published too.
    assert listed_ids(client, speaker="Armenian Ministry") == [verdict.pk]
    assert listed_ids(client, speaker=SECRET) == []
    assert listed_ids(client, q=SECRET) == []


def test_search_by_speaker_finds_every_name_it_was_published_under(client, people):  # noqa: F811
    baku = make_source(
        "Ministry of Defence of Azerbaijan", short_name="MoD AZ", aliases=["Baku", "Минобороны АР"]
    )
    yerevan = make_source("Ministry of Defence of Armenia", aliases=["Yerevan", "ՀՀ ՊՆ"])
    by_baku = published(people, speaker=baku)
    by_yerevan = published(people, speaker=yerevan)

    assert listed_ids(client, speaker="baku") == [by_baku.pk]
    assert listed_ids(client, speaker="  BAKU ") == [by_baku.pk]
    assert listed_ids(client, speaker="mod az") == [by_baku.pk]
    assert listed_ids(client, speaker="минобороны") == [by_baku.pk]  # Cyrillic, another case
    assert listed_ids(client, speaker="հհ պն") == [by_yerevan.pk]  # Armenian, another case
    assert listed_ids(client, speaker="Ministry of Defence") == [by_yerevan.pk, by_baku.pk]
    assert listed_ids(client, q="yerevan") == [by_yerevan.pk]
    # An alias given after publication was not published with the verdict.
    source_update(source=yerevan, aliases=["Yerevan", "ՀՀ ՊՆ", "Armenian MoD"])
    assert listed_ids(client, speaker="Armenian MoD") == []


def test_search_by_incident_and_both_at_once(client, people):  # noqa: F811
    lachin = make_incident(title="Shelling near Lachin")
    kalbajar = make_incident(title="Drone strike in Kalbajar")
    baku = make_source("Ministry of Defence of Azerbaijan", aliases=["Baku"])
    at_lachin = published(people, incident=lachin, speaker=baku)
    at_kalbajar = published(people, incident=kalbajar, speaker=baku)
    elsewhere = published(people, incident=kalbajar)

    assert listed_ids(client, incident="lachin") == [at_lachin.pk]
    assert listed_ids(client, incident="KALBAJAR") == [elsewhere.pk, at_kalbajar.pk]
    assert listed_ids(client, q="lachin") == [at_lachin.pk]
    assert listed_ids(client, speaker="baku", incident="kalbajar") == [at_kalbajar.pk]
    assert listed_ids(client, q="baku", incident="lachin") == [at_lachin.pk]
    # Wildcards are plain characters.
    assert listed_ids(client, incident="%") == []
    assert listed_ids(client, speaker="_") == []


def test_the_empty_state_says_what_matched_nothing(client, people):  # noqa: F811
    response, rows = listing(client)
    assert rows == [] and "No fact-checks have been published yet." in response.content.decode()

    published(people)
    response, rows = listing(client, speaker="<b>Nobody</b>", incident="Atlantis")
    body = unescape(response.content.decode())
    assert response.status_code == 200 and rows == []
    assert (
        "No published fact-checks match the speaker “<b>Nobody</b>” and the incident “Atlantis”."
        in body
    )
    assert "<b>Nobody</b>" not in response.content.decode()
    # The form keeps what was searched.
    assert 'name="speaker" value="&lt;b&gt;Nobody&lt;/b&gt;"' in response.content.decode()


def test_an_over_long_search_is_refused_with_a_message(client, people):  # noqa: F811
    published(people)
    response, rows = listing(client, incident="x" * (views.MAX_SEARCH_CHARS + 1))
    assert response.status_code == 400 and rows == []
    assert (
        f"Search for at most {views.MAX_SEARCH_CHARS} characters: the incident searched for has "
        f"{views.MAX_SEARCH_CHARS + 1}."
    ) in response.content.decode()


def test_pages_of_the_list_keep_the_search(client, people, monkeypatch):  # noqa: F811
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    lachin = make_incident(title="Shelling near Lachin")
    verdicts = [published(people, incident=lachin) for _ in range(5)]
    published(people)  # not at Lachin
    newest_first = [v.pk for v in sorted(verdicts, key=lambda v: (v.published_at, v.pk))][::-1]

    seen = []
    for number in (1, 2, 3):
        response, rows = listing(client, incident="lachin", page=number)
        seen += ids_of(rows)
        body = response.content.decode()
        assert "5 fact-checks matching the incident “lachin”" in body
        if number < 3:
            assert f'href="?incident=lachin&amp;page={number + 1}" rel="next"' in body
        else:
            assert 'rel="next"' not in body
    assert seen == newest_first
    assert client.get(reverse("verdict-index"), {"page": 4}).status_code == 404
    assert client.get(reverse("verdict-index"), {"page": "last"}).status_code == 404


@pytest.mark.parametrize("params", [{}, {"speaker": "ministry"}, {"q": "lachin"}], ids=str)
def test_the_list_takes_two_queries_whatever_it_holds(
    client,
    people,  # noqa: F811
    django_assert_num_queries,
    params,
):
    def read() -> None:
        # The count for the page links, and the page's rows.
        with django_assert_num_queries(2):
            assert client.get(reverse("verdict-index"), params).status_code == 200

    lachin = make_incident(title="Shelling near Lachin")
    speaker = make_source("Ministry of Defence of Azerbaijan")
    published(people, incident=lachin, speaker=speaker)
    read()
    for _ in range(3):
        published(people, incident=lachin, speaker=speaker)
    corrected(people)
    read()


def test_user_text_is_escaped_in_the_list(client, people):  # noqa: F811
    verdict = published(
        people,
        summary="</td><script>alert(1)</script> & more",
        speaker=make_source("<img src=x onerror=alert(2)>"),
        incident=make_incident(title="<i>Lachin</i>"),
    )
    response, rows = listing(client)
    body = response.content.decode()
    assert "<script>alert(1)" not in body and "<img src=x" not in body and "<i>Lachin" not in body
    assert "&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in body
    assert rows[0]["cells"][:2] == [verdict.claim.summary, "<img src=x onerror=alert(2)>"]


def test_the_public_pages_share_a_base_with_their_own_titles(client, people):  # noqa: F811
    verdict = published(people, summary="Baku says its posts were shelled.")
    listed = client.get(reverse("verdict-index")).content.decode()
    page = page_of(client, verdict)
    assert "<title>Published fact-checks · Parallax fact-check desk</title>" in listed
    assert (
        "<title>False: Baku says its posts were shelled. · Parallax fact-check desk</title>" in page
    )
    searched = client.get(reverse("verdict-index"), {"speaker": "Baku", "page": 1}).content
    assert (
        "<title>Fact-checks matching Baku · Parallax fact-check desk</title>" in searched.decode()
    )
    for body in (listed, page):
        assert '<a class="site-name" href="/verdicts/">Parallax fact-check desk</a>' in body
        assert '<footer class="site">' in body
    # The list links the page, and the page the list.
    assert f'href="/verdicts/{verdict.pk}/"' in listed
    assert 'href="/verdicts/">Fact-checks</a>' in page


def test_the_search_columns_are_filled_for_verdicts_published_before_them(people):  # noqa: F811
    speaker = make_source(
        "Ministry of Defence of Azerbaijan", short_name="MoD AZ", aliases=["Baku"]
    )
    verdict = published(people, speaker=speaker, incident=make_incident(title="Lachin shelling"))
    snapshot = {key: value for key, value in verdict.snapshot.items() if key != "speaker_aliases"}
    Verdict.objects.filter(pk=verdict.pk).update(
        snapshot=snapshot, search_speaker="", search_incident=""
    )
    migration = importlib.import_module("verification.migrations.0003_verdict_public_search")

    migration.fill_search_columns(apps, SimpleNamespace(connection=connection))

    verdict.refresh_from_db()
    assert verdict.search_speaker.split("\n") == [
        "ministry of defence of azerbaijan",
        "mod az",
        "baku",
    ]
    assert verdict.search_incident == "lachin shelling"


def plan_of(queryset, *, without: tuple[str, ...] = ()) -> str:
    """PostgreSQL's plan for ``queryset`` when it may not read a table whole, nor walk an
    index whole (a trigram index is only ever read as a bitmap of what matches), nor use the
    indexes named in ``without`` (dropped inside the test's transaction, which restores them):
    which index can answer the query's condition. On the test's near-empty tables the planner
    would otherwise walk whichever index costs least, whatever other tests left in the
    statistics."""
    sql, values = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("SET LOCAL enable_indexonlyscan = off")
        for index in without:
            cursor.execute(f"DROP INDEX {index}")
        cursor.execute(f"EXPLAIN {sql}", values)
        return "\n".join(row[0] for row in cursor.fetchall())


# The indexes that read the list in order, which a handful of rows may choose instead.
IN_ORDER = ("verdict_published_idx", "verdict_public_list_idx")


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("params", "index"),
    [
        ({"speaker": "defence"}, "verdict_search_speaker_trgm_idx"),
        ({"incident": "lachin"}, "verdict_search_incident_trgm_idx"),
    ],
)
def test_the_list_searches_can_use_the_trigram_indexes(params, index):
    assert index in plan_of(published_fact_checks(**params), without=IN_ORDER)


# A fact-check's page


def test_the_page_links_the_statement_where_it_was_published(client, people):  # noqa: F811
    document = make_document(
        "Baku said the shelling began at dawn.",
        title="Statement of the ministry",
        url="https://mod.gov.az/en/news/shelling-at-dawn",
    )
    verdict = published(people, document=document)
    without_address = published(people, document=make_document("Yerevan denied it."))

    page = page_of(client, verdict)
    assert (
        '<a class="statement" href="https://mod.gov.az/en/news/shelling-at-dawn" '
        'rel="nofollow noopener noreferrer">'
    ) in page
    assert 'class="statement"' not in page_of(client, without_address)


_ADDRESSES = (f"https://example.org/statements/{number}" for number in itertools.count(1))


def _paired(people, claim, relation="contradicts", **other_fields):  # noqa: F811
    """Another speaker's claim in review (with a draft rating and a note of the desk's), paired
    with ``claim``, from a document that is public elsewhere (it has an address)."""
    other_fields.setdefault(
        "document", make_document("Baku said the shelling began at dawn.", url=next(_ADDRESSES))
    )
    other = in_review(people, **other_fields)
    propose_draft(people, other)
    claim_pair_create(
        claim_a=claim, claim_b=other, relation=relation, rationale=f"{SECRET}: why we paired them."
    )
    return other


def test_the_page_shows_the_other_partys_unpublished_account_as_published(client, people):  # noqa: F811
    claim = in_review(people, speaker=make_source("Ministry of Defence of Azerbaijan"))
    document = make_document(
        "Yerevan said its positions came under fire first.",
        title="Yerevan's statement",
        url="https://mil.am/en/news/under-fire",
    )
    other = _paired(
        people, claim, document=document, speaker=make_source("Ministry of Defence of Armenia")
    )
    verdict = publish(people, claim)
    # Since publication: a new pair with an unpublished claim, and edits to the paired claim.
    _paired(people, claim, speaker=make_source(f"{SECRET} agency"))
    source_update(source=other.speaker, name=f"{SECRET} renamed")

    page = page_of(client, verdict)
    assert "Another speaker's account" in page
    assert "Ministry of Defence of Armenia, contradicting this claim:" in page
    assert "Yerevan said its positions came under fire first." in page
    assert '<a href="https://mil.am/en/news/under-fire" rel="nofollow noopener noreferrer">' in page
    assert "Yerevan&#x27;s statement" in page
    assert "We have not published a fact-check of this statement." in page
    # Nothing of the desk's work on it: no status, no draft rating, no notes.
    assert SECRET not in page
    assert "True" not in page and "In review" not in page and "Awaiting approval" not in page


def test_an_unpublished_account_from_a_text_the_desk_keeps_to_itself_is_not_published(
    client,
    people,  # noqa: F811
):
    claim = in_review(people, speaker=make_source("Ministry of Defence of Azerbaijan"))
    tip = make_document(f"{SECRET}: a source told us the shelling began at dawn.", title="Tip")
    _paired(people, claim, document=tip, speaker=make_source("Ministry of Defence of Armenia"))
    verdict = publish(people, claim)

    assert verdict.snapshot["accounts"] == []
    page = page_of(client, verdict)
    assert 'class="account"' not in page and SECRET not in page and "Tip" not in page


def test_the_other_partys_published_verdict_is_linked_with_its_rating(client, people):  # noqa: F811
    claim = in_review(people, speaker=make_source("Ministry of Defence of Azerbaijan"))
    other = _paired(people, claim, speaker=make_source("Ministry of Defence of Armenia"))
    verdict = publish(people, claim)
    claim_transition(claim=other, name="publish", actor=people["publisher"])
    other_verdict = other.verdicts.get()
    # Paired after both were published: a public pair, shown too.
    later = published(people, speaker=make_source("Interfax"))
    claim_pair_create(claim_a=claim, claim_b=later.claim, relation="corroborates")

    page = page_of(client, verdict)
    assert "Other speakers' accounts" in page
    assert page.index("Ministry of Defence of Armenia") < page.index("Interfax")
    assert f'<span class="rating">True</span> <a href="/verdicts/{other_verdict.pk}/">' in page
    assert "Interfax, corroborating this claim:" in page
    assert f'<span class="rating">False</span> <a href="/verdicts/{later.pk}/">' in page
    assert "We have not published" not in page
    assert SECRET not in page


def test_only_other_speakers_accepted_claims_are_accounts(client, people):  # noqa: F811
    speaker = make_source("Ministry of Defence of Azerbaijan")
    claim = in_review(people, speaker=speaker)
    _paired(people, claim, speaker=speaker, summary="Its own other claim")  # the same speaker
    suggestion = make_claim(status=Status.SUGGESTED, speaker=make_source(f"{SECRET} suggested"))
    claim_pair_create(claim_a=claim, claim_b=suggestion, relation="contradicts")
    dismissed = make_claim(status=Status.SUGGESTED, speaker=make_source(f"{SECRET} dismissed"))
    claim_transition(claim=dismissed, name="dismiss", actor=people["editor"], comment="No.")
    claim_pair_create(claim_a=claim, claim_b=dismissed, relation="contradicts")

    verdict = publish(people, claim)
    # Paired since, both published: a public pair, but the speaker's own.
    own = published(people, speaker=speaker)
    claim_pair_create(claim_a=claim, claim_b=own.claim, relation="corroborates")

    assert verdict.snapshot["accounts"] == []
    page = page_of(client, verdict)
    assert 'class="account"' not in page and SECRET not in page


def test_the_page_takes_as_many_queries_with_one_account_as_with_three(
    client,
    people,  # noqa: F811
    django_assert_num_queries,
):
    one, three = in_review(people), in_review(people)
    _paired(people, one)
    for _ in range(2):
        _paired(people, three)
    verdicts = [publish(people, one), publish(people, three)]
    claim_pair_create(claim_a=three, claim_b=published(people).claim, relation="corroborates")

    # The verdict, its versions, its pairs, and the paired claims' published verdicts.
    for verdict in verdicts:
        with django_assert_num_queries(4):
            page_of(client, verdict)
    assert page_of(client, verdicts[1]).count('class="account"') == 3


# --- The archived statement ------------------------------------------------------------------


def test_the_archived_statement_shows_the_whole_text_with_the_rated_quote_marked(
    client,
    people,  # noqa: F811
    django_assert_num_queries,
):
    text = (
        "Yerevan, 16 November. <b>Unrest</b> on the border.\n"
        "The ministry said its positions came under fire first. More details later."
    )
    document = make_document(text, title="Ministry statement", url="https://mil.am/en/news/1")
    quote = "its positions came under fire first"
    claim = in_review(people, document=document, phrase=quote, summary="Under fire first")
    verdict = publish(people, claim)

    page = client.get(reverse("verdict-page", args=[verdict.pk])).content.decode()
    statement_url = reverse("verdict-statement", args=[verdict.pk])
    assert f'href="{statement_url}"' in page

    with django_assert_num_queries(2):  # the verdict, the text
        response = client.get(statement_url)
    statement = response.content.decode()
    assert response.status_code == 200
    assert "&lt;b&gt;Unrest&lt;/b&gt;" in statement and "<b>Unrest</b>" not in statement
    assert "More details later." in statement  # the whole text, not the quote only
    marked = re.search(r'<span class="hl quote"[^>]*>([^<]*)</span>', statement)
    assert marked is not None and unescape(marked.group(1)) == claim.quote
    assert '<a href="https://mil.am/en/news/1" rel="nofollow noopener noreferrer">' in statement


def test_there_is_no_archived_statement_of_what_is_not_published(client, people):  # noqa: F811
    claim = in_review(people)
    propose_draft(people, claim)
    draft = claim.verdicts.get()
    assert client.get(reverse("verdict-statement", args=[draft.pk])).status_code == 404
    assert client.get(reverse("verdict-statement", args=[999_999])).status_code == 404
