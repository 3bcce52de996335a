"""Bad input that once got a server error, one case at a time: each answers 400 naming the
parameter at fault, and nothing is written. ``test_bad_input`` sends the same family of input
to every endpoint."""

import base64
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import JSONRenderer

from claims.services import claim_pair_create
from config.api import exception_handler
from tests.api.bad_input import (
    SURROGATE,
    TAMPERED_CURSOR,
    TOO_MANY_DIGITS,
    database_rows,
    deeply_nested,
    make_desk,
)
from tests.factories import make_claim, make_document

pytestmark = pytest.mark.django_db

MANY_DIGITS = pytest.param(TOO_MANY_DIGITS, id="5000-digits")


@pytest.fixture
def desk():
    return make_desk()


def claim_id(desk) -> int:
    return desk.editor.get(reverse("claim-list")).json()["results"][0]["id"]


def post_json(client, url: str, body: str):
    return client.generic("POST", url, body.encode(), "application/json")


# --- Numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["²", "١٢", MANY_DIGITS])
@pytest.mark.parametrize(
    ("name", "who"), [("annotation-list", "anonymous"), ("report-agreement", "editor")]
)
def test_digits_other_than_ascii_are_not_an_id(desk, value, name, who):
    response = getattr(desk, who).get(reverse(name), {"document": value})

    assert response.status_code == 400
    assert response.json() == {"document": "An id is a whole number from 1."}


@pytest.mark.parametrize(
    "line",
    [
        "²\tDoubt\t0\t3",
        "1\tDoubt\t²\t3",
        pytest.param(f"1\tDoubt\t0\t{TOO_MANY_DIGITS}", id="5000-digits"),
    ],
)
def test_a_semeval_line_with_digits_int_refuses_is_named_and_nothing_imported(desk, line):
    before = database_rows()

    response = desk.editor.post(reverse("semeval-import"), line, content_type="text/plain")

    assert response.status_code == 400
    assert response.json()["detail"] == [
        "spans.tsv, line 1: article id, start and end must be whole numbers "
        "(ASCII digits, 19 at most)."
    ]
    assert database_rows() == before


# --- Cursors -----------------------------------------------------------------------------------


def cursor(written: str) -> str:
    return base64.b64encode(written.encode()).decode()


@pytest.mark.parametrize(
    "name", ["claim-list", "document-list", "source-list", "annotation-list", "claim-pair-list"]
)
@pytest.mark.parametrize(
    "given",
    [
        TAMPERED_CURSOR,
        cursor("r=1&p=abc"),
        pytest.param(cursor(f"p={TOO_MANY_DIGITS}"), id="5000-digits"),
        cursor("p=%00"),
        cursor("p=0001-01-01T00:00:00%2B01:00"),  # before the year 1 in UTC
        "not base64!",
    ],
)
def test_a_cursor_that_is_not_the_list_s_own_answers_400_naming_it(desk, name, given):
    response = desk.anonymous.get(reverse(name), {"cursor": given})

    assert response.status_code == 400
    assert response.json() == {
        "cursor": ["Not a cursor of this list: follow its next and previous links."]
    }


def test_a_tampered_cursor_on_the_verdicts_answers_400_naming_it(desk):
    response = desk.anonymous.get(reverse("verdict-list"), {"cursor": TAMPERED_CURSOR})

    assert response.status_code == 400
    assert list(response.json()) == ["cursor"]


@pytest.mark.parametrize("size", ["²", "0", "-1", "ten", MANY_DIGITS])
def test_a_page_size_that_is_not_a_whole_number_from_1_answers_400_naming_it(desk, size):
    response = desk.anonymous.get(reverse("claim-list"), {"page_size": size})

    assert response.status_code == 400
    assert response.json() == {"page_size": ["A whole number from 1."]}


@pytest.mark.parametrize("name", ["claim-list", "claim-pair-list"])
def test_the_list_s_own_cursors_page_forward_and_back(desk, name):
    """By id (claims), and by a date-time with the id to break ties (pairs)."""
    first = make_claim(make_document("Yerevan denied it. Interfax relayed both."), "Yerevan")
    claim_pair_create(
        claim_a=first, claim_b=make_claim(first.document, "Interfax"), relation="corroborates"
    )
    everything = desk.editor.get(reverse(name), {"page_size": 100}).json()["results"]
    pages = [desk.editor.get(reverse(name), {"page_size": 1}).json()]
    while pages[-1]["next"]:
        pages.append(desk.editor.get(pages[-1]["next"]).json())
    back = desk.editor.get(pages[-1]["previous"]).json()

    assert len(everything) >= 2
    assert [page["results"][0]["id"] for page in pages] == [row["id"] for row in everything]
    assert back["results"] == pages[-2]["results"]


# --- Text that is not text: lone surrogates and NUL --------------------------------------------


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("claim-transition", "name"),
        ("claim-pair-list", "relation"),
        ("annotation-review", "state"),
        ("source-list", "kind"),
        ("webhook-list", "events"),
    ],
)
def test_a_lone_surrogate_in_a_json_choice_field_answers_400_naming_it(desk, name, field):
    url = reverse(name, args=[claim_id(desk)] if name == "claim-transition" else [])
    value = '["\\ud800"]' if field == "events" else '"\\ud800"'
    before = database_rows()

    response = post_json(desk.editor, url, f'{{"{field}": {value}}}')

    assert response.status_code == 400
    assert response.json() == {
        field: ["Contains a lone surrogate (U+D800), which is not a character."]
    }
    assert database_rows() == before


def test_a_nul_in_a_json_field_s_name_answers_400(desk):
    response = post_json(desk.editor, reverse("claim-pair-list"), '{"rel\\u0000ation": "x"}')

    assert response.status_code == 400
    assert response.json() == {
        "detail": "A field's name is not text. Contains a NUL character (U+0000), which text "
        "here cannot hold."
    }


def test_an_error_that_echoes_a_lone_surrogate_still_renders():
    """The parsers let none through; should one arrive anyway, its echo is escaped."""
    echoed = ValidationError({"kind": ['"\ud800" is not a valid choice.']})

    response = exception_handler(echoed, {})

    assert (
        JSONRenderer().render(response.data)
        == b'{"kind":["\\"\\\\ud800\\" is not a valid choice."]}'
    )


@pytest.mark.parametrize("content", ["json", "form", "multipart"])
def test_a_nul_in_a_slug_answers_400_naming_it(desk, content):
    document = desk.editor.get(reverse("document-list")).json()["results"][0]["id"]
    body = {"document": document, "start": 0, "end": 4, "label": "loaded\x00language"}
    before = database_rows()

    if content == "form":
        form = urlencode(body).encode()
        response = desk.editor.generic(
            "POST", reverse("annotation-list"), form, "application/x-www-form-urlencoded"
        )
    else:
        response = desk.editor.post(reverse("annotation-list"), body, format=content)

    assert response.status_code == 400
    assert response.json() == {
        "label": ["Contains a NUL character (U+0000), which text here cannot hold."]
    }
    assert database_rows() == before


def test_a_nul_in_the_rating_of_a_transition_answers_400_naming_it(desk):
    url = reverse("claim-transition", args=[claim_id(desk)])
    before = database_rows()

    response = post_json(desk.editor, url, '{"name": "publish", "rating": "fal\\u0000se"}')

    assert response.status_code == 400
    assert list(response.json()) == ["rating"]
    assert database_rows() == before


def test_a_nul_in_a_semeval_line_is_named_and_nothing_imported(desk):
    before = database_rows()

    response = desk.editor.post(
        reverse("semeval-import"), "1\tDo\x00ubt\t0\t3", content_type="text/plain"
    )

    assert response.status_code == 400
    assert response.json() == {"detail": ["spans.tsv, line 1: a NUL character is not text."]}
    assert database_rows() == before


# --- JSON nested deep --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["claim-pair-list", "annotation-list", "source-list", "claim-list"]
)
def test_json_nested_100000_deep_answers_400(desk, name):
    before = database_rows()

    response = post_json(desk.editor, reverse(name), deeply_nested())

    assert response.status_code == 400
    assert response.json() == {"detail": "The body is nested deeper than 32 levels."}
    assert database_rows() == before


def test_json_nested_too_deep_inside_a_field_names_the_field(desk):
    url = reverse("claim-transition", args=[claim_id(desk)])
    body = f'{{"name": "publish", "evidence": {deeply_nested(40)}}}'

    response = post_json(desk.editor, url, body)

    assert response.status_code == 400
    assert response.json() == {"evidence": ["Nested deeper than 32 levels."]}


# --- Query strings, headers and cookies --------------------------------------------------------


@pytest.mark.parametrize("field", ["name", "kind"])
def test_percent_escapes_that_are_not_utf8_answer_400_naming_the_parameter(desk, field):
    response = desk.anonymous.get(f"{reverse('source-list')}?{field}={SURROGATE}")

    assert response.status_code == 400
    assert response.json() == {field: ["Is not UTF-8 text once its %-escapes are decoded."]}


def test_a_nul_in_a_header_or_a_cookie_answers_400(desk):
    token = desk.anonymous.get(reverse("claim-list"), HTTP_AUTHORIZATION="Token abc\x00def")
    # A cookie may write NUL as the escape \000, which the Cookie header does not show.
    desk.anonymous.cookies["sessionid"] = "abcdefgh\x00ijkl"
    session = desk.anonymous.get(reverse("claim-list"))

    assert token.status_code == 400
    assert "Authorization header" in token.json()["detail"]
    assert session.status_code == 400
    assert "sessionid cookie" in session.json()["detail"]


def test_outside_the_api_the_same_refusal_is_plain_text(desk):
    response = desk.anonymous.get(f"{reverse('admin:login')}?next={SURROGATE}")

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == "next: Is not UTF-8 text once its %-escapes are decoded."


@pytest.mark.parametrize(
    ("what", "body", "refused"),
    [
        ("speaker", {"speaker": 1}, ["speaker"]),
        ("relay chain", {"summary": "New words.", "relay_chain": [1]}, ["relay_chain"]),
        ("quote", {"quote": "another quote", "start": 0}, ["quote", "start"]),
    ],
)
def test_a_claim_patch_that_cannot_change_a_field_says_so_and_changes_nothing(
    desk, what, body, refused
):
    """A PATCH once answered 200 for a speaker or relay chain it silently dropped."""
    before = database_rows()

    answer = desk.editor.patch(reverse("claim-detail", args=[claim_id(desk)]), body, format="json")

    assert answer.status_code == 400, answer.content
    assert sorted(answer.json()) == refused
    assert "Fields taken: incident, stated_on, summary." in answer.json()[refused[0]][0]
    assert database_rows() == before


def test_a_source_created_with_a_field_the_api_does_not_take_is_refused(desk):
    before = database_rows()

    answer = desk.editor.post(
        reverse("source-list"), {"name": "Caucasus Monitor", "credibility": 5}, format="json"
    )

    assert answer.status_code == 400, answer.content
    assert list(answer.json()) == ["credibility"]
    assert database_rows() == before
