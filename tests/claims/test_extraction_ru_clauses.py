"""Russian copy: where a statement ends in a sentence that goes on, with a second statement
after a participle of saying that an adverb may precede ("…, при этом отметив, что …") or with
a call ("…, и призвал …"). Written for these tests."""

import pytest

from tests.claims.test_extraction_ru_bodies import desk, extract  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("also", ["", "при этом ", "также ", "в то же время "])
def test_a_participle_of_saying_opens_a_second_statement(desk, also):  # noqa: F811
    _, found = extract(
        "Министерство обороны Армении заявило, что миротворцы не выполняют свои функции, "
        f"{also}отметив, что это происходит из-за действий Азербайджана.",
        desk,
    )
    assert found == [
        ("миротворцы не выполняют свои функции", "am-mod", []),
        ("это происходит из-за действий Азербайджана", "am-mod", []),
    ]


def test_a_call_after_the_statement_is_no_part_of_it(desk):  # noqa: F811
    _, found = extract(
        "Министерство обороны Армении заявило, что коридор находится в зоне ответственности "
        "миротворцев, и призвало Москву обсудить ситуацию.",
        desk,
    )
    assert found == [("коридор находится в зоне ответственности миротворцев", "am-mod", [])]
