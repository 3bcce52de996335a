"""A document's language, read from its text when unset or clearly wrong, and what its page and
the API say about it and about extraction in it."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from sources.languages import detect_language, document_language, language_notices
from sources.models import Document
from sources.services import document_update
from sources.text import language_tag
from tests.factories import make_document, make_editor, make_reviewer

pytestmark = pytest.mark.django_db

RUSSIAN = "Министерство обороны Армении заявило, что обстрел позиций продолжался всю ночь."
AZERBAIJANI = "Azərbaycan Müdafiə Nazirliyi bildirib ki, mövqelərimiz gecə boyu atəşə tutulub."
ARMENIAN = "Հայաստանի պաշտպանության նախարարությունը հայտնել է, որ կրակոցները շարունակվել են։"
GEORGIAN = "საქართველოს საგარეო საქმეთა სამინისტრომ განაცხადა, რომ სროლა მთელი ღამე გაგრძელდა."
ENGLISH = "The Armenian defence ministry said the shelling of its positions went on all night."


@pytest.mark.parametrize(
    ("text", "language"),
    [(RUSSIAN, "ru"), (AZERBAIJANI, "az"), (ARMENIAN, "hy"), (GEORGIAN, "ka"), (ENGLISH, "en")],
)
def test_the_four_languages_and_their_neighbours_are_told_apart(text, language):
    detection = detect_language(text)
    assert detection.language == language and detection.confidence >= 0.9


def test_an_unset_language_is_read_from_the_text():
    document = make_document(RUSSIAN)
    assert (document.language, document.language_given) == ("ru", "")


def test_a_wrong_language_is_corrected_when_the_text_is_clearly_another():
    document = make_document(AZERBAIJANI, language="en")
    assert (document.language, document.language_given) == ("az", "en")


def test_a_given_language_stays_while_the_detector_is_unsure():
    # Too few letters to tell Russian from Ukrainian: "uk" given is kept.
    assert document_language("Баку заявил", "uk") == "uk"
    # Mixed text the detector is not sure of keeps what was given.
    assert document_language("Baku, Bakı, Баку, Բաքու: Ceasefire / Перемирие", "az") == "az"
    # A regional tag of the text's language is kept as given.
    assert document_language(ENGLISH, "en-GB") == "en-GB"


def test_a_text_too_short_to_tell_gets_the_desks_default(settings):
    settings.PARALLAX_DEFAULT_LANGUAGE = "hy"
    assert document_language("ok 42", "") == "hy"
    assert document_language("1 2 3", "") == "hy"


def test_a_new_text_is_read_again_only_where_the_language_was_detected():
    detected = make_document(ENGLISH)
    document_update(document=detected, text=RUSSIAN)
    assert detected.language == "ru"

    given = make_document(ENGLISH + " It added that talks would go on.", language="en")
    document_update(document=given, text=ENGLISH + " Talks would go on, it said.")
    assert given.language == "en"

    document_update(document=given, language="fr")  # given anew: checked against the text
    given.refresh_from_db()
    assert (given.language, given.language_given) == ("en", "fr")


def test_the_document_page_says_how_its_language_was_found_and_that_it_has_no_rules(client):
    document = make_document(GEORGIAN, language="en")
    client.force_login(make_reviewer())
    page = client.get(reverse("admin:sources_document_change", args=[document.pk])).content
    page = page.decode()
    assert "The text is in ka: the language given, en, was corrected." in page
    assert "No extraction rules for ka:" in page

    english = make_document(ENGLISH)
    page = client.get(reverse("admin:sources_document_change", args=[english.pk])).content
    assert b"was detected from the text" in page and b"No extraction rules" not in page


def test_the_api_gives_the_language_as_given_and_the_extraction_notice():
    api = APIClient()
    api.force_authenticate(make_editor())
    georgian = make_document(GEORGIAN)
    body = api.get(reverse("document-detail", args=[georgian.pk])).json()
    assert body["language"] == "ka" and body["language_given"] == ""
    assert body["extraction_notice"].startswith("No extraction rules for ka:")

    created = api.post(
        reverse("document-list"),
        {"title": "Wire", "publisher": georgian.publisher_id, "text": ENGLISH, "language": "ka"},
        format="json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["language"] == "en" and created.json()["language_given"] == "ka"
    assert created.json()["extraction_notice"] == ""


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("RU", "ru"),
        ("ru", "ru"),
        ("AZ-LATN", "az-Latn"),
        ("hy-am", "hy-AM"),
        ("az-latn-az", "az-Latn-AZ"),
    ],
)
def test_a_language_tag_is_taken_in_any_case_and_stored_in_one(given, stored):
    assert language_tag(given) == stored


def test_the_api_takes_a_tag_in_capitals_and_stores_it_in_lower_case():
    api = APIClient()
    api.force_authenticate(make_editor())
    publisher = make_document(ENGLISH).publisher_id
    created = api.post(
        reverse("document-list"),
        {"title": "Wire", "publisher": publisher, "text": RUSSIAN, "language": "RU"},
        format="json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["language"] == "ru" and created.json()["language_given"] == "ru"
    # Given in capitals and right, it is no correction: the page has nothing to say about it.
    assert language_notices(Document.objects.get(pk=created.json()["id"])) == []
    refused = api.post(
        reverse("document-list"),
        {"title": "Wire", "publisher": publisher, "text": RUSSIAN, "language": "r u"},
        format="json",
    )
    assert refused.status_code == 400 and "language" in refused.json()
