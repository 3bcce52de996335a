"""One agency story carried by several outlets is one text: reprints link to the original."""

from datetime import UTC, datetime

import pytest

from desk.models import OutboxMessage
from sources.fingerprints import similarity
from sources.models import Document
from sources.services import document_update
from sources.versioning import document_text_changed
from tests.factories import make_document, make_source

pytestmark = pytest.mark.django_db

# Written for these tests: an agency's story of a night of shelling, and another story.
WIRE = (
    "Armenian and Azerbaijani forces exchanged fire along the northern section of the border "
    "late on Monday, according to statements from both defence ministries. The ministry in "
    "Baku said one of its soldiers was wounded by sniper fire near the village of Kokhanabi "
    "and that its units returned fire to suppress the firing points. The ministry in Yerevan "
    "said Azerbaijani units had opened fire first with mortars and large-calibre machine guns "
    "and that there were no casualties on its side. Neither account could be independently "
    "verified. Russian peacekeepers in the region did not comment on the incident."
)
OTHER_STORY = (
    "The foreign ministers of the two countries are expected to meet in Geneva next week to "
    "discuss the text of a peace treaty, a diplomatic source told reporters on Wednesday. The "
    "talks, mediated by several European governments, have stalled over the demarcation of the "
    "border and the opening of transport routes across the region. Officials on both sides "
    "said they remained committed to dialogue but gave no date for the signing."
)


def outlet(name: str):
    return make_source(name, kind="outlet")


def carried(text: str, name: str, day: int, **fields) -> Document:
    return make_document(
        text,
        publisher=outlet(name),
        published_at=datetime(2026, 11, day, 9, tzinfo=UTC),
        **fields,
    )


def test_a_wire_story_carried_by_three_outlets_is_one_text():
    original = carried(WIRE, "Agency wire", 2, title="Border clash reported")
    second = carried(
        "(Agency wire) " + WIRE,
        "Outlet A",
        3,
        title="Ministries trade blame over night of shelling",
    )
    third = carried(
        WIRE.replace("late on Monday", "on Monday night").replace(
            "did not comment", "declined to comment"
        )
        + " Reporting by the agency's Baku bureau.",
        "Outlet B",
        4,
        title="Shots fired on the border",
    )
    unrelated = carried(OTHER_STORY, "Outlet C", 4)

    for reprint in (second, third):
        reprint.refresh_from_db()
        assert reprint.reprint_of_id == original.pk
        assert 0.6 <= reprint.reprint_similarity <= 1
    original.refresh_from_db()
    unrelated.refresh_from_db()
    assert original.reprint_of_id is None and unrelated.reprint_of_id is None
    assert set(original.reprints.all()) == {second, third}


def test_reprints_skip_extraction_and_lexicon_runs():
    carried(WIRE, "Agency wire", 2)
    before = OutboxMessage.objects.count()
    carried("(Agency wire) " + WIRE, "Outlet A", 3)
    assert OutboxMessage.objects.count() == before
    carried(OTHER_STORY, "Outlet C", 3)
    assert OutboxMessage.objects.count() == before + 2


def test_the_earliest_published_is_the_original_whatever_arrived_first():
    later = carried(WIRE + " Updated at noon.", "Outlet A", 5)
    earlier = carried(WIRE, "Agency wire", 1)
    last = carried("(Agency wire) " + WIRE, "Outlet B", 6)

    later.refresh_from_db()
    earlier.refresh_from_db()
    last.refresh_from_db()
    assert earlier.reprint_of_id is None
    assert later.reprint_of_id == earlier.pk and last.reprint_of_id == earlier.pk


def test_the_same_publisher_twice_is_not_a_reprint():
    agency = outlet("Agency wire")
    make_document(WIRE, publisher=agency)
    again = make_document(WIRE + " Correction appended.", publisher=agency)
    assert again.reprint_of_id is None


def test_short_texts_are_never_linked():
    carried("Baku said the shelling began at dawn.", "Outlet A", 1)
    second = carried("Baku said the shelling began at dawn.", "Outlet B", 2)
    assert second.reprint_of_id is None


def test_a_new_version_of_a_reprint_stays_a_reprint():
    original = carried(WIRE, "Agency wire", 2)
    reprint = carried("(Agency wire) " + WIRE, "Outlet A", 3)
    version = document_text_changed(
        document=reprint, text=reprint.text + " Edited.", title="t", actor=None
    )
    assert version.reprint_of_id == original.pk


def test_similarity_is_jaccard_of_word_runs():
    assert similarity(WIRE, WIRE) == 1.0
    assert similarity(WIRE, OTHER_STORY) < 0.05
    assert similarity("", WIRE) == 0.0


def test_a_text_corrected_before_anything_points_into_it_is_compared_as_it_now_reads():
    draft = carried(OTHER_STORY, "Agency wire", 2)
    document_update(document=draft, text=WIRE)
    reprint = carried("(Agency wire) " + WIRE, "Outlet A", 3)
    assert reprint.reprint_of_id == draft.pk


def test_a_story_carrying_the_wire_and_adding_the_other_sides_answer_is_not_a_reprint():
    carried(WIRE, "Agency wire", 2)
    answer = (
        " In a statement issued on Tuesday morning the ministry in Yerevan rejected the account "
        "given by Baku, saying its positions had come under fire first and that the shooting "
        "had been intended to derail the talks on delimiting the border. The ministry said its "
        "soldiers had acted only to protect the villages on the Armenian side."
    )

    longer = carried(WIRE + answer, "Outlet B", 3)

    # Most of its word runs are the wire's (the two texts are alike by Jaccard), but a third of
    # it is its own: it keeps its own extraction.
    assert similarity(WIRE, WIRE + answer) >= 0.6
    assert longer.reprint_of is None
