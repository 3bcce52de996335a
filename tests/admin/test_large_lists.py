"""The lists that grow to millions of rows: their rows, counts, checkbox and claim search."""

import pytest
from django.contrib import admin
from django.contrib.admin.templatetags.admin_list import results
from django.db import connection
from django.test.html import parse_html
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim
from desk.admin_helpers import LargeListMixin
from desk.pagination import EstimatedCountPaginator, planner_row_estimate
from desk.templatetags.large_lists import quick_results
from tests.factories import make_claim, make_document, make_source

pytestmark = pytest.mark.django_db

LARGE = sorted(
    (
        (model, model_admin)
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, LargeListMixin)
    ),
    key=lambda item: item[0]._meta.label,
)


def changelist(client, model, query=None):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    response = client.get(url, query or {})
    assert response.status_code == 200
    return response.context["cl"]


def html(rows) -> list:
    return [parse_html("".join(row)) for row in rows]


def test_the_big_lists_are_the_large_ones():
    assert {model._meta.model_name for model, _ in LARGE} == {
        "annotation",
        "claim",
        "claimpair",
        "claimstatuschange",
        "document",
        "verdict",
        "verificationtask",
    }


@pytest.mark.parametrize(("model", "model_admin"), LARGE, ids=[m._meta.label for m, _ in LARGE])
@pytest.mark.parametrize(
    "query", [{}, {"o": "-1"}, {"q": "Lachin"}], ids=["plain", "sorted", "search"]
)
def test_quick_rows_are_djangos_rows(client, superuser, desk, model, model_admin, query):
    client.force_login(superuser)
    cl = changelist(client, model, query)

    ours = html(quick_results(cl))

    assert ours == html(results(cl))
    assert len(ours) == len(cl.result_list)
    if query != {"q": "Lachin"}:
        assert ours, f"the desk fixture shows no {model._meta.verbose_name} rows"


def test_quick_rows_carry_the_lists_filters_into_each_link(client, superuser, desk):
    client.force_login(superuser)
    cl = changelist(client, Claim, {"status__exact": "published"})

    [row] = list(quick_results(cl))

    link = parse_html("".join(row))
    assert f"/admin/claims/claim/{desk.claim.pk}/change/?_changelist_filters=status__exact" in str(
        link
    )
    assert html([row]) == html(results(cl))


def test_user_text_in_a_row_is_escaped(client, superuser):
    client.force_login(superuser)
    make_claim(
        make_document("Baku: <script>alert(1)</script> at dawn."), "<script>alert(1)</script>"
    )

    response = client.get(reverse("admin:claims_claim_changelist"))

    assert b"<script>alert(1)</script>" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.content


def test_the_selection_checkbox_is_djangos(desk):
    model_admin = admin.site._registry[Claim]

    ours = model_admin.action_checkbox(desk.claim)

    assert parse_html(ours) == parse_html(admin.ModelAdmin.action_checkbox(model_admin, desk.claim))


def test_small_results_are_counted_exactly(desk):
    paginator = EstimatedCountPaginator(Claim.objects.order_by("pk"), 25)

    assert paginator.count == Claim.objects.count() == 2


@pytest.mark.postgres
def test_large_results_take_the_planners_estimate_without_counting(desk):
    class EstimateAlways(EstimatedCountPaginator):
        exact_count_below = 0

    queryset = Claim.objects.order_by("pk")
    with CaptureQueriesContext(connection) as queries:
        count = EstimateAlways(queryset, 25).count

    assert count == planner_row_estimate(queryset)
    assert [q["sql"] for q in queries if "COUNT(" in q["sql"].upper()] == []
    assert all(q["sql"].startswith("EXPLAIN") for q in queries)


def test_claim_search_finds_a_speaker_by_name_or_alias(client, superuser, desk):
    client.force_login(superuser)
    quiet = make_source("Ministry of Foreign Affairs of Azerbaijan", aliases=["MFA Baku"])
    by_alias = make_claim(
        make_document("The ministry said talks would go on."), "talks would go on", speaker=quiet
    )

    found = set(changelist(client, Claim, {"q": "MFA Baku"}).result_list)
    by_name = set(changelist(client, Claim, {"q": "Defence of Azerbaijan"}).result_list)
    by_text = set(changelist(client, Claim, {"q": "villages"}).result_list)

    assert found == {by_alias}
    assert by_name == {desk.claim}
    assert by_text == {desk.other_claim}
    assert set(changelist(client, Claim, {"q": f"#{by_alias.pk}"}).result_list) == {by_alias}
    assert set(changelist(client, Claim, {"q": str(desk.claim.pk)}).result_list) >= {desk.claim}


@pytest.mark.parametrize("term", ["²", "#²", "9" * 5000], ids=["²", "#²", "5000-digits"])
def test_a_claim_search_for_digits_int_refuses_finds_no_claim_by_number(
    client, superuser, desk, term
):
    client.force_login(superuser)

    assert list(changelist(client, Claim, {"q": term}).result_list) == []


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("term", "index"),
    [("shelled villages", "claim_summary_trgm_idx"), ("opened fire", "claim_quote_trgm_idx")],
)
def test_claim_text_search_can_use_the_trigram_indexes(rf, superuser, desk, term, index):
    """The indexes' expression must be exactly what the admin's search asks for."""
    model_admin = admin.site._registry[Claim]
    request = rf.get("/")
    request.user = superuser
    queryset, _ = model_admin.get_search_results(request, Claim.objects.all(), term)
    sql, params = queryset.order_by().query.sql_with_params()

    with connection.cursor() as cursor:
        # A handful of rows is read whole by choice; forbid that, and walking an index in order,
        # so the plan shows which index can answer the search itself.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert index in plan


def test_a_search_with_few_matches_sorts_them_after_finding_them(client, superuser, desk):
    """Ordered by an expression no index serves, so PostgreSQL finds the matches through the
    search indexes before sorting them, instead of walking the date index testing each row;
    the order the reader sees is the list's own."""
    client.force_login(superuser)
    speaker = make_source("Press service of the Border Guard", aliases=["Border Guard"])
    # More than a page: a single page is read whole, without the paginator's LIMIT.
    quotes = [f"post {number} was hit" for number in range(30)]
    document = make_document(" ".join(f"The guard said {quote}." for quote in quotes))
    claims = [make_claim(document, quote, speaker=speaker) for quote in quotes]

    with CaptureQueriesContext(connection) as searched:
        found = list(changelist(client, Claim, {"q": "Border Guard"}).result_list)
    with CaptureQueriesContext(connection) as listed:
        changelist(client, Claim)

    assert len(found) == 25 and set(found) <= set(claims)
    newest = sorted(claims, key=lambda claim: (claim.created_at, claim.pk), reverse=True)
    assert found == newest[:25]
    assert any("ORDER BY COALESCE" in query["sql"] for query in searched.captured_queries)
    assert not any("COALESCE" in query["sql"] for query in listed.captured_queries)
