"""POST /api/v1/documents/from-url/: a page becomes a document; each failure is a 400 that
says why, and writes nothing."""

import pytest
from django.urls import reverse

from demo.feed_site import LocalSite, article_html
from sources.ingesting import source_domain_add
from sources.models import Document, Snapshot
from tests.api.test_workflow_api import client_for
from tests.factories import make_reviewer, make_source, make_user

pytestmark = pytest.mark.django_db

PAGE = article_html(
    title="Checkpoint closed for a day",
    paragraphs=[
        "The border service said on Monday that the checkpoint would stay closed until the "
        "next morning because of shelling nearby, which the other side denied.",
        "Drivers waiting at the crossing said they had heard nothing during the night.",
    ],
)


@pytest.fixture
def site():
    with LocalSite() as local:
        yield local


def post(client, body):
    return client.post(reverse("document-from-url"), body, format="json")


def test_a_reviewer_adds_a_page_and_gets_the_document(site):
    source = make_source("Local Wire")
    source_domain_add(source=source, domain="127.0.0.1", actor=None)
    api = client_for(make_reviewer())
    url = site.page("/checkpoint", PAGE)

    created = post(api, {"url": url})
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["title"] == "Checkpoint closed for a day"
    assert body["publisher"] == source.pk and body["url"] == url
    assert body["text"].startswith("The border service said on Monday")

    again = post(api, {"url": url})
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    assert Snapshot.objects.filter(document_id=body["id"]).count() == 2


def test_a_source_can_be_chosen(site):
    chosen = make_source("Chosen")
    response = post(
        client_for(make_reviewer()), {"url": site.page("/a", PAGE), "source": chosen.pk}
    )
    assert response.status_code == 201 and response.json()["publisher"] == chosen.pk


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ({"body": "x", "status": 500}, "answered 500"),
        ({"body": b"%PDF", "content_type": "application/pdf"}, "not a web page"),
        ({"body": PAGE}, "No source has the site 127.0.0.1"),
    ],
)
def test_a_page_that_cannot_be_added_is_a_400_that_says_why(site, route, message):
    url = site.page("/page", **route)
    response = post(client_for(make_reviewer()), {"url": url})
    assert response.status_code == 400
    assert message in response.json()["url"][0]
    assert not Document.objects.exists() and not Snapshot.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [({}, "url"), ({"url": "gopher://x/"}, "url"), ({"url": "http://a/", "x": 1}, "x")],
)
def test_bad_input_is_a_400_naming_the_field(body, field):
    response = post(client_for(make_reviewer()), body)
    assert response.status_code == 400 and field in response.json()


def test_outsiders_add_nothing(site):
    url = site.page("/a", PAGE)
    assert post(client_for(make_user()), {"url": url}).status_code == 403
    assert not Document.objects.exists()
