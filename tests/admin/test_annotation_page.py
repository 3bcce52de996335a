"""The annotation page and the review tools of the annotation admin, without a browser.

What the page's script does is covered in tests/browser; here: what the server renders, who
may do what, and how many queries it takes.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations.models import Annotation
from annotations.services import annotation_update, lexicon_suggest
from tests.admin.helpers import form_values, grant
from tests.factories import (
    make_annotation,
    make_document,
    make_editor,
    make_reviewer,
    make_user,
)

pytestmark = pytest.mark.django_db


def annotate_url(document) -> str:
    return reverse("admin:annotations_annotation_annotate", args=[document.pk])


@pytest.fixture
def reviewer():
    return make_reviewer()


@pytest.fixture
def document():
    document = make_document(
        "<b>Yerevan</b> said the villages were occupied; Baku called it a provocation. 😀 End.",
        language="en",
    )
    lexicon_suggest(document=document)
    return document


def test_the_document_page_links_to_its_annotation_page(client, reviewer, document):
    client.force_login(reviewer)
    page = client.get(reverse("admin:sources_document_change", args=[document.pk]))
    assert f'href="{annotate_url(document)}">Annotate framing</a>' in page.content.decode()


def test_the_page_shows_the_text_escaped_with_every_span_and_the_tools(client, reviewer, document):
    own = make_annotation(document, "villages", annotator=reviewer)
    colleague = make_annotation(document, "Baku", annotator=make_reviewer())
    client.force_login(reviewer)
    page = client.get(annotate_url(document)).content.decode()

    assert "&lt;b&gt;Yerevan&lt;/b&gt;" in page and "<b>Yerevan</b>" not in page
    assert 'class="hl hl-annotation hl-cat-territorial_legitimacy hl-suggested"' in page
    assert 'id="annotate-form"' in page
    assert page.count('data-action="accept"') == 2  # the two suggestions
    assert f'data-action="delete" data-id="{own.pk}"' in page
    assert f'data-action="delete" data-id="{colleague.pk}"' not in page
    assert "Accept all 2 suggestions" in page
    # Every active label is offered, grouped by category.
    assert '<option value="occupation-framing"' in page
    assert '<optgroup label="Territorial legitimacy">' in page


def test_rejected_spans_are_neither_highlighted_nor_listed(client, reviewer, document):
    Annotation.objects.filter(document=document).update(state=Annotation.State.REJECTED)
    client.force_login(reviewer)
    page = client.get(annotate_url(document)).content.decode()
    assert "hl-annotation hl-cat" not in page.split('id="annotate-text"')[1].split("</div>")[0]
    assert "No framing spans yet." in page
    assert "Accept all" not in page


def test_the_text_is_rendered_exactly_as_stored(client, reviewer):
    """The script counts characters from the start of the text element: no added white space."""
    text = "\nFirst line.\n\n  Second line 😀 with spaces.  \n"
    document = make_document(text)
    client.force_login(reviewer)
    page = client.get(annotate_url(document)).content.decode()
    opening = re.search(r'<div id="annotate-text"[^>]*>', page)
    inside = page[opening.end() :].split("</div>")[0]
    assert inside == document.text


def test_a_viewer_without_a_desk_role_reads_but_gets_no_tools(client, document):
    viewer = make_user(is_staff=True)
    grant(viewer, "annotations.view_annotation")
    client.force_login(viewer)
    response = client.get(annotate_url(document))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="annotate-form"' not in page and 'data-action="accept"' not in page


def test_staff_without_view_permission_are_refused(client, document):
    client.force_login(make_user(is_staff=True))
    assert client.get(annotate_url(document)).status_code == 403


def test_an_unknown_document_is_404(client, reviewer):
    client.force_login(reviewer)
    url = reverse("admin:annotations_annotation_annotate", args=[999_999])
    assert client.get(url).status_code == 404


def test_the_page_queries_do_not_grow_with_spans(client, reviewer, document):
    client.force_login(reviewer)
    url = annotate_url(document)

    def count() -> int:
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    one = count()
    for phrase in ("Yerevan", "villages", "Baku", "End"):
        make_annotation(document, phrase, annotator=make_user())
    assert count() == one


class TestReviewInTheList:
    def run_action(self, client, action, annotations):
        return client.post(
            reverse("admin:annotations_annotation_changelist"),
            {"action": action, "_selected_action": [a.pk for a in annotations]},
            follow=True,
        )

    def test_accepting_selected_suggestions_skips_the_rest(self, client, reviewer, document):
        suggestions = list(Annotation.objects.filter(document=document))
        manual = make_annotation(document, "villages", annotator=reviewer)
        client.force_login(reviewer)
        response = self.run_action(client, "accepted_suggestions", [*suggestions, manual])

        assert "Accepted 2 suggestions. 1 already reviewed" in response.content.decode()
        for suggestion in suggestions:
            suggestion.refresh_from_db()
            assert (suggestion.state, suggestion.reviewed_by) == ("accepted", reviewer)

    def test_rejecting_needs_a_desk_role(self, client, document):
        outsider = make_user(is_staff=True)
        grant(outsider, "annotations.view_annotation", "annotations.change_annotation")
        client.force_login(outsider)
        response = self.run_action(
            client, "rejected_suggestions", Annotation.objects.filter(document=document)
        )
        assert "Only reviewers and editors review suggestions." in response.content.decode()
        assert set(Annotation.objects.values_list("state", flat=True)) == {"suggested"}

    def test_deleting_is_not_a_list_action(self, client, reviewer):
        client.force_login(reviewer)
        page = client.get(reverse("admin:annotations_annotation_changelist")).content.decode()
        assert 'value="delete_selected"' not in page


class TestChangeForm:
    def test_the_state_is_read_only_and_the_note_is_saved(self, client, document):
        suggestion = Annotation.objects.filter(document=document).first()
        client.force_login(make_editor())
        change = reverse("admin:annotations_annotation_change", args=[suggestion.pk])
        values = form_values(client.get(change), "annotation_form")
        assert "state" not in values
        response = client.post(change, {**values, "note": "  Check the Russian version.  "})
        assert response.status_code == 302
        suggestion.refresh_from_db()
        assert (suggestion.note, suggestion.state) == ("Check the Russian version.", "suggested")

    def test_the_annotator_changes_their_own_note(self, client, reviewer, document):
        own = make_annotation(document, "villages", annotator=reviewer, note="First thought.")
        client.force_login(reviewer)
        change = reverse("admin:annotations_annotation_change", args=[own.pk])
        values = form_values(client.get(change), "annotation_form")
        assert client.post(change, {**values, "note": "Second thought."}).status_code == 302
        own.refresh_from_db()
        assert own.note == "Second thought."

    def test_an_editor_changes_anyone_s_note(self, client, reviewer, document):
        theirs = make_annotation(document, "villages", annotator=reviewer, note="First thought.")
        client.force_login(make_editor())
        change = reverse("admin:annotations_annotation_change", args=[theirs.pk])
        values = form_values(client.get(change), "annotation_form")
        assert client.post(change, {**values, "note": "Checked."}).status_code == 302
        theirs.refresh_from_db()
        assert theirs.note == "Checked."

    @pytest.mark.parametrize("whose", ["another annotator's", "a suggestion's"])
    def test_a_reviewer_cannot_rewrite_a_note_that_is_not_theirs(
        self, client, reviewer, document, whose
    ):
        if whose == "a suggestion's":
            span = Annotation.objects.filter(document=document, annotator=None).first()
            annotation_update(annotation=span, note="Lexicon hit.", user=make_editor())
        else:
            span = make_annotation(
                document, "villages", annotator=make_reviewer(), note="Lexicon hit."
            )
        client.force_login(reviewer)
        change = reverse("admin:annotations_annotation_change", args=[span.pk])
        page = client.get(change)
        assert page.status_code == 200
        # Read-only: the note is shown, with no field to edit it and no save button.
        assert 'name="note"' not in page.content.decode()
        assert "Lexicon hit." in page.content.decode()
        assert 'name="_save"' not in page.content.decode()
        forged = client.post(change, {"note": "Rewritten.", "_save": "Save"})
        assert forged.status_code == 403
        span.refresh_from_db()
        assert span.note == "Lexicon hit."

    def test_only_the_annotator_may_delete_a_span(self, client, reviewer, document):
        theirs = make_annotation(document, "villages", annotator=make_reviewer())
        own = make_annotation(document, "Baku", annotator=reviewer)
        client.force_login(reviewer)
        delete = "admin:annotations_annotation_delete"
        assert client.get(reverse(delete, args=[theirs.pk])).status_code == 403
        assert client.post(reverse(delete, args=[own.pk]), {"post": "yes"}).status_code == 302
        assert not Annotation.objects.filter(pk=own.pk).exists()
        assert Annotation.objects.filter(pk=theirs.pk).exists()
