"""The desk hears which claims a new version changed or orphaned, and sees it on the claim."""

import pytest
from django.core import mail

from claims.status import Status
from sources.versioning import document_text_changed
from tests.claims.workflow_helpers import assign
from tests.factories import make_claim, make_document, make_editor, make_reviewer

pytestmark = pytest.mark.django_db

# Written for these tests.
TEXT = (
    "The ministry in Baku said that two of its soldiers were killed in the night. "
    "It accused the other side of breaking the ceasefire near the lake. "
    "The ministry in Yerevan said its positions had not fired a single shot."
)
KILLED = "two of its soldiers were killed in the night"
ACCUSED = "It accused the other side of breaking the ceasefire near the lake."
DENIED = "its positions had not fired a single shot"


def test_the_assignee_and_the_editors_are_told_which_quotes_changed_or_vanished(
    django_capture_on_commit_callbacks,
):
    editor, reviewer = make_editor(), make_reviewer()
    document = make_document(TEXT)
    killed, accused, denied = (make_claim(document, phrase) for phrase in (KILLED, ACCUSED, DENIED))
    assign(killed, editor=editor, reviewer=reviewer)
    suggestion = make_claim(document, "The ministry in Baku", status=Status.SUGGESTED)
    mail.outbox.clear()
    edited = TEXT.replace("two of its", "three of its").replace(ACCUSED + " ", "")

    with django_capture_on_commit_callbacks(execute=True):
        document_text_changed(document=document, text=edited, title="Edited", actor=editor)

    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {editor.email, reviewer.email}
    to_editor = sent[editor.email].body
    assert f"Claim #{killed.pk}, its quote changed" in to_editor
    assert "now: three of its soldiers were killed in the night" in to_editor
    assert f"Claim #{accused.pk}, its quote is gone" in to_editor
    assert f"#{denied.pk}" not in to_editor and f"#{suggestion.pk}" not in to_editor
    to_reviewer = sent[reviewer.email].body
    assert f"#{killed.pk}" in to_reviewer and f"#{accused.pk}" not in to_reviewer


def test_an_edit_that_changes_no_quote_tells_nobody(django_capture_on_commit_callbacks):
    editor = make_editor()
    document = make_document(TEXT)
    make_claim(document, KILLED)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        document_text_changed(document=document, text=TEXT + " More soon.", title="t", actor=None)
    assert mail.outbox == [] and editor.email
