"""Bad input that once got a server error, one case at a time: each answers 400 naming the
parameter at fault, and nothing is written."""

import pytest
from django.urls import reverse

from tests.api.bad_input import (
    TOO_MANY_DIGITS,
    database_rows,
    make_desk,
)

pytestmark = pytest.mark.django_db

MANY_DIGITS = pytest.param(TOO_MANY_DIGITS, id="5000-digits")


@pytest.fixture
def desk():
    return make_desk()


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
        "Line 1: article_id, start and end must be whole numbers (ASCII digits, 19 at most)."
    ]
    assert database_rows() == before
