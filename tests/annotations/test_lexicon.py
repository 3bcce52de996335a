"""Lexicon suggestions: where terms match, what they create, and that reruns add nothing."""

import io

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from rest_framework.test import APIClient

from annotations import lexicon
from annotations.lexicon import find_terms
from annotations.models import Annotation, FramingLabel, LexiconEntry
from annotations.services import (
    annotation_create,
    lexicon_entry_create,
    lexicon_entry_update,
    lexicon_suggest,
)
from sources.services import document_create
from sources.text import fold
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


def test_no_suggestion_where_a_person_already_gave_that_label():
    term("occupied")
    term("occupied territories")
    term("occupied", label="loaded-language")
    document = make_document("Baku spoke of occupied territories; Yerevan of occupied ones.")
    first = document.text.index("occupied")
    annotation_create(
        document=document,
        start=first,
        end=first + len("occupied territories"),
        label=framing_label("occupation-framing"),
        annotator=make_reviewer(),
    )

    lexicon_suggest(document=document)

    # The person's span covers both terms at the first place: only the other label is
    # suggested there; the second "occupied" gets both labels.
    second = document.text.index("occupied ones")
    assert sorted(
        (a.start, a.label.slug)
        for a in Annotation.objects.filter(origin="lexicon").select_related("label")
    ) == [
        (first, "loaded-language"),
        (second, "loaded-language"),
        (second, "occupation-framing"),
    ]


def test_an_inflecting_term_finds_its_forms_to_the_end_of_the_word_and_no_more():
    """A stem takes the language's endings (annotations/lexicons/ru.toml), nothing else;
    Russian "ё" is matched as "е"."""
    term("оккупирован", language="ru", inflects=True)
    term("освобожден", language="ru", label="liberation-framing", inflects=True)
    text = (
        "Оккупированных сёл нет, сказал он об оккупированные землях; освобождённые и "
        "освобожденный города. Реоккупированных и оккупирован-ная не считаются."
    )

    found = [text[start:end] for start, end, *_ in find_terms(text, "ru")]

    assert found == [
        "Оккупированных",
        "оккупированные",
        "освобождённые",
        "освобожденный",
        "оккупирован",
    ]


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
    """Outside Azerbaijani and Turkish "İ" lower-cases to two code points ("i̇"): it is left
    as it is, so "İstanbul" is not "istanbul" in English, and no offset moves."""
    term("istanbul")
    text = "İİ said İstanbul, then istanbul."

    found = [(start, text[start:end]) for start, end, *_ in find_terms(text, "en")]

    assert found == [(text.index("istanbul"), "istanbul")]


def test_in_turkish_dotted_capital_i_folds_to_i_and_keeps_offsets():
    term("istanbul", language="tr")
    text = "İİ said İstanbul, then istanbul; ISTANBUL is ıstanbul, not istanbul."

    found = [(start, text[start:end]) for start, end, *_ in find_terms(text, "tr")]

    assert found == [
        (text.index("İstanbul"), "İstanbul"),
        (text.index("istanbul;"), "istanbul"),
        (text.rindex("istanbul"), "istanbul"),
    ]


def test_fold_follows_the_language_and_keeps_every_length():
    for language in ("az", "AZ-Latn", "tr", "tr-TR"):
        assert fold("İŞĞAL IŞIQ İstanbul", language=language) == "işğal ışıq istanbul"
    for language in (None, "en", "ru", "azb"):  # azb: South Azerbaijani, Arabic script
        assert fold("IŞIQ İstanbul", language=language) == "işiq İstanbul"
    assert fold("Baku SAID İİ") == "baku said İİ"  # one argument, as before
    for text in ("İİ Işıq", "ΣΑΣ ﬁ ẞ 𐐀"):
        for language in (None, "az"):
            assert len(fold(text, language=language)) == len(text)


def test_azerbaijani_capitals_are_found_with_exact_offsets_and_quotes():
    term("işğal", language="az", label="occupation-framing")
    term("ışıq", language="az-Latn", label="liberation-framing")
    term("İşğalçı", language="az", label="othering")  # entered capitalised: folded alike
    text = "🇦🇿 İşğal altında. Işıq gəldi! İŞĞALÇI qüvvələr; işğalçı dedi; ISIQ deyil."
    document = make_document(text, language="az-Latn")

    assert lexicon_suggest(document=document) == 4

    assert spans(document) == sorted(
        [
            ("İşğal", 3, 8, "occupation-framing"),
            ("Işıq", 18, 22, "liberation-framing"),
            ("İŞĞALÇI", 30, 37, "othering"),
            ("işğalçı", 48, 55, "othering"),
        ]
    )
    assert text[3:8] == "İşğal" and text[18:22] == "Işıq"  # the flag is two code points
    for annotation in Annotation.objects.filter(document=document):
        assert text[annotation.start : annotation.end] == annotation.quote
    # The same text read as English: "İ" is not "i" there, and "I" is "i", not "ı".
    assert find_terms(text, "en") == []


def test_the_automaton_follows_the_lexicon():
    document = make_document("They spoke of liberated towns.")
    assert lexicon_suggest(document=document) == 0

    entry = term("liberated", label="liberation-framing")
    assert lexicon_suggest(document=document) == 1

    entry.is_active = False
    entry.save()
    other = make_document("Liberated, they said again.")
    assert lexicon_suggest(document=other) == 0


def found_terms(text, language="en"):
    return [
        (text[start:end], entry_id, label_id)
        for start, end, entry_id, label_id in find_terms(text, language)
    ]


def test_an_unchanged_lexicon_reuses_its_automaton_in_one_query(django_assert_num_queries):
    term("occupied")
    find_terms("warm it up", "en")
    automata = lexicon._automata("en")

    with django_assert_num_queries(1):  # the fingerprint; no rebuild
        assert [found[0] for found in found_terms("The occupied hills.")] == ["occupied"]
    assert lexicon._automata("en") is automata


def test_the_automaton_is_rebuilt_after_edits_made_with_update():
    """QuerySet.update() leaves updated_at alone, and these edits keep the entry count."""
    gone = term("occupied")
    back = term("liberated", label="liberation-framing", is_active=False)
    renamed = term("provocation", label="provocation-framing")
    text = "The occupied town was liberated after a provocation, they said: a provocative act."
    assert [found[0] for found in found_terms(text)] == ["occupied", "provocation"]
    automata = lexicon._automata("en")

    LexiconEntry.objects.filter(pk=gone.pk).update(is_active=False)
    LexiconEntry.objects.filter(pk=back.pk).update(is_active=True)
    assert lexicon._automata("en") is not automata
    assert found_terms(text) == [
        ("liberated", back.pk, back.label_id),
        ("provocation", renamed.pk, renamed.label_id),
    ]

    other_label = framing_label("blame-attribution")
    LexiconEntry.objects.filter(pk=renamed.pk).update(term="provocative", label=other_label)
    assert found_terms(text) == [
        ("liberated", back.pk, back.label_id),
        ("provocative", renamed.pk, other_label.pk),
    ]


def test_the_automaton_is_rebuilt_after_a_label_is_switched_off():
    waiting = term("occupied", is_active=False)
    liberation = term("liberated", label="liberation-framing")
    newest = term("provocation", label="provocation-framing")
    text = "The occupied town was liberated: a provocation."
    assert [found[0] for found in found_terms(text)] == ["liberated", "provocation"]

    # Together these keep the lexicon's size and its newest update.
    FramingLabel.objects.filter(pk=liberation.label_id).update(is_active=False)
    LexiconEntry.objects.filter(pk=waiting.pk).update(is_active=True)

    assert found_terms(text) == [
        ("occupied", waiting.pk, waiting.label_id),
        ("provocation", newest.pk, newest.label_id),
    ]


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

    # Claim extraction and lexicon suggestions, each queued through the outbox.
    assert len(callbacks) == 2
    assert spans(document) == [("provocation", 2, 13, "provocation-framing")]


def test_the_admin_action_and_the_api_ask_for_suggestions(
    client, django_capture_on_commit_callbacks
):
    term("occupied")
    first = make_document("The occupied districts.")
    second = make_document("Occupied, they said.")
    client.force_login(make_reviewer())

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:sources_document_changelist"),
            {"action": "suggest_framing", ACTION_CHECKBOX_NAME: [first.pk]},
        )
    api = APIClient()
    api.force_authenticate(make_editor())
    with django_capture_on_commit_callbacks(execute=True):
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
    with pytest.raises(CommandError, match="just one of them"):
        call_command("suggest_framing")


def test_an_entry_tagged_in_capitals_is_stored_in_the_desks_case():
    editor = make_editor()
    entry = lexicon_entry_create(
        actor=editor,
        term="оккупированных",
        label=framing_label("occupation-framing"),
        language="RU",
    )
    assert entry.language == "ru"
    lexicon_entry_update(lexicon_entry=entry, actor=editor, language="AZ-LATN")
    entry.refresh_from_db()
    assert entry.language == "az-Latn"


def test_every_word_of_an_inflecting_phrase_takes_endings_and_its_separators_stay():
    term(
        "незаконн вооруженн формировани", language="ru", label="criminalising-label", inflects=True
    )
    text = (
        "Против незаконных вооруженных формирований и незаконные вооруженные формирования; "
        "но не незаконных, вооруженных формирований и не незаконных вооруженных формированиями-то."
    )

    found = [text[start:end] for start, end, *_ in find_terms(text, "ru")]

    assert found == [
        "незаконных вооруженных формирований",
        "незаконные вооруженные формирования",
        "незаконных вооруженных формированиями",
    ]
    # A space in the term is any run of white space in the text.
    broken = "Против незаконных\nвооруженных  формирований."
    assert [broken[s:e] for s, e, *_ in find_terms(broken, "ru")] == [
        "незаконных\nвооруженных  формирований"
    ]


def test_armenian_terms_match_either_spelling_of_yev():
    term("Արևմտյան Ադրբեջան", language="hy", label="sovereignty-assertion")
    text = "Խոսեց Արեւմտյան Ադրբեջանի մասին. Արևմտյան Ադրբեջան, ասաց նա։"

    found = [(text[start:end], start) for start, end, *_ in find_terms(text, "hy")]

    assert found == [("Արևմտյան Ադրբեջան", text.index("Արևմտյան"))]
    term("Արեւմտյան Ադրբեջան", language="hy", label="sovereignty-assertion", inflects=True)
    found = [text[start:end] for start, end, *_ in find_terms(text, "hy")]
    assert found == ["Արեւմտյան Ադրբեջանի", "Արևմտյան Ադրբեջան", "Արևմտյան Ադրբեջան"]


def test_characters_outside_a_languages_own_are_still_letters_or_boundaries():
    """Cyrillic, Azerbaijani and Armenian text is scanned through a table of the language's
    own characters; an emoji is a boundary there, and another script's letter is a letter, so
    it neither splits a word nor joins two."""
    terms = [
        lexicon.Term(1, "L", "оккупирован", inflects=True),
        lexicon.Term(2, "L", "провокация"),
    ]
    automata = lexicon.build("ru", terms)
    text = (
        "🔥ОККУПИРОВАННЫХ, «Провокация»; Ադրբեջան оккупированный中文провокация "
        "ξоккупирован провокацияξ Ещё\u00a0оккупированные"
    )

    found = [
        (text[start:end], entry) for start, end, entry, _ in lexicon.scan(automata, text, "ru")
    ]

    assert found == [("ОККУПИРОВАННЫХ", 1), ("Провокация", 2), ("оккупированные", 1)]
    az = lexicon.build("az", [lexicon.Term(3, "L", "işğal", inflects=True)])
    text = "İŞĞALÇILARIN 🔥işğal edilmiş Işğal"
    assert [text[s:e] for s, e, *_ in lexicon.scan(az, text, "az")] == ["İŞĞALÇILARIN", "işğal"]
    # A private-use character (U+F8FF, which pasted text may hold) is a boundary; a character
    # that lower-cases to a term's letter (the Kelvin sign, to "k") is that letter.
    en = lexicon.build("en", [lexicon.Term(4, "L", "occupied"), lexicon.Term(5, "L", "kill")])
    text = "the \uf8ffoccupied zone, \u212aILL them"
    assert [text[s:e] for s, e, *_ in lexicon.scan(en, text, "en")] == ["occupied", "\u212aILL"]
