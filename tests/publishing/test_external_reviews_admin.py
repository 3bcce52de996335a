"""Reviews by other fact-checkers in the admin: "Other fact-checkers said" on a claim's page,
their list, and "Import ClaimReview…" with its preview."""

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from publishing.models import ExternalReview
from publishing.services import claimreview_import
from tests.factories import make_claim, make_document, make_editor, make_reviewer, make_source
from tests.publishing.claimreview_files import eg_0324, review_json

pytestmark = pytest.mark.django_db

SCRIPT_NAME = '<script>alert("x")</script> Fact Check'


def claim_page(client, claim):
    return client.get(reverse("admin:claims_claim_change", args=[claim.pk]))


def panel(html: str) -> str:
    found = re.search(r'<section class="module parallax-external-reviews".*?</section>', html, re.S)
    assert found, "no “Other fact-checkers said” panel"
    return found.group(0)


def test_the_claim_page_shows_what_other_fact_checkers_said_escaped(client):
    claim = make_claim()
    review = review_json(
        author={"@type": "Organization", "name": SCRIPT_NAME, "url": "https://x.example.org/"},
        claimReviewed="Shelling <b>began</b> at dawn & lasted an hour.",
    )
    claimreview_import(data=review, actor=make_reviewer(), claims=[claim.pk])
    claimreview_import(data=eg_0324(), actor=make_reviewer(), claims=[claim.pk])
    claimreview_import(data=review_json(9), actor=make_reviewer())  # another claim's: not here
    reviewer = make_reviewer()
    client.force_login(reviewer)

    response = claim_page(client, claim)

    assert response.status_code == 200
    html = panel(response.content.decode())
    assert "Other fact-checkers said" in html
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Fact Check" in html
    assert "Shelling &lt;b&gt;began&lt;/b&gt; at dawn &amp; lasted an hour." in html
    assert "Mostly false" in html and "(2 on a scale of 1–5)" in html
    assert "17 Nov 2021" in html
    assert "(said by Azerbaijani defence ministry, 16 Nov 2021)" in html
    # eg-0324: PolitiFact without a name, known by its address; "True", 1 of 6.
    assert "www.politifact.com" in html and "True" in html and "(1 of 6)" in html
    assert html.count('rel="noopener noreferrer nofollow"') == 2
    assert (
        '<a href="https://factcheck.example.org/reviews/1" rel="noopener noreferrer nofollow">'
        in html
    )
    assert "reviews/9" not in html
    assert f"?claims={claim.pk}" in html  # import another for this claim


def test_a_claim_without_reviews_says_so(client):
    client.force_login(make_reviewer())
    html = panel(claim_page(client, make_claim()).content.decode())
    assert "No review by another fact-checker is linked to this claim." in html


def test_the_claim_page_queries_do_not_grow_with_reviews(client):
    claim = make_claim()
    client.force_login(make_editor())
    claimreview_import(data=review_json(1), actor=make_reviewer(), claims=[claim.pk])

    def count():
        client.get(reverse("admin:claims_claim_change", args=[claim.pk]))  # warm caches
        with CaptureQueriesContext(connection) as context:
            assert claim_page(client, claim).status_code == 200
        return len(context.captured_queries)

    one = count()
    claimreview_import(
        data=[review_json(n) for n in range(2, 6)], actor=make_reviewer(), claims=[claim.pk]
    )
    assert panel(claim_page(client, claim).content.decode()).count("Their review") == 5
    assert count() == one


# --- Import ClaimReview… ----------------------------------------------------------------------


def upload(data, name="reviews.json") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, json.dumps(data).encode(), content_type="application/json")


def test_the_import_page_previews_then_imports(client):
    ministry = make_source("Azerbaijani defence ministry")
    document = make_document("The ministry said Armenian forces shelled positions near Lachin.")
    suggested = make_claim(
        document,
        "Armenian forces shelled positions near Lachin",
        speaker=ministry,
        summary="Armenian forces shelled Azerbaijani positions near Lachin",
    )
    chosen = make_claim()
    claimreview_import(data=review_json(2), actor=make_reviewer())  # already there
    reviewer = make_reviewer()
    client.force_login(reviewer)
    url = reverse("admin:publishing_externalreview_import")
    assert client.get(url, {"claims": chosen.pk}).status_code == 200
    data = [review_json(1), review_json(2), "not a review"]

    preview = client.post(url, {"file": upload(data), "claims": [chosen.pk]})

    assert preview.status_code == 200
    html = preview.content.decode()
    assert "To import" in html and "Already imported" in html
    assert "Item 3: not a JSON object but str." in html
    # The claim that matches by words and by speaker is offered, not chosen.
    assert f'<input type="checkbox" name="claims" value="{suggested.pk}">' in html
    assert "said by Azerbaijani defence ministry" in html
    assert ExternalReview.objects.count() == 1  # nothing written yet

    content = preview.context["content"]
    refused = client.post(url, {"content": content, "claims": [chosen.pk], "confirm": "1"})
    assert "Nothing was imported" in refused.content.decode()
    assert ExternalReview.objects.count() == 1

    done = client.post(
        url,
        {
            "content": content,
            "claims": [chosen.pk, suggested.pk],
            "skip_bad": "on",
            "confirm": "1",
        },
    )

    assert done.status_code == 302
    new = ExternalReview.objects.get(url=review_json(1)["url"])
    assert set(new.claims.all()) == {chosen, suggested}
    assert new.imported_by == reviewer
    assert set(ExternalReview.objects.get(url=review_json(2)["url"]).claims.all()) == {
        chosen,
        suggested,
    }


def test_the_import_page_refuses_what_is_not_json(client):
    client.force_login(make_reviewer())
    url = reverse("admin:publishing_externalreview_import")
    response = client.post(url, {"file": SimpleUploadedFile("x.json", b"{nope")})
    assert "The file is not JSON" in response.content.decode()
    response = client.post(url, {})
    assert "Choose a ClaimReview file." in response.content.decode()


def test_only_desk_members_reach_the_import_page(client):
    from tests.factories import make_user

    client.force_login(make_user(is_staff=True))
    url = reverse("admin:publishing_externalreview_import")
    assert client.get(url).status_code == 403
    assert client.post(url, {"file": upload(review_json())}).status_code == 403
    assert ExternalReview.objects.count() == 0


# --- The list and a review's page -------------------------------------------------------------


def test_the_list_filters_and_searches_and_a_review_shows_its_raw_json(client):
    claimreview_import(data=eg_0324(), actor=make_reviewer())
    claimreview_import(data=review_json(), actor=make_reviewer())
    client.force_login(make_reviewer())
    changelist = reverse("admin:publishing_externalreview_changelist")

    def listed(**query) -> set[str]:
        response = client.get(changelist, query)
        return {review.publisher for review in response.context["cl"].result_list}

    assert "Import ClaimReview…" in client.get(changelist).content.decode()
    assert listed() == {"www.politifact.com", "Example Fact Check"}
    assert listed(q="homicides") == {"www.politifact.com"}
    assert listed(author_name="Example Fact Check") == {"Example Fact Check"}
    assert listed(date_published__year="2014") == {"www.politifact.com"}

    review = ExternalReview.objects.get(author_name="")
    detail = client.get(reverse("admin:publishing_externalreview_change", args=[review.pk]))
    assert detail.status_code == 200
    html = detail.content.decode()
    assert '<pre class="parallax-raw-json">' in html and "&quot;ClaimReview&quot;" in html
    assert 'name="claim_reviewed"' not in html  # read-only


def test_linking_claims_on_a_reviews_page_goes_through_the_service(client):
    claim = make_claim()
    [(_, review)] = claimreview_import(data=review_json(), actor=make_reviewer()).created
    client.force_login(make_reviewer())
    url = reverse("admin:publishing_externalreview_change", args=[review.pk])

    response = client.post(url, {"claims": [claim.pk]})

    assert response.status_code == 302
    assert list(review.claims.all()) == [claim]


def test_only_editors_remove_a_review(client):
    [(_, review)] = claimreview_import(data=review_json(), actor=make_reviewer()).created
    url = reverse("admin:publishing_externalreview_delete", args=[review.pk])
    client.force_login(make_reviewer())
    assert client.post(url, {"post": "yes"}).status_code == 403
    client.force_login(make_editor())
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not ExternalReview.objects.exists()
