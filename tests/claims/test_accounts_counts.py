"""Casualty counts read from a claim's words."""

import pytest

from claims.accounts.reading import read_account

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "Потерь с армянской стороны нет",
        "Погибших и раненых среди военнослужащих армянской стороны нет",
    ],
)
def test_no_losses_with_words_between_is_no_losses(text):
    found = read_account(text, "ru", speaker_side="AM")

    assert found.casualties == [("AM", "killed", 0, False)]


def test_a_loss_word_and_a_none_in_another_clause_are_no_report_of_none():
    found = read_account("Армянская сторона понесла потери. Ответа нет", "ru", speaker_side="AM")

    assert found.casualties == []
