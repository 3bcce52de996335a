"""Placing a span of one version of a text on the next (sources.anchoring), without a database."""

from sources.anchoring import ORPHAN, place_span


def span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def test_a_repeated_quote_is_placed_where_it_stood_not_on_its_first_occurrence():
    old = "Baku said: fire. Then Yerevan said: fire. Then Moscow said: calm."
    new = "Update. " + old
    start, end = span(old, "fire", old.index("Yerevan"))
    placement = place_span(old, new, start, end)
    assert placement.state == "exact"
    assert new[placement.start : placement.end] == "fire"
    assert placement.start == new.index("fire", new.index("Yerevan"))


def test_cyrillic_and_characters_outside_the_basic_plane_keep_code_point_offsets():
    old = "🔴 Минобороны сообщило, что трое военнослужащих получили ранения у села. 🔴 Конец."
    new = old.replace("трое", "пятеро").replace("🔴 Конец.", "🔴🔴 Конец сообщения.")
    start, end = span(old, "трое военнослужащих получили ранения у села")
    placement = place_span(old, new, start, end)
    assert placement.state == "changed"
    assert new[placement.start : placement.end] == "пятеро военнослужащих получили ранения у села"


def test_armenian_quote_moved_by_an_inserted_paragraph():
    old = "Պաշտպանության նախարարությունը հայտնել է, որ կրակը դադարեցվել է։"
    new = "Նոր պարբերություն։\n\n" + old.replace("հայտնել է", "հաղորդել է")
    start, end = span(old, "կրակը դադարեցվել է")
    placement = place_span(old, new, start, end)
    assert placement.state == "moved"
    assert new[placement.start : placement.end] == "կրակը դադարեցվել է"


def test_a_vanished_sentence_is_an_orphan_even_beside_a_similar_one():
    old = (
        "The ministry said two soldiers were wounded near the lake. "
        "It said the other side used drones against villages in the north. "
        "Officials promised an inquiry."
    )
    new = old.replace("It said the other side used drones against villages in the north. ", "")
    start, end = span(old, "the other side used drones against villages in the north")
    assert place_span(old, new, start, end).state == "orphan"


def test_a_quote_at_the_very_start_with_a_changed_word():
    old = "Shelling began at dawn, the ministry said, and lasted an hour."
    new = "Shelling began at noon, the ministry said, and lasted an hour."
    start, end = span(old, "Shelling began at dawn")
    placement = place_span(old, new, start, end)
    assert (placement.state, new[placement.start : placement.end]) == (
        "changed",
        "Shelling began at noon",
    )


def test_a_short_term_is_not_matched_to_another_word_elsewhere():
    old = "They called them the enemy. Power stations were hit."
    new = "Officials spoke of an energy crisis. Power stations were hit."
    start, end = span(old, "enemy")
    assert place_span(old, new, start, end).state == "orphan"


BOTH_SIDES = (
    "Baku said two Azerbaijani servicemen were wounded in the shelling near the border. "
    "Yerevan said two Armenian servicemen were wounded in the shelling near the border. "
    "Baku called it a provocation, and Yerevan called it a provocation too."
)


def test_a_deleted_sentence_is_not_placed_on_the_other_sides_like_sentence():
    start = BOTH_SIDES.index("two Azerbaijani")
    end = BOTH_SIDES.index(" near the border")
    edited = BOTH_SIDES.replace(BOTH_SIDES[: BOTH_SIDES.index("Yerevan said")], "")

    assert place_span(BOTH_SIDES, edited, start, end).state == ORPHAN


def test_a_repeated_word_whose_own_sentence_went_is_not_moved_onto_the_other_one():
    start = BOTH_SIDES.index("provocation")  # Baku's
    edited = BOTH_SIDES.replace("Baku called it a provocation, and ", "")

    placed = place_span(BOTH_SIDES, edited, start, start + len("provocation"))

    assert placed.state == ORPHAN
    # Yerevan's, still in its own context, is found where it stands.
    other = BOTH_SIDES.rindex("provocation")
    kept = place_span(BOTH_SIDES, edited, other, other + len("provocation"))
    assert kept.state == "moved" and (kept.start, kept.end) == (
        edited.rindex("provocation"),
        edited.rindex("provocation") + len("provocation"),
    )
