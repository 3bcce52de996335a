"""Fetches of the same page at the same moment, on PostgreSQL with real threads: one
document, a snapshot for each fetch."""

import pytest

from demo.feed_site import LocalSite, article_html
from sources.ingesting import Ingested, document_ingest_url, source_domain_add
from sources.models import Document, Snapshot
from tests.concurrency import run_at_once
from tests.factories import make_source

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PARAGRAPHS = [
    "The agency quoted a spokesman who said the convoy had been stopped at the checkpoint "
    "for several hours before it was allowed through in the evening.",
    "Officials on the other side said the convoy had never been stopped at all.",
]


def test_four_fetches_of_one_address_at_once_make_one_document():
    source_domain_add(source=make_source("Local Wire"), domain="127.0.0.1", actor=None)
    with LocalSite() as site:
        url = site.page("/convoy", article_html(title="Convoy held", paragraphs=PARAGRAPHS))
        outcomes = run_at_once([lambda: document_ingest_url(url=url, actor=None)] * 4)

    assert all(isinstance(o, Ingested) for o in outcomes), outcomes
    assert Document.objects.count() == 1
    assert Snapshot.objects.count() == 4
    assert sum(o.created for o in outcomes) == 1
    assert {o.document.pk for o in outcomes} == {Document.objects.get().pk}


def test_fetches_of_two_addresses_of_one_page_at_once_make_one_document():
    source_domain_add(source=make_source("Local Wire"), domain="127.0.0.1", actor=None)
    with LocalSite() as site:
        canonical = site.url("/convoy")
        page = article_html(title="Convoy held", paragraphs=PARAGRAPHS, canonical=canonical)
        first, second = site.page("/convoy?ref=a", page), site.page("/convoy?ref=b", page)
        outcomes = run_at_once(
            [lambda: document_ingest_url(url=first, actor=None)] * 2
            + [lambda: document_ingest_url(url=second, actor=None)] * 2
        )

    assert all(isinstance(o, Ingested) for o in outcomes), outcomes
    assert Document.objects.get().canonical_url == canonical
    assert Snapshot.objects.count() == 4
