"""The site's icon: /favicon.ico answers, and every kind of page links the icon."""

import re

import pytest
from django.urls import reverse

from claims.status import Status
from tests.claims.workflow_helpers import claim_at
from tests.factories import make_editor, make_reviewer

pytestmark = pytest.mark.django_db

ICON_LINKS = re.compile(r'<link rel="icon" href="([^"]+)"[^>]*>')


def test_favicon_ico_leads_to_the_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert "max-age=86400" in response["Cache-Control"]
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    assert b"".join(icon.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert client.head("/favicon.ico").status_code == 302
    assert client.post("/favicon.ico").status_code == 405


def assert_links_the_icon(client, page: str) -> None:
    response = client.get(page, headers={"Accept": "text/html"})
    assert response.status_code == 200, page
    links = ICON_LINKS.findall(response.content.decode())
    assert [link.rsplit(".", 1)[1] for link in links] == ["ico", "svg"], page
    for link in links:
        served = client.get(link)
        assert served.status_code == 200, link
        assert served["Content-Type"] in ("image/x-icon", "image/svg+xml"), link


def test_admin_and_public_pages_link_the_icon(client):
    verdict = claim_at(
        Status.PUBLISHED, editor=make_editor(), reviewer=make_reviewer(), publisher=make_editor()
    ).verdicts.get()
    for page in (
        reverse("admin:login"),
        reverse("verdict-index"),
        reverse("verdict-page", args=[verdict.pk]),
        reverse("api-docs"),
        reverse("source-list"),  # the browsable API
    ):
        assert_links_the_icon(client, page)

    client.force_login(make_reviewer())
    assert_links_the_icon(client, reverse("admin:index"))
