import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from annotations.models import Annotation, FramingLabel
from annotations.services import annotation_create, annotation_update
from tests.factories import (
    framing_label,
    make_annotation,
    make_document,
    make_editor,
    make_reviewer,
    make_user,
)

pytestmark = pytest.mark.django_db


def test_manual_annotation_is_accepted_with_its_context():
    document = make_document("Baku took back the occupied district of Kalbajar last year.")
    annotation = make_annotation(document, "occupied")
    assert annotation.state == Annotation.State.ACCEPTED
    assert annotation.quote == "occupied"
    assert annotation.prefix.endswith("Baku took back the ")
    assert annotation.suffix.startswith(" district of Kalbajar")


def test_context_is_cut_at_the_text_edges():
    document = make_document("occupied")
    annotation = make_annotation(document, "occupied")
    assert (annotation.prefix, annotation.suffix) == ("", "")


def test_lexicon_annotations_start_as_suggestions():
    annotation = make_annotation(
        make_document("the enemy"), "enemy", annotator=None, origin=Annotation.Origin.LEXICON
    )
    assert annotation.state == Annotation.State.SUGGESTED


def test_overlapping_spans_are_allowed():
    document = make_document("Armenian-occupied Nagorno-Karabakh")
    outer = make_annotation(document, "Armenian-occupied Nagorno-Karabakh")
    inner = make_annotation(document, "occupied", label=framing_label("occupation-framing"))
    assert outer.start < inner.start < inner.end < outer.end


def test_offsets_after_an_emoji_and_in_armenian():
    document = make_document("🇦🇲 Հակառակորդը սադրանք է իրականացրել։")
    annotation = make_annotation(document, "սադրանք")
    assert document.text[annotation.start : annotation.end] == "սադրանք"
    assert annotation.start == document.text.index("սադրանք")


def test_span_outside_the_text_is_refused():
    document = make_document("short")
    with pytest.raises(ValidationError) as excinfo:
        annotation_create(
            document=document, start=2, end=50, label=framing_label(), annotator=make_user()
        )
    assert "past the end" in excinfo.value.message_dict["end"][0]
    assert not Annotation.objects.exists()


def test_quote_mismatch_is_refused():
    document = make_document("provocation")
    with pytest.raises(ValidationError) as excinfo:
        annotation_create(
            document=document,
            start=0,
            end=5,
            quote="liber",
            label=framing_label(),
            annotator=make_user(),
        )
    assert "quote" in excinfo.value.message_dict


def test_a_manual_annotation_needs_an_annotator():
    with pytest.raises(ValidationError):
        make_annotation(annotator=None)


def test_the_same_span_and_label_twice_by_one_person_is_refused():
    document, person = make_document("the enemy"), make_user()
    make_annotation(document, "enemy", annotator=person)
    with pytest.raises(ValidationError, match="already given this span this label"):
        make_annotation(document, "enemy", annotator=person)
    # A second annotator may mark the same span: that is what agreement is computed from.
    make_annotation(document, "enemy", annotator=make_user())
    assert Annotation.objects.count() == 2


def test_lexicon_suggestions_are_unique_per_span_and_label_in_the_database():
    annotation = make_annotation(
        make_document("the enemy"), "enemy", annotator=None, origin=Annotation.Origin.LEXICON
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Annotation.objects.create(
            document=annotation.document,
            start=annotation.start,
            end=annotation.end,
            quote=annotation.quote,
            label=annotation.label,
            origin=Annotation.Origin.LEXICON,
            state=Annotation.State.SUGGESTED,
        )


def test_a_retired_label_cannot_be_used():
    label = framing_label("retired-label")
    FramingLabel.objects.filter(pk=label.pk).update(is_active=False)
    label.refresh_from_db()
    with pytest.raises(ValidationError, match="retired"):
        make_annotation(label=label)


def test_a_note_is_changed_by_its_annotator_or_an_editor_only():
    annotator = make_reviewer()
    annotation = make_annotation(make_document("the enemy"), "enemy", annotator=annotator)
    suggestion = make_annotation(
        make_document("the enemy"), "enemy", annotator=None, origin=Annotation.Origin.LEXICON
    )
    for span in (annotation, suggestion):
        with pytest.raises(PermissionDenied):
            annotation_update(annotation=span, note="Rewritten.", user=make_reviewer())
    annotation_update(annotation=annotation, note=" Mine. ", user=annotator)
    annotation_update(annotation=suggestion, note="Checked.", user=make_editor())
    assert Annotation.objects.get(pk=annotation.pk).note == "Mine."
    assert Annotation.objects.get(pk=suggestion.pk).note == "Checked."
