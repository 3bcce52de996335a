"""Agreement between annotators, against values worked out by hand."""

import re

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from annotations.agreement import agreement
from annotations.models import Annotation
from tests.factories import (
    framing_label,
    make_annotation,
    make_document,
    make_editor,
    make_reviewer,
    make_user,
)

pytestmark = pytest.mark.django_db

TEXT = "Baku called it a provocation; Yerevan said the occupied villages were shelled at dawn."


@pytest.fixture
def desk():
    first, second, third = make_reviewer(), make_reviewer(), make_reviewer()
    provocation, occupation = framing_label("provocation-framing"), framing_label("loaded-language")
    shared = make_document(TEXT)
    # first and second agree on "provocation"; on occupation they tag different stretches.
    make_annotation(shared, "provocation", label=provocation, annotator=first)
    make_annotation(shared, "provocation", label=provocation, annotator=second)
    make_annotation(shared, "occupied", label=occupation, annotator=first)
    make_annotation(shared, "occupied villages", label=occupation, annotator=second)
    # Not counted: one annotator alone, a lexicon suggestion, a rejected span.
    alone = make_document("Only one person read this provocation.")
    make_annotation(alone, "provocation", label=provocation, annotator=third)
    make_annotation(
        shared, "shelled", label=occupation, annotator=None, origin=Annotation.Origin.LEXICON
    )
    rejected = make_annotation(shared, "at dawn", label=occupation, annotator=third)
    Annotation.objects.filter(pk=rejected.pk).update(state=Annotation.State.REJECTED)
    return shared


def test_f1_overall_and_per_label_as_worked_out_by_hand(desk):
    result = agreement()

    # provocation: both made it (2 spans, 1 shared) -> 2*1/2 = 1.0
    # loaded-language: 2 spans, none shared -> 0.0; overall 2*1/4 = 0.5
    assert (result.documents, result.pairs) == (1, 1)
    assert result.f1 == pytest.approx(0.5)
    assert result.labels == {"loaded-language": (0.0, 2), "provocation-framing": (1.0, 2)}


def test_three_annotators_make_three_pairs(desk):
    third = make_reviewer()
    make_annotation(
        desk, "provocation", label=framing_label("provocation-framing"), annotator=third
    )

    result = agreement()

    # provocation: 3 pairs, each 2 spans with 1 shared -> 2*3/6 = 1.0
    # loaded-language: pair (1,2) 2 spans, pairs with the third 1 span each, none shared
    assert result.pairs == 3
    assert result.labels["provocation-framing"] == (1.0, 6)
    assert result.labels["loaded-language"] == (0.0, 4)
    assert result.f1 == pytest.approx(2 * 3 / 10)


def test_the_api_and_the_admin_page(client, desk):
    api = APIClient()
    api.force_authenticate(make_editor())

    body = api.get(reverse("report-agreement")).json()
    narrowed = api.get(reverse("report-agreement"), {"document": 999_999}).json()

    assert body["f1"] == pytest.approx(0.5) and body["annotator_pairs"] == 1
    # The slug for programs, the name beside it for people.
    assert {
        "label": "provocation-framing",
        "name": "Provocation framing",
        "f1": 1.0,
        "spans": 2,
    } in body["labels"]
    assert narrowed == {"documents": 0, "annotator_pairs": 0, "f1": None, "labels": []}
    assert api.get(reverse("report-agreement"), {"document": "x"}).status_code == 400
    assert APIClient().get(reverse("report-agreement")).status_code == 401
    outsider = APIClient()
    outsider.force_authenticate(make_user())
    assert outsider.get(reverse("report-agreement")).status_code == 403

    client.force_login(make_reviewer())
    page = client.get(reverse("admin:annotations_annotation_agreement")).content.decode()
    listing = client.get(reverse("admin:annotations_annotation_changelist")).content.decode()
    assert "overall F1 <strong>0.50</strong>" in page
    # Labels by name, as people read them, in the order of their names.
    rows = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>(\d+)</td></tr>", page)
    assert rows == [("Loaded language", "0.00", "2"), ("Provocation framing", "1.00", "2")]
    assert "provocation-framing" not in page and "loaded-language" not in page
    assert reverse("admin:annotations_annotation_agreement") in listing
