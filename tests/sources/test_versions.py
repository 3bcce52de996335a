"""A document's text changes: a new version, its spans placed on it, the old one kept."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from annotations.models import Annotation
from claims.models import Claim
from claims.status import Status
from sources.models import Document, SpanPlacement
from sources.versioning import document_text_changed
from tests.claims.workflow_helpers import claim_at
from tests.factories import (
    make_annotation,
    make_claim,
    make_document,
    make_editor,
    make_reviewer,
    make_user,
)

pytestmark = pytest.mark.django_db

# Written for these tests: a wire report of a border incident, in four sentences.
STORY = (
    "The defence ministry in Baku said on Tuesday that its positions near the border came under "
    "fire overnight. It said three soldiers were wounded and blamed the other side for a "
    "provocation. Yerevan denied that its units had opened fire first. A local official said "
    "the shelling damaged two houses in the village."
)
WOUNDED = "It said three soldiers were wounded and blamed the other side for a provocation."
DENIAL = "Yerevan denied that its units had opened fire first."
HOUSES = "the shelling damaged two houses in the village."
FIRE = "came under fire overnight"


def story(**fields):
    document = make_document(STORY, **fields)
    claims = {phrase: make_claim(document, phrase) for phrase in (WOUNDED, DENIAL, HOUSES)}
    return document, claims


def placed(claim: Claim) -> tuple[str, str, int]:
    claim.refresh_from_db()
    return claim.anchor_state, claim.quote, claim.document_id


def test_insertions_move_every_span_exactly_and_keep_the_old_version():
    document, claims = story()
    framing = make_annotation(document, FIRE)
    editor = make_editor()
    new_text = "UPDATED. " + STORY.replace("on Tuesday ", "on Tuesday evening ").replace(
        "Yerevan denied", "In a statement, Yerevan denied"
    )

    version = document_text_changed(document=document, text=new_text, title="New", actor=editor)

    assert version.pk != document.pk and version.version == 2
    assert version.previous_version_id == document.pk and version.title == "New"
    document.refresh_from_db()
    assert document.superseded_at is not None and document.text == STORY
    for phrase, claim in claims.items():
        _state, quote, on = placed(claim)
        assert (quote, on) == (phrase, version.pk)
        assert version.text[claim.start : claim.end] == phrase
    # Words were added before the denial, in its prefix and the wounded sentence's suffix:
    # those two are found by their quote alone.
    assert claims[DENIAL].anchor_state == claims[WOUNDED].anchor_state == "moved"
    assert claims[HOUSES].anchor_state == "exact"
    framing.refresh_from_db()
    assert (framing.document_id, framing.quote, framing.anchor_state) == (
        version.pk,
        FIRE,
        "exact",
    )
    assert version.text[framing.start - len(framing.prefix) : framing.start] == framing.prefix
    assert SpanPlacement.objects.filter(version=version).count() == 4


def test_a_changed_figure_and_a_removed_sentence():
    document, claims = story()
    new_text = STORY.replace("three soldiers", "five soldiers").replace(DENIAL + " ", "")

    version = document_text_changed(
        document=document, text=new_text, title=document.title, actor=None
    )

    state, quote, on = placed(claims[WOUNDED])
    assert (state, on) == ("changed", version.pk)
    assert quote == WOUNDED.replace("three", "five")
    # The removed sentence's claim stays where it was made, an orphan.
    assert placed(claims[DENIAL]) == ("orphan", DENIAL, document.pk)
    # Its prefix held the removed sentence's end.
    assert placed(claims[HOUSES])[0] == "moved"
    orphan = SpanPlacement.objects.get(span_model="claims.claim", span_id=claims[DENIAL].pk)
    assert (orphan.state, orphan.new_start, orphan.old_quote) == ("orphan", None, DENIAL)
    changed = SpanPlacement.objects.get(span_model="claims.claim", span_id=claims[WOUNDED].pk)
    assert (changed.old_quote, changed.new_quote) == (WOUNDED, quote)


def test_deletions_around_a_span_and_a_rewritten_sentence():
    document, claims = story()
    rewritten = "It said four soldiers had been wounded and blamed Yerevan for a provocation."
    new_text = STORY.replace(" on Tuesday", "").replace(WOUNDED, rewritten)

    version = document_text_changed(document=document, text=new_text, title="t", actor=None)

    assert placed(claims[WOUNDED]) == ("changed", rewritten, version.pk)
    # Its prefix was the rewritten sentence's end.
    assert placed(claims[DENIAL])[0] == "moved"
    assert placed(claims[HOUSES]) == ("exact", HOUSES, version.pk)


def test_an_orphan_is_placed_again_when_a_later_version_restores_its_sentence():
    document, claims = story()
    second = document_text_changed(
        document=document, text=STORY.replace(DENIAL + " ", ""), title="t", actor=None
    )
    assert placed(claims[DENIAL])[0] == "orphan"

    third = document_text_changed(document=second, text=STORY + " More.", title="t", actor=None)

    assert placed(claims[DENIAL]) == ("exact", DENIAL, third.pk)
    assert third.version == 3


def test_the_same_text_again_creates_nothing():
    document, _claims = story()
    version = document_text_changed(
        document=document, text=STORY + " Added.", title="t", actor=None
    )
    count = Document.objects.count()

    again = document_text_changed(document=document, text=STORY + " Added.", title="x", actor=None)
    same = document_text_changed(document=version, text=STORY + " Added.", title="", actor=None)

    assert again == version and same.pk == version.pk
    assert Document.objects.count() == count
    assert SpanPlacement.objects.filter(version=version).count() == 3


def test_an_edit_back_to_an_earlier_text_is_a_new_version():
    document, _ = story()
    second = document_text_changed(document=document, text=STORY + " Added.", title="t", actor=None)
    third = document_text_changed(document=second, text=STORY, title="t", actor=None)
    assert third.version == 3 and third.sha256 == document.sha256


def test_a_refused_text_writes_nothing():
    document, _claims = story()
    before = Document.objects.count()
    with pytest.raises(ValidationError):
        document_text_changed(document=document, text="  \n ", title="t", actor=None)
    document.refresh_from_db()
    assert document.superseded_at is None and Document.objects.count() == before
    assert not SpanPlacement.objects.exists()
    assert Claim.objects.filter(document=document).count() == 3


def test_only_desk_members_record_a_version():
    document, _ = story()
    with pytest.raises(PermissionDenied):
        document_text_changed(document=document, text=STORY + "!", title="t", actor=make_user())
    assert (
        document_text_changed(
            document=document, text=STORY + "!", title="t", actor=make_reviewer()
        ).version
        == 2
    )


def test_no_new_span_on_a_superseded_version():
    document, _ = story()
    document_text_changed(document=document, text=STORY + " More.", title="t", actor=None)
    document.refresh_from_db()
    with pytest.raises(ValidationError, match="newer version"):
        make_claim(document, "positions near the border")
    assert not Annotation.objects.filter(document=document).exists()


def test_a_published_verdict_keeps_showing_the_version_it_reviewed(client):
    editor, reviewer, publisher = make_editor(), make_reviewer(), make_editor()
    claim = claim_at(Status.PUBLISHED, editor=editor, reviewer=reviewer, publisher=publisher)
    document = claim.document
    reviewed = claim.quote
    verdict = claim.verdicts.get(published_at__isnull=False)

    version = document_text_changed(
        document=document,
        text=reviewed.replace("dawn", "noon") + " Updated.",
        title="t",
        actor=None,
    )

    claim.refresh_from_db()
    assert claim.document_id == version.pk and "noon" in claim.quote
    assert verdict.snapshot["span"]["document"] == document.pk
    page = client.get(f"/verdicts/{verdict.pk}/statement/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "dawn" in body and "noon" not in body
    assert "dawn" in client.get(f"/verdicts/{verdict.pk}/").content.decode()


def test_a_deleted_newest_version_leaves_the_one_before_to_edit_again():
    document = make_document(STORY)
    second = document_text_changed(document=document, text=STORY + " A.", title="t", actor=None)
    second.delete()
    third = document_text_changed(document=document, text=STORY + " B.", title="t", actor=None)
    assert third.previous_version_id == document.pk and third.version == 2


def test_a_headline_past_the_column_is_cut_not_refused():
    document = make_document(STORY)
    version = document_text_changed(
        document=document, text=STORY + "!", title="H" * 900, actor=None
    )
    assert version.title == "H" * 500
