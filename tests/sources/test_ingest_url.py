"""Adding a document by its address, against a real HTTP server on 127.0.0.1: pages,
redirects, a 500, a slow answer, an oversized page, a changed version. Each case ends as
described, and a failure writes nothing."""

import contextlib
import hashlib
import itertools
import socket
import threading
import time

import pytest
from django.core.exceptions import PermissionDenied

from demo.feed_site import LocalSite, article_html
from sources.fetching import FetchError
from sources.ingesting import document_ingest_url, document_refetch, source_domain_add
from sources.models import Document, DocumentTaskRun, Snapshot
from tests.factories import make_reviewer, make_source, make_user

pytestmark = pytest.mark.django_db

PARAGRAPHS = [
    "The defence ministry said on Tuesday that its positions near the border village had "
    "come under mortar fire overnight and that its units returned fire.",
    "The ministry of the other side denied the account, calling it a fabrication meant to hide "
    "a provocation of its own, and said its soldiers had not fired first.",
    "Neither account could be checked independently, and observers on the ground said they "
    "had heard shelling for about an hour before dawn.",
]


@pytest.fixture
def site():
    with LocalSite() as local:
        yield local


@pytest.fixture
def wire():
    source = make_source("Local Wire")
    source_domain_add(source=source, domain="127.0.0.1", actor=None)
    return source


def story(title="Border post shelled overnight, ministry says", paragraphs=PARAGRAPHS, **kw):
    return article_html(title=title, paragraphs=paragraphs, **kw)


def nothing_written():
    return not Document.objects.exists() and not Snapshot.objects.exists()


def test_a_page_becomes_a_document_of_its_sites_source_with_a_snapshot(site, wire):
    page = story(author="Anna Writer", published="2021-11-16T09:30:00+00:00")
    url = site.page("/world/border-post", page)

    ingested = document_ingest_url(url=url, actor=make_reviewer())

    document = ingested.document
    assert ingested.created and not ingested.text_changed
    assert document.publisher == wire
    assert document.title == "Border post shelled overnight, ministry says"
    assert document.text.startswith("The defence ministry said on Tuesday")
    assert "Home" not in document.text and "all rights reserved" not in document.text
    assert document.published_at.isoformat().startswith("2021-11-16")
    assert document.language == "en"
    assert document.url == document.canonical_url == url
    snapshot = document.snapshots.get()
    assert snapshot.html == page.encode()
    assert snapshot.sha256 == hashlib.sha256(page.encode()).hexdigest()
    assert snapshot.size == len(page.encode()) and snapshot.status == 200
    assert snapshot.metadata["author"] == "Anna Writer"
    assert snapshot.metadata["site"] == "Local Wire"


def test_an_ingested_document_gets_suggestions_as_a_pasted_one(
    site, wire, django_capture_on_commit_callbacks
):
    url = site.page("/a", story())
    with django_capture_on_commit_callbacks(execute=True):
        document = document_ingest_url(url=url, actor=None).document
    runs = dict(DocumentTaskRun.objects.filter(document=document).values_list("kind", "state"))
    assert runs == {"claim_extraction": "done", "lexicon_suggestions": "done"}


def test_the_same_address_twice_is_one_document_with_two_snapshots(site, wire):
    url = site.page("/a", story())
    first = document_ingest_url(url=url, actor=None)
    second = document_ingest_url(url=url, actor=None)
    assert second.document == first.document and not second.created
    assert not second.text_changed
    assert Document.objects.count() == 1 and Snapshot.objects.count() == 2


def test_addresses_with_one_canonical_address_are_one_document(site, wire):
    canonical = site.url("/world/border-post")
    page = story(canonical=canonical)
    first = document_ingest_url(url=site.page("/world/border-post?from=feed", page), actor=None)
    second = document_ingest_url(url=site.page("/amp/border-post", page), actor=None)
    assert first.document == second.document
    assert first.document.canonical_url == canonical
    assert Document.objects.count() == 1


def test_a_canonical_address_on_another_host_is_not_believed(site, wire):
    url = site.page("/a", story(canonical="https://other.example.org/their-story"))
    assert document_ingest_url(url=url, actor=None).document.canonical_url == url


def test_a_redirect_is_followed_and_both_addresses_are_the_document(site, wire):
    target = site.page("/2021/11/16/border-post", story())
    short = site.redirect("/s/abc", "/2021/11/16/border-post", status=301)
    first = document_ingest_url(url=short, actor=None)
    assert first.document.url == target
    assert first.snapshot.url == short and first.snapshot.final_url == target
    assert document_ingest_url(url=target, actor=None).document == first.document
    assert document_ingest_url(url=short, actor=None).document == first.document
    assert Document.objects.count() == 1


@pytest.mark.parametrize(
    "target",
    ["http://10.20.30.40/internal", "http://[::1]/", "http://169.254.169.254/latest/meta-data/"],
)
def test_a_redirect_into_a_private_address_is_refused(site, wire, target):
    url = site.redirect("/go", target)
    with pytest.raises(FetchError, match="private or local address"):
        document_ingest_url(url=url, actor=None)
    assert nothing_written()


def test_private_addresses_are_refused_unless_the_setting_allows_them(site, wire, settings):
    settings.PARALLAX_FETCH_PRIVATE_NETWORKS = []
    url = site.page("/a", story())
    with pytest.raises(FetchError, match=r"127\.0\.0\.1 is a private or local address"):
        document_ingest_url(url=url, actor=None)
    assert nothing_written()


def test_too_many_redirects_are_refused(site, wire):
    for n in range(8):
        site.redirect(f"/r{n}", f"/r{n + 1}")
    with pytest.raises(FetchError, match="redirects more than 5 times"):
        document_ingest_url(url=site.url("/r0"), actor=None)
    assert nothing_written()


def test_a_server_error_is_named(site, wire):
    url = site.page("/broken", "<h1>oops</h1>", status=500)
    with pytest.raises(FetchError, match="answered 500"):
        document_ingest_url(url=url, actor=None)
    assert nothing_written()


def test_a_missing_page_is_named(site, wire):
    with pytest.raises(FetchError, match="answered 404"):
        document_ingest_url(url=site.url("/nowhere"), actor=None)
    assert nothing_written()


def test_a_slow_answer_is_given_up(site, wire, settings):
    settings.PARALLAX_FETCH_TIMEOUT_SECONDS = 0.3
    url = site.page("/slow", story(), delay=1.5)
    with pytest.raises(FetchError, match=r"did not answer within 0\.3 seconds"):
        document_ingest_url(url=url, actor=None)
    assert nothing_written()


def test_an_oversized_page_is_refused(site, wire, settings):
    settings.PARALLAX_FETCH_MAX_BYTES = 20_000
    url = site.page("/huge", story(paragraphs=PARAGRAPHS * 100))
    with pytest.raises(FetchError, match="larger than 20,000 bytes"):
        document_ingest_url(url=url, actor=None)
    assert nothing_written()


def test_an_oversized_page_that_does_not_say_its_length_is_cut_off(site, wire, settings):
    settings.PARALLAX_FETCH_MAX_BYTES = 20_000
    url = site.page("/huge", story(paragraphs=PARAGRAPHS * 100), says_length=False)
    with pytest.raises(FetchError, match="larger than 20,000 bytes"):
        document_ingest_url(url=url, actor=None)
    assert nothing_written()


def test_what_is_not_a_web_page_is_refused(site, wire):
    url = site.page("/report.pdf", b"%PDF-1.4", content_type="application/pdf")
    with pytest.raises(FetchError, match="is application/pdf, not a web page"):
        document_ingest_url(url=url, actor=None)
    assert nothing_written()


def test_a_page_without_text_is_refused(site, wire):
    url = site.page("/empty", "<html><head><title>Gone</title></head><body></body></html>")
    with pytest.raises(FetchError, match="No article text was found"):
        document_ingest_url(url=url, actor=None)
    assert nothing_written()


def test_a_closed_port_is_named(wire):
    with LocalSite() as gone:
        url = gone.url("/a")
    with pytest.raises(FetchError, match="could not be reached"):
        document_ingest_url(url=url, actor=None)
    assert nothing_written()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://127.0.0.1/a", "http or https"),
        ("not an address", "no spaces"),
        ("http://user:secret@127.0.0.1/a", "no user name or password"),
    ],
)
def test_what_is_no_web_address_is_refused(url, message):
    with pytest.raises(FetchError, match=message):
        document_ingest_url(url=url, actor=None)


def test_a_site_no_source_has_is_refused_unless_a_source_is_chosen(site):
    url = site.page("/a", story())
    with pytest.raises(FetchError, match=r"No source has the site 127\.0\.0\.1"):
        document_ingest_url(url=url, actor=None)
    assert nothing_written()
    chosen = make_source("Chosen outlet")
    assert document_ingest_url(url=url, actor=None, source=chosen).document.publisher == chosen


def test_only_the_desk_adds_documents_by_address(site, wire):
    url = site.page("/a", story())
    with pytest.raises(PermissionDenied):
        document_ingest_url(url=url, actor=make_user())
    assert nothing_written()


def test_a_changed_page_is_a_new_version_with_its_snapshot_and_the_old_one_is_kept(site, wire):
    url = site.page("/a", story())
    document = document_ingest_url(url=url, actor=None).document
    edited = [*PARAGRAPHS[:2], "The ministry later said two of its soldiers were wounded."]
    site.page("/a", story(paragraphs=edited))

    again = document_refetch(document=document, actor=make_reviewer())

    assert again.text_changed and not again.created
    version = again.document
    assert version.previous_version == document and version.version == 2
    assert "two of its soldiers" in version.text
    assert list(version.snapshots.all()) == [again.snapshot]
    document.refresh_from_db()
    assert "two of its soldiers" not in document.text and document.superseded_at is not None
    assert list(document.snapshots.values_list("text_sha256", flat=True)) == [document.sha256]
    # The page's address, and a fetch of the old version, find the current one.
    assert document_ingest_url(url=url, actor=None).document == version
    assert document_refetch(document=document, actor=None).document == version


def test_a_page_with_a_known_text_of_its_publisher_is_that_document(site, wire):
    url = site.page("/a", story())
    fetched = document_ingest_url(url=url, actor=None).document
    copy = site.page("/print/a", story())
    assert document_ingest_url(url=copy, actor=None).document == fetched
    assert Document.objects.count() == 1


def test_fetching_a_pasted_documents_address_again_records_it_there(site, wire):
    from tests.factories import make_document

    url = site.page("/a", story())
    pasted = make_document("What a reviewer pasted from the page.", url=url, publisher=wire)
    again = document_refetch(document=pasted, actor=make_reviewer())
    # The page reads otherwise than what was pasted: the page is its next version.
    assert again.document.previous_version == pasted and again.text_changed
    assert not again.created
    assert again.document.canonical_url == url
    assert document_ingest_url(url=url, actor=None).document == again.document
    assert Document.objects.filter(superseded_at__isnull=True).count() == 1


def drip_server(headers_first: bool):
    """A server on 127.0.0.1 that answers one request a byte every tenth of a second, for ever
    (its headers too, unless ``headers_first``)."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve():
        connection, _ = listener.accept()
        with connection, contextlib.suppress(OSError):
            connection.recv(4096)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 99999\r\n\r\n"
            if headers_first:
                connection.sendall(head)
            for byte in itertools.cycle(b"<p>drip</p>" if headers_first else head):
                connection.sendall(bytes([byte]))
                time.sleep(0.1)

    threading.Thread(target=serve, daemon=True).start()
    return listener


@pytest.mark.parametrize("headers_first", [True, False], ids=["body", "headers"])
def test_a_page_dripped_a_byte_at_a_time_is_cut_off_at_the_deadline(wire, settings, headers_first):
    settings.PARALLAX_FETCH_TIMEOUT_SECONDS = 0.5
    listener = drip_server(headers_first)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/a"

    with listener, pytest.raises(FetchError, match=r"did not answer (in full )?within 0\.5 sec"):
        document_ingest_url(url=url, actor=None, source=wire)

    assert not Document.objects.exists() and not Snapshot.objects.exists()


def test_a_page_that_now_holds_another_text_is_not_made_a_version(site, wire):
    url = site.page("/a", story())
    document = document_ingest_url(url=url, actor=None).document
    home = [
        "Welcome to the Local Wire front page, where the latest headlines from the region "
        "are gathered every hour by our editors for readers at home and abroad.",
        "Subscribe to the newsletter, follow the live pages and read the weather, sport and "
        "culture sections, all updated through the day and free to read for everyone.",
    ]
    site.page("/a", story(paragraphs=home))

    with pytest.raises(FetchError, match="now reads unlike document"):
        document_refetch(document=document, actor=make_reviewer())

    assert Document.objects.count() == 1
    assert document.snapshots.count() == 1
