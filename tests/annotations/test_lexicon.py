"""Lexicon suggestions: where terms match, what they create, and that reruns add nothing."""

import io

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from rest_framework.test import APIClient

from annotations.lexicon import find_terms
from annotations.models import Annotation, LexiconEntry
from annotations.services import lexicon_suggest
from sources.services import document_create
from tests.factories import (
    framing_label,
    make_document,
    make_editor,
    make_reviewer,
    make_source,
    make_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def own_lexicon():
    """Only the entries a test adds: the reference lexicon would match these texts too."""
    LexiconEntry.objects.all().delete()


def term(text, *, label="occupation-framing", **fields):
    return LexiconEntry.objects.create(term=text, label=framing_label(label), **fields)


def spans(document):
    return sorted(
        (a.quote, a.start, a.end, a.label.slug)
        for a in Annotation.objects.filter(document=document).select_related("label")
    )


def test_whole_words_only_and_case_folded_by_default():
    term("occupied")
    text = "Preoccupied officials called the occupied villages Occupied, twice: occupied_zone."

    found = [(text[start:end], start) for start, end, *_ in find_terms(text, "en")]

    assert found == [("occupied", text.index("occupied v")), ("Occupied", text.index("Occupied,"))]


def test_a_term_with_punctuation_matches_only_with_that_punctuation():
    """The scan sees every non-word character as a space; the text itself has the last word."""
    term("Armenian-occupied")
    term("adequate measures", label="military-euphemism")
    term("U.S.", label="sponsor-labelling")
    text = (
        "Armenian occupied, Armenian-occupied; adequate, measures and adequate measures, "
        "adequate\nmeasures. The U.S. said, U.S.A. did not."
    )

    found = [(text[start:end], start) for start, end, *_ in find_terms(text, "en")]

    assert found == [
        ("Armenian-occupied", text.index("Armenian-occupied")),
        ("adequate measures", text.index("adequate measures")),
        ("U.S.", text.index("U.S. said")),
    ]


def test_word_boundaries_in_armenian_and_cyrillic_punctuation():
    term("սադրանք", language="hy", label="provocation-framing")
    term("провокация", language="ru", label="provocation-framing")
    armenian = "«Սադրանք»։ Սադրանքներ չեն, այլ սադրանք։"
    russian = "Это «провокация», а не провокациями."

    in_armenian = [(armenian[start:end], start) for start, end, *_ in find_terms(armenian, "hy")]
    in_russian = [(russian[start:end], start) for start, end, *_ in find_terms(russian, "ru")]

    assert in_armenian == [("Սադրանք", 1), ("սադրանք", armenian.rindex("սադրանք"))]
    assert in_russian == [("провокация", russian.index("провокация"))]


def test_a_case_sensitive_term_and_a_part_word_term():
    term("Baku", label="blame-attribution", case_sensitive=True)
    term("occup", whole_word=False)
    text = "baku and Baku; preoccupied."

    found = [text[start:end] for start, end, *_ in find_terms(text, "en")]

    assert found == ["Baku", "occup"]


def test_overlapping_terms_each_make_a_suggestion_once():
    term("occupied")
    term("Armenian-occupied", label="territorial-claim")
    document = make_document("Baku spoke of Armenian-occupied land.")

    assert lexicon_suggest(document=document) == 2
    assert lexicon_suggest(document=document) == 0

    assert spans(document) == [
        ("Armenian-occupied", 14, 31, "territorial-claim"),
        ("occupied", 23, 31, "occupation-framing"),
    ]
    suggestion = Annotation.objects.get(quote="occupied")
    assert (suggestion.origin, suggestion.state, suggestion.prefix) == (
        "lexicon",
        "suggested",
        "Baku spoke of Armenian-",
    )


def test_a_rejected_suggestion_is_not_made_again():
    term("provocation", label="provocation-framing")
    document = make_document("They called it a provocation.")
    lexicon_suggest(document=document)
    Annotation.objects.update(state="rejected")

    assert lexicon_suggest(document=document) == 0
    assert list(Annotation.objects.values_list("state", flat=True)) == ["rejected"]


def test_offsets_are_code_points_in_armenian_and_after_an_emoji():
    term("սադրանք", language="hy", label="provocation-framing")
    term("provocation", label="provocation-framing")
    armenian = make_document("🔥 Պաշտոնյաները դա անվանեցին սադրանք։", language="hy")
    english = make_document("🇦🇲 ⚠️ A provocation, said the ministry.")

    lexicon_suggest(document=armenian)
    lexicon_suggest(document=english)

    for annotation in Annotation.objects.select_related("document"):
        assert annotation.document.text[annotation.start : annotation.end] == annotation.quote
    assert {a.quote for a in Annotation.objects.all()} == {"սադրանք", "provocation"}


def test_terms_match_their_language_only_and_regional_tags_count():
    term("провокация", language="ru", label="provocation-framing")
    text = "Министерство назвало это провокация."

    assert find_terms(text, "en") == []
    assert [text[start:end] for start, end, *_ in find_terms(text, "ru-RU")] == ["провокация"]


def test_a_lower_case_longer_than_its_letter_keeps_offsets():
    term("istanbul")
    text = "İİ said İstanbul, then istanbul."

    found = [(start, text[start:end]) for start, end, *_ in find_terms(text, "en")]

    assert found == [(text.index("istanbul"), "istanbul")]


def test_the_automaton_follows_the_lexicon():
    document = make_document("They spoke of liberated towns.")
    assert lexicon_suggest(document=document) == 0

    entry = term("liberated", label="liberation-framing")
    assert lexicon_suggest(document=document) == 1

    entry.is_active = False
    entry.save()
    other = make_document("Liberated, they said again.")
    assert lexicon_suggest(document=other) == 0


# --- When suggestions are made ------------------------------------------------------------


def test_a_new_document_gets_its_suggestions_once_it_is_committed(
    django_capture_on_commit_callbacks,
):
    term("provocation", label="provocation-framing")
    publisher = make_source("Caspian Daily")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        document = document_create(
            title="Statement", text="A provocation, said Baku.", publisher=publisher
        )
        assert not Annotation.objects.exists()  # nothing before the commit

    assert len(callbacks) == 1
    assert spans(document) == [("provocation", 2, 13, "provocation-framing")]


def test_the_admin_action_and_the_api_ask_for_suggestions(client):
    term("occupied")
    first = make_document("The occupied districts.")
    second = make_document("Occupied, they said.")
    client.force_login(make_reviewer())

    client.post(
        reverse("admin:sources_document_changelist"),
        {"action": "suggest_framing", ACTION_CHECKBOX_NAME: [first.pk]},
    )
    api = APIClient()
    api.force_authenticate(make_editor())
    answer = api.post(reverse("document-suggest-framing", args=[second.pk]))

    assert answer.status_code == 202
    assert [s[0] for s in spans(first)] == ["occupied"]
    assert [s[0] for s in spans(second)] == ["Occupied"]
    assert (
        APIClient().post(reverse("document-suggest-framing", args=[second.pk])).status_code == 401
    )
    assert api.post(reverse("document-suggest-framing", args=[999_999])).status_code == 404


def test_the_admin_action_is_for_the_desk_only(client):
    term("occupied")
    document = make_document("The occupied districts.")
    outsider = make_user(is_staff=True)
    outsider.user_permissions.add(*Permission.objects.filter(codename="view_document"))
    client.force_login(outsider)

    response = client.post(
        reverse("admin:sources_document_changelist"),
        {"action": "suggest_framing", ACTION_CHECKBOX_NAME: [document.pk]},
        follow=True,
    )

    assert "Only reviewers and editors run the lexicon." in response.content.decode()
    assert not Annotation.objects.exists()


def test_the_command_runs_over_documents_and_reruns_add_nothing():
    term("liberated", label="liberation-framing")
    documents = [make_document(f"Town {i} was liberated.") for i in range(3)]

    out = io.StringIO()
    call_command("suggest_framing", "--all", "--no-progress", stdout=out)
    again = io.StringIO()
    call_command("suggest_framing", str(documents[0].pk), "--no-progress", stdout=again)

    assert out.getvalue().strip() == "3 new suggestions."
    assert again.getvalue().strip() == "0 new suggestions."
    with pytest.raises(CommandError, match="No document with id 999999"):
        call_command("suggest_framing", "999999")
    with pytest.raises(CommandError, match="not both"):
        call_command("suggest_framing")
