"""The Content-Security-Policy header each kind of page is served with.

Whether the pages work under it is tested in a real browser (tests/browser).
"""

import re

import pytest
from django.urls import reverse

from tests.api.test_verdicts_api import people, published  # noqa: F401
from tests.factories import make_editor

pytestmark = pytest.mark.django_db

STRICT = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def directives(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def nonce_of(policy: dict[str, str], directive: str) -> str | None:
    found = re.search(r"'nonce-([^']+)'", policy.get(directive, ""))
    return found.group(1) if found else None


@pytest.mark.parametrize(
    "url", ["admin:login", "verdict-index", "verdict-list", "source-list", "api-schema"], ids=str
)
def test_pages_and_answers_carry_the_strict_policy(client, url):
    assert directives(client.get(reverse(url))) == STRICT


def test_the_admin_inlines_nothing(client):
    client.force_login(make_editor())
    page = client.get(reverse("admin:index"))
    assert directives(page) == STRICT
    assert "<style" not in page.content.decode() and " style=" not in page.content.decode()


def test_the_verdict_page_needs_no_nonce_and_stays_cacheable(client, people):  # noqa: F811
    verdict = published(people)
    url = reverse("verdict-page", args=[verdict.pk])
    page = client.get(url)
    # Its JSON-LD is a data block, which a policy does not govern: no nonce, so the page is
    # the same for everyone, and a client holding it is answered 304.
    assert directives(page) == STRICT
    assert '<script type="application/ld+json">' in page.content.decode()
    assert "<style" not in page.content.decode()
    assert client.get(url, HTTP_IF_NONE_MATCH=page["ETag"]).status_code == 304


@pytest.mark.parametrize("name", ["verdict-index", "verdict-statement"])
def test_the_list_and_the_archived_statement_inline_nothing(client, people, name):  # noqa: F811
    verdict = published(people)
    page = client.get(reverse(name, args=[] if name == "verdict-index" else [verdict.pk]))
    assert page.status_code == 200
    assert directives(page) == STRICT
    body = page.content.decode()
    assert "<script" not in body and "<style" not in body and " style=" not in body


def test_the_api_docs_inline_only_a_style_with_the_nonce(client):
    page = client.get(reverse("api-docs"))
    policy = directives(page)
    nonce = nonce_of(policy, "style-src")
    assert nonce and f'<style nonce="{nonce}">' in page.content.decode()
    # Swagger UI's icons are data: images, allowed on this page only.
    assert policy["img-src"] == "'self' data:"
    assert "unsafe" not in page["Content-Security-Policy"]
    body = page.content.decode()
    assert "<script>" not in body
    script = re.search(r'<script src="([^"]+\?[^"]*script=[^"]*)"', body).group(1)
    started = client.get(script.replace("&amp;", "&"))
    assert started.status_code == 200
    assert started["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle(" in started.content.decode()


def test_the_browsable_api_allows_only_its_buttons_style(client):
    page = client.get(reverse("source-list"), HTTP_ACCEPT="text/html")
    assert page["Content-Type"].startswith("text/html")
    policy = directives(page)
    assert policy["style-src-attr"] == (
        "'unsafe-hashes' 'sha256-OfgyIBrd+/vP79JdFMYP+re4T+fIenvkrHPD2HZ8/cs='"
    )
    assert "unsafe-inline" not in page["Content-Security-Policy"]
    # Its code-highlighting rules are inline, with the request's nonce.
    nonce = nonce_of(policy, "style-src")
    assert nonce and f'<style nonce="{nonce}">' in page.content.decode()
