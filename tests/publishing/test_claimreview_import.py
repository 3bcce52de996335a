"""ClaimReview published by other fact-checkers comes in as reviews by other fact-checkers:
schema.org's own examples as published, once however often they are imported, and a file with
a bad item writes nothing."""

import copy
import io
import json
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.status import Status
from publishing.claimreview_reading import rating_numbers, read_claimreview
from publishing.models import ExternalReview
from publishing.selectors import claims_suggested_for
from publishing.services import claimreview_import
from tests.factories import (
    make_claim,
    make_document,
    make_editor,
    make_reviewer,
    make_source,
    make_user,
)
from tests.publishing.claimreview_files import (
    eg_0324,
    eg_0325,
    json_ld_blocks,
    older_pending,
    schemaorg,
)
from verification.services import claim_transition

pytestmark = pytest.mark.django_db

POLITIFACT_URL = (
    "http://www.politifact.com/texas/statements/2014/jul/23/rick-perry/"
    "rick-perry-claim-about-3000-homicides-illegal-immi/"
)
PERRY_CLAIM = (
    'More than 3,000 homicides were committed by "illegal aliens" over the past six years.'
)


def test_the_jsonld_files_are_the_blocks_of_the_examples_file():
    # eg-0324.jsonld and eg-0325.jsonld are cut out of schema.org's examples file unchanged.
    blocks = json_ld_blocks(schemaorg("data", "sdo-ClaimReview-issue-1061-examples.txt"))
    assert blocks == [eg_0324(), eg_0325()]


def test_eg_0324_imports_as_published():
    claim = make_claim()
    reviewer = make_reviewer()

    report = claimreview_import(data=eg_0324(), actor=reviewer, claims=[claim.pk])

    assert report.written and report.refused == [] and report.already_there == []
    [(position, review)] = report.created
    review.refresh_from_db()
    assert position == 1
    assert review.url == POLITIFACT_URL
    # PolitiFact's author has a url and no name: the review is known by its url alone.
    assert (review.author_name, review.author_url) == ("", "http://www.politifact.com/")
    assert review.publisher == "www.politifact.com"
    assert review.claim_reviewed == PERRY_CLAIM
    # "True" as published (the page shows "Pants on Fire"); 1 of 6, no worstRating given.
    assert review.rating_text == "True"
    assert (review.rating_value, review.best_rating, review.worst_rating) == (1, 6, None)
    assert review.rating_numbers == "1 of 6"
    assert review.date_published == date(2014, 7, 23)
    # itemReviewed is a CreativeWork, not a Claim: its author and date are read all the same.
    assert review.item_author_name == "Rich Perry"
    assert review.item_date_published == date(2014, 7, 17)
    assert review.appearance_url == ""
    assert review.raw == eg_0324()
    assert list(review.claims.all()) == [claim]
    assert review.imported_by == reviewer and review.imported_at is not None


def test_eg_0325_imports_as_published():
    report = claimreview_import(data=eg_0325(), actor=make_editor())

    [(_, review)] = report.created
    review.refresh_from_db()
    assert (review.url, review.author_name, review.author_url) == (
        "http://danbri.org/2017/TODO",
        "",
        "http://danbri.org/",
    )
    assert review.claim_reviewed.startswith("In the middle of the Cold War")
    # No reviewRating at all.
    assert (review.rating_text, review.rating_value, review.rating_numbers) == ("", None, "")
    # itemReviewed is a Clip of a video.
    assert review.item_author_name == "Barack Obama"
    assert review.item_date_published == date(2009, 6, 4)
    assert review.date_published == date(2017, 7, 6)
    assert review.raw == eg_0325()
    assert review.claims.count() == 0  # linking is the importer's choice


def test_the_2016_pending_example_with_a_type_array_imports_as_published():
    data = older_pending()
    assert data["@type"] == ["Review", "ClaimReview"]

    [(_, review)] = claimreview_import(data=data, actor=make_reviewer()).created

    review.refresh_from_db()
    assert review.url == POLITIFACT_URL and review.claim_reviewed == PERRY_CLAIM
    # Numbers only: no alternateName, no name.
    assert review.rating_text == "" and review.rating_numbers == "1 of 6"
    assert review.raw["claimReviewSiteLogo"].endswith("politifact-logo-big.jpg")


def test_importing_the_same_file_twice_creates_nothing_new(tmp_path):
    claim = make_claim()
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps([eg_0324(), eg_0325()]), encoding="utf-8")
    first, second = io.StringIO(), io.StringIO()

    call_command("import_claimreview", str(path), "--claim", str(claim.pk), stdout=first)
    rows = list(ExternalReview.objects.values().order_by("pk"))
    call_command("import_claimreview", str(path), "--claim", str(claim.pk), stdout=second)

    assert list(ExternalReview.objects.values().order_by("pk")) == rows and len(rows) == 2
    assert ExternalReview.claims.through.objects.count() == 2
    assert first.getvalue().strip() == "2 reviews imported, 0 already there, 0 skipped."
    assert second.getvalue().strip() == "0 reviews imported, 2 already there, 0 skipped."
    # The 2016 version of eg-0324 is the same review (same url, same unnamed author).
    report = claimreview_import(data=older_pending(), actor=None)
    assert report.created == [] and [p for p, _ in report.already_there] == [1]


def test_a_review_already_there_is_linked_to_the_claims_of_a_later_import():
    first, second = make_claim(), make_claim()
    claimreview_import(data=eg_0324(), actor=make_reviewer(), claims=[first.pk])

    report = claimreview_import(data=eg_0324(), actor=make_reviewer(), claims=[str(second.pk)])

    [(_, review)] = report.already_there
    assert set(review.claims.all()) == {first, second}
    assert ExternalReview.objects.count() == 1


def test_a_graph_with_other_nodes_and_references():
    review = eg_0324()
    review["author"] = {"@id": "https://www.politifact.com/#org"}
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": "https://www.politifact.com/#page"},
            {
                "@type": "Organization",
                "@id": "https://www.politifact.com/#org",
                "name": "PolitiFact",
                "url": "https://www.politifact.com/",
            },
            review,
            {**eg_0325(), "@type": "schema:ClaimReview"},
        ],
    }

    report = claimreview_import(data=graph, actor=make_reviewer())

    assert [(p, r.author_name) for p, r in report.created] == [(3, "PolitiFact"), (4, "")]
    assert report.created[0][1].author_url == "https://www.politifact.com/"
    assert report.passed_over == [(1, "WebPage"), (2, "Organization")]


def test_a_datafeed_of_claimreviews_imports_its_elements():
    feed = {"@context": "https://schema.org", "@type": "DataFeed"}
    feed["dataFeedElement"] = [eg_0324(), eg_0325()]
    report = claimreview_import(data=feed, actor=make_reviewer())
    assert [p for p, _ in report.created] == [1, 2]


def test_ratings_as_strings_names_lists_and_non_ascii_addresses():
    review = copy.deepcopy(eg_0324())
    review["url"] = "https://factcheck.example.am/հոդված/1"
    review["author"] = [{"@type": "Organization", "name": "  Fact  Investigation Platform "}]
    review["reviewRating"] = {
        "@type": "Rating",
        "ratingValue": "2",
        "bestRating": "5",
        "worstRating": "1",
        "name": "Mostly false",
    }
    review["itemReviewed"] = {
        "@type": "Claim",
        "author": "Armenian defence ministry",
        "datePublished": "2021-11-16T09:30:00+04:00",
        "appearance": [{"@type": "CreativeWork", "url": "https://mil.example.am/news/1"}],
        "firstAppearance": "https://mil.example.am/news/0",
    }

    [(_, saved)] = claimreview_import(data=review, actor=make_reviewer()).created

    saved.refresh_from_db()
    assert saved.url == "https://factcheck.example.am/%D5%B0%D5%B8%D5%A4%D5%BE%D5%A1%D5%AE/1"
    assert saved.author_name == "Fact Investigation Platform"
    assert saved.rating_text == "Mostly false"
    assert (saved.rating_value, saved.best_rating, saved.worst_rating) == (
        Decimal(2),
        Decimal(5),
        Decimal(1),
    )
    assert saved.rating_numbers == "2 on a scale of 1–5"
    assert saved.item_author_name == "Armenian defence ministry"
    assert saved.item_date_published == date(2021, 11, 16)
    assert saved.appearance_url == "https://mil.example.am/news/0"  # the first appearance


# --- Bad items ---------------------------------------------------------------------------------


def bad_file() -> list:
    good = eg_0324()
    return [
        good,
        "a string",
        {**eg_0325(), "@type": "Review"},
        {**good, "url": "javascript:alert(1)"},
        {key: value for key, value in good.items() if key != "claimReviewed"},
        {**good, "reviewRating": {"@type": "Rating", "ratingValue": "Pants on Fire"}},
        {**good, "datePublished": "yesterday"},
        {**good, "author": {"@type": "Person", "name": "Nul\x00name"}},
        {**good, "reviewRating": {"@type": "Rating", "ratingValue": True}},
        eg_0325(),
    ]


def test_bad_items_are_named_by_position_and_nothing_is_written():
    claim = make_claim()

    report = claimreview_import(data=bad_file(), actor=make_reviewer(), claims=[claim.pk])

    assert not report.written and report.created == report.already_there == []
    assert ExternalReview.objects.count() == 0
    reasons = {refusal.position: refusal.reason for refusal in report.refused}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7, 8, 9]
    assert reasons[2] == "not a JSON object but str"
    assert reasons[3] == "not a ClaimReview (@type: 'Review')"
    assert reasons[4] == "url is not an http or https address: 'javascript:alert(1)'"
    assert reasons[5] == "claimReviewed is missing: what claim was reviewed?"
    assert reasons[6] == "reviewRating.ratingValue is not a number: 'Pants on Fire'"
    assert reasons[7] == "datePublished is not an ISO 8601 date: 'yesterday'"
    assert reasons[8] == "author.name holds a NUL character"
    assert reasons[9] == "reviewRating.ratingValue is not a number: True"


def test_with_skip_bad_the_good_items_are_written(tmp_path):
    report = claimreview_import(data=bad_file(), actor=make_reviewer(), skip_bad=True)
    assert report.written
    assert [position for position, _ in report.created] == [1, 10]
    assert len(report.refused) == 8

    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad_file()), encoding="utf-8")
    with pytest.raises(CommandError, match=r"(?s)Nothing was imported.*item 4: url is not"):
        call_command("import_claimreview", str(path))
    out = io.StringIO()
    call_command("import_claimreview", str(path), "--skip-bad", stdout=out)
    assert "Item 2 skipped: not a JSON object but str." in out.getvalue()
    assert out.getvalue().splitlines()[-1] == "0 reviews imported, 2 already there, 8 skipped."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "is not JSON"),
        ("NaN", "NaN is not a JSON value"),
        ("42", "Expected a ClaimReview object, a list of them, or a JSON-LD @graph"),
        ('{"@graph": {"@type": "ClaimReview"}}', "@graph is not a list"),
    ],
)
def test_a_file_that_holds_no_claimreview_shape_is_refused(tmp_path, text, message):
    path = tmp_path / "file.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("import_claimreview", str(path))
    assert ExternalReview.objects.count() == 0


def test_unknown_claims_are_refused_and_nothing_is_written():
    claim = make_claim()
    with pytest.raises(ValidationError) as refused:
        claimreview_import(data=eg_0324(), actor=make_reviewer(), claims=[claim.pk, 999_999, "x"])
    assert refused.value.message_dict == {"claims": ["No claim has the id x, 999999."]}
    assert ExternalReview.objects.count() == 0


def test_only_desk_members_import():
    for outsider in (make_user(), make_user(is_staff=True)):
        with pytest.raises(PermissionDenied):
            claimreview_import(data=eg_0324(), actor=outsider)
    assert ExternalReview.objects.count() == 0
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("import_claimreview", str(schemaorg("eg-0324.jsonld")), "--user", "nobody")
    make_user("consumer")
    with pytest.raises(CommandError, match="Only reviewers and editors"):
        call_command("import_claimreview", str(schemaorg("eg-0324.jsonld")), "--user", "consumer")


@pytest.mark.parametrize(
    ("numbers", "text"),
    [
        ((1, 6, None), "1 of 6"),
        ((2, 5, 1), "2 on a scale of 1–5"),
        ((3.5, None, 0), "3.5 (lowest 0)"),
        ((10, None, None), "10"),
        ((None, 5, 1), ""),
    ],
)
def test_a_ratings_numbers_read_as_given(numbers, text):
    assert rating_numbers(*(None if n is None else Decimal(str(n)) for n in numbers)) == text


def test_claims_are_suggested_by_words_and_by_the_claims_author_never_linked():
    perry = make_source("Rick Perry", aliases=["Rich Perry"])
    document = make_document(
        "Perry said more than 3,000 homicides were committed by illegal aliens in six years. "
        "He also spoke about the border fence."
    )
    by_words_and_speaker = make_claim(
        document,
        "more than 3,000 homicides were committed by illegal aliens in six years",
        speaker=perry,
    )
    by_speaker = make_claim(document, "He also spoke about the border fence", speaker=perry)
    by_words = make_claim(
        make_document("Officials disputed the homicides committed in the border counties."),
        summary="Officials disputed the homicides committed in the border counties.",
    )
    make_claim(make_document("Baku said the shelling began at dawn."))  # unrelated
    dismissed = make_claim(
        make_document("Homicides were committed, a dismissed suggestion says."),
        status=Status.SUGGESTED,
    )
    claim_transition(claim=dismissed, name="dismiss", actor=make_editor(), comment="Not one.")
    [review] = read_claimreview(eg_0324()).reviews

    suggestions = claims_suggested_for(review)

    assert [s.claim for s in suggestions] == [by_words_and_speaker, by_speaker, by_words]
    first = suggestions[0]
    assert "said by Rick Perry (“Rich Perry” to them)" in first.reasons
    assert any(reason.startswith("words in common: ") for reason in first.reasons)
    assert ExternalReview.objects.count() == 0
