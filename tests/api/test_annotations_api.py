"""The annotations API the annotation page uses: create, list, review, delete."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from annotations.models import Annotation
from annotations.services import annotation_review, lexicon_suggest
from tests.api.publishing import publish_claim_on
from tests.api.test_workflow_api import client_for
from tests.factories import (
    framing_label,
    make_annotation,
    make_document,
    make_editor,
    make_reviewer,
    make_user,
)

pytestmark = pytest.mark.django_db

TEXT = "🇦🇲 Yerevan said the villages were occupied; Baku called it a provocation."


@pytest.fixture
def document():
    """A document with the lexicon's two suggestions: "occupied" and "provocation"."""
    document = make_document(TEXT, language="en")
    assert lexicon_suggest(document=document) == 2
    return document


def create(client, target, phrase, **body):
    start = target.text.index(phrase)
    body = {"document": target.pk, "start": start, "end": start + len(phrase), **body}
    body.setdefault("label", "occupation-framing")
    return client.post(reverse("annotation-list"), body, format="json")


def test_a_reviewer_creates_a_span_in_code_points(document):
    reviewer = make_reviewer()
    response = create(client_for(reviewer), document, "occupied", quote="occupied", note=" why ")

    assert response.status_code == 201, response.content
    body = response.json()
    start = TEXT.index("occupied")  # 18 code points in; the flag is 4 UTF-16 units, 2 here
    assert (body["start"], body["end"], body["quote"]) == (start, start + 8, "occupied")
    assert (body["label"], body["state"], body["origin"]) == (
        "occupation-framing",
        "accepted",
        "manual",
    )
    assert (body["annotator"], body["note"]) == (reviewer.username, "why")
    assert Annotation.objects.get(pk=body["id"]).annotator == reviewer


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"quote": "occupie"}, "quote"),
        ({"end": 10_000}, "end"),
        ({"start": -1}, "start"),
        ({"label": "no-such-label"}, "label"),
        ({"document": 999_999}, "document"),
        ({"note": "x" * 5001}, "note"),
    ],
    ids=["quote-mismatch", "past-the-end", "negative", "unknown-label", "no-document", "long-note"],
)
def test_bad_spans_answer_400_and_write_nothing(document, body, field):
    before = Annotation.objects.count()
    response = create(client_for(make_reviewer()), document, "occupied", **body)

    assert response.status_code == 400, response.content
    assert field in response.json()
    assert Annotation.objects.count() == before


def test_a_retired_label_is_refused(document):
    label = framing_label("occupation-framing")
    label.is_active = False
    label.save(update_fields=["is_active"])
    response = create(client_for(make_reviewer()), document, "occupied")
    assert response.status_code == 400
    assert "label" in response.json()


def test_the_same_span_twice_by_one_person_is_refused(document):
    reviewer = make_reviewer()
    assert create(client_for(reviewer), document, "occupied").status_code == 201
    response = create(client_for(reviewer), document, "occupied")
    assert response.status_code == 400
    assert "already given this span this label" in str(response.json())


def test_only_desk_members_write(document):
    outsider = make_user(is_staff=True)
    assert create(client_for(outsider), document, "occupied").status_code == 403
    assert create(client_for(), document, "occupied").status_code in (401, 403)
    assert not Annotation.objects.filter(origin=Annotation.Origin.MANUAL).exists()


def test_the_list_filters_and_shows_suggestions_only_to_the_desk(document):
    accepted = make_annotation(document, "occupied", label=framing_label("occupation-framing"))
    suggestion = Annotation.objects.get(document=document, label__slug="provocation-framing")
    other = make_annotation(
        make_document("Another occupied text."), "occupied", label=accepted.label
    )
    url = reverse("annotation-list")

    suggestions = list(Annotation.objects.filter(document=document, state="suggested"))
    assert suggestion in suggestions
    desk = client_for(make_reviewer()).get(url, {"document": document.pk}).json()
    assert [row["id"] for row in desk["results"]] == sorted(
        [accepted.pk, *(s.pk for s in suggestions)]
    )
    # No published verdict references either document yet: the public sees none of their spans.
    hidden = client_for().get(url, {"document": document.pk}).json()
    assert hidden["results"] == []
    assert client_for().get(url, {"label": accepted.label.slug}).json()["results"] == []
    publish_claim_on(document, "Baku called it a provocation")
    public = client_for().get(url, {"document": document.pk}).json()
    assert [row["id"] for row in public["results"]] == [accepted.pk]
    by_state = client_for(make_reviewer()).get(url, {"state": "suggested"}).json()
    assert suggestion.pk in [row["id"] for row in by_state["results"]]
    assert accepted.pk not in [row["id"] for row in by_state["results"]]
    by_label = client_for().get(url, {"label": accepted.label.slug}).json()
    assert {row["id"] for row in by_label["results"]} == {accepted.pk}  # not ``other``
    desk_by_label = client_for(make_reviewer()).get(url, {"label": accepted.label.slug}).json()
    assert {row["id"] for row in desk_by_label["results"]} >= {accepted.pk, other.pk}
    assert client_for().get(url, {"state": "maybe"}).status_code == 400
    assert client_for().get(url, {"document": "x"}).status_code == 400


def test_the_list_runs_a_fixed_number_of_queries(document, django_assert_num_queries):
    for phrase in ("Yerevan", "villages", "Baku", "provocation"):
        make_annotation(document, phrase, annotator=make_reviewer())
    client = client_for(make_editor())
    url = reverse("annotation-list")
    # user's groups, the page of spans with their labels and people
    with django_assert_num_queries(2):
        response = client.get(url, {"document": document.pk})
    assert len(response.json()["results"]) == 6
    publish_claim_on(document)
    # Anonymous: the page of spans, the public documents a subquery of it.
    with django_assert_num_queries(1):
        response = client_for().get(url, {"document": document.pk})
    assert len(response.json()["results"]) == 4


def test_accept_and_reject_one_suggestion(document):
    reviewer = make_reviewer()
    suggestion = Annotation.objects.get(document=document, label__slug="provocation-framing")
    client = client_for(reviewer)

    response = client.post(reverse("annotation-accept", args=[suggestion.pk]))
    assert response.status_code == 200, response.content
    assert (response.json()["state"], response.json()["reviewed_by"]) == (
        "accepted",
        reviewer.username,
    )
    # Asking again is harmless; asking the other way after the decision is a conflict.
    assert client.post(reverse("annotation-accept", args=[suggestion.pk])).status_code == 200
    conflict = client_for(make_reviewer()).post(reverse("annotation-reject", args=[suggestion.pk]))
    assert conflict.status_code == 409
    assert f"already accepted (by {reviewer.username})" in conflict.json()["detail"]
    suggestion.refresh_from_db()
    assert suggestion.state == Annotation.State.ACCEPTED


def test_a_manual_span_is_not_reviewed(document):
    span = make_annotation(document, "villages")
    response = client_for(make_reviewer()).post(reverse("annotation-reject", args=[span.pk]))
    assert response.status_code == 409
    span.refresh_from_db()
    assert span.state == Annotation.State.ACCEPTED


def test_review_needs_a_desk_role(document):
    suggestion = Annotation.objects.get(document=document, label__slug="provocation-framing")
    response = client_for(make_user()).post(reverse("annotation-accept", args=[suggestion.pk]))
    assert response.status_code == 403
    with pytest.raises(PermissionDenied):
        annotation_review(
            annotations=Annotation.objects.all(), state="accepted", reviewer=make_user()
        )
    suggestion.refresh_from_db()
    assert suggestion.state == Annotation.State.SUGGESTED


def test_bulk_review_takes_every_suggestion_of_the_document_or_the_ids_given(document):
    other_document = make_document("The occupied hills again; occupied twice.")
    lexicon_suggest(document=other_document)
    elsewhere = list(Annotation.objects.filter(document=other_document))
    suggestions = list(Annotation.objects.filter(document=document))
    assert len(suggestions) == 2 and len(elsewhere) == 2
    manual = make_annotation(document, "villages")
    client = client_for(make_editor())
    url = reverse("annotation-review")

    first = client.post(
        url, {"document": document.pk, "state": "rejected", "ids": [suggestions[0].pk]}
    )
    assert first.json() == {"reviewed": 1, "state": "rejected"}
    rest = client.post(url, {"document": document.pk, "state": "accepted"}, format="json")
    assert rest.json() == {"reviewed": 1, "state": "accepted"}

    states = dict(Annotation.objects.filter(document=document).values_list("pk", "state"))
    assert states == {
        suggestions[0].pk: "rejected",
        suggestions[1].pk: "accepted",
        manual.pk: "accepted",
    }
    assert {a.state for a in Annotation.objects.filter(document=other_document)} == {"suggested"}
    bad = client.post(url, {"document": document.pk, "state": "suggested"}, format="json")
    assert bad.status_code == 400 and "state" in bad.json()


def test_two_reviewers_at_once_the_first_decision_stands(document):
    """The review is one conditional UPDATE: the second finds nothing left to change."""
    suggestion = Annotation.objects.get(document=document, label__slug="provocation-framing")
    first, second = make_reviewer(), make_reviewer()
    stale = Annotation.objects.filter(pk=suggestion.pk)
    assert annotation_review(annotations=stale, state="accepted", reviewer=first) == 1
    assert annotation_review(annotations=stale, state="rejected", reviewer=second) == 0
    suggestion.refresh_from_db()
    assert (suggestion.state, suggestion.reviewed_by) == ("accepted", first)
    assert lexicon_suggest(document=document) == 0


def test_delete_only_ones_own_span(document):
    reviewer, colleague = make_reviewer(), make_reviewer()
    own = make_annotation(document, "villages", annotator=reviewer)
    theirs = make_annotation(document, "Baku", annotator=colleague)
    suggestion = Annotation.objects.get(document=document, label__slug="provocation-framing")
    client = client_for(reviewer)

    assert client.delete(reverse("annotation-detail", args=[theirs.pk])).status_code == 403
    refused = client.delete(reverse("annotation-detail", args=[suggestion.pk]))
    assert refused.status_code == 403
    assert "rejected, not deleted" in refused.json()["detail"]
    assert client.delete(reverse("annotation-detail", args=[own.pk])).status_code == 204
    remaining = set(Annotation.objects.filter(document=document))
    assert own not in remaining and {theirs, suggestion} <= remaining


def test_unpublished_spans_are_not_found_by_the_public(document):
    suggestion = Annotation.objects.get(document=document, label__slug="provocation-framing")
    url = reverse("annotation-detail", args=[suggestion.pk])
    assert client_for().get(url).status_code == 404
    assert client_for(make_reviewer()).get(url).json()["state"] == "suggested"


def test_a_label_filter_that_is_not_a_slug_is_refused():
    response = client_for().get(reverse("annotation-list"), {"label": "bad label!"})
    assert response.status_code == 400
    assert "label" in response.json()


def test_a_nul_byte_in_the_query_string_is_refused_before_any_query():
    response = client_for().get(reverse("annotation-list") + "?label=bad%00label")
    assert response.status_code == 400
    assert "NUL" in response.json()["label"][0]


def test_a_span_on_a_document_no_published_verdict_references_is_not_found(document):
    """The audit's leak: accepted spans of a hidden document, and the document's title."""
    span = make_annotation(document, "villages")
    outsiders = (client_for(), client_for(make_user()))
    for client in outsiders:
        assert client.get(reverse("annotation-detail", args=[span.pk])).status_code == 404
        assert client.get(reverse("annotation-list"), {"document": document.pk}).json() == {
            "next": None,
            "previous": None,
            "results": [],
        }
        for name in ("document-web-annotations", "document-semeval"):
            response = client.get(reverse(name, args=[document.pk]))
            assert response.status_code == 404, name
            assert document.title not in response.content.decode()
    reviewer = client_for(make_reviewer())
    assert reviewer.get(reverse("annotation-detail", args=[span.pk])).status_code == 200
    collection = reviewer.get(reverse("document-web-annotations", args=[document.pk]))
    assert collection.json()["total"] == 1


def test_a_span_on_a_public_document_is_public_without_its_people(document):
    reviewer = make_reviewer()
    span = make_annotation(document, "villages", annotator=reviewer)
    suggestion = Annotation.objects.get(document=document, label__slug="provocation-framing")
    annotation_review(
        annotations=Annotation.objects.filter(pk=suggestion.pk),
        state="accepted",
        reviewer=reviewer,
    )
    publish_claim_on(document, "Yerevan said the villages were occupied")

    for client in (client_for(), client_for(make_user())):
        listed = client.get(reverse("annotation-list"), {"document": document.pk}).json()
        rows = {row["id"]: row for row in listed["results"]}
        assert set(rows) == {span.pk, suggestion.pk}
        assert all(row["annotator"] is None and row["reviewed_by"] is None for row in rows.values())
        assert reviewer.username not in str(listed)
        detail = client.get(reverse("annotation-detail", args=[span.pk])).json()
        assert (detail["quote"], detail["annotator"]) == ("villages", None)
        collection = client.get(reverse("document-web-annotations", args=[document.pk]))
        assert collection.status_code == 200
        assert collection.json()["total"] == 2
        assert reviewer.username not in collection.content.decode()
        semeval = client.get(reverse("document-semeval", args=[document.pk]))
        assert semeval.status_code == 200
    desk = client_for(make_editor()).get(reverse("annotation-detail", args=[suggestion.pk])).json()
    assert (desk["annotator"], desk["reviewed_by"]) == (None, reviewer.username)  # the lexicon's
    own = client_for(make_editor()).get(reverse("annotation-detail", args=[span.pk])).json()
    assert own["annotator"] == reviewer.username


def test_an_annotator_s_note_is_for_the_desk_only(document):
    span = make_annotation(document, "villages", note="Check the Russian wording.")
    publish_claim_on(document)
    detail = reverse("annotation-detail", args=[span.pk])
    assert client_for(make_reviewer()).get(detail).json()["note"] == "Check the Russian wording."
    assert client_for().get(detail).json()["note"] is None
    assert client_for(make_user()).get(detail).json()["note"] is None
    listed = client_for().get(reverse("annotation-list"), {"document": document.pk}).json()
    assert "Check the Russian wording." not in str(listed)
    collection = reverse("document-web-annotations", args=[document.pk])
    assert "Check the Russian wording." not in client_for().get(collection).content.decode()
    desk = client_for(make_editor()).get(collection).content.decode()
    assert "Check the Russian wording." in desk
