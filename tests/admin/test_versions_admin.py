"""Versions and reprints in the admin: a new version by hand, the notices on a document's page,
the list filters, and a claim's page after its quote changed or vanished."""

import pytest
from django.urls import reverse

from claims.models import Claim
from sources.models import Document
from sources.versioning import document_text_changed
from tests.factories import make_claim, make_document, make_reviewer, make_source, make_user

pytestmark = pytest.mark.django_db

# Written for these tests: a ministry's account of a night at the border, in an agency's words.
STORY = (
    "The defence ministry in Baku said on Tuesday that its positions near the border came under "
    "fire overnight from several directions. It said three soldiers were wounded and blamed the "
    "other side for a provocation. Yerevan denied that its units had opened fire first and said "
    "the ministry's account was false. A local official said the shelling damaged two houses in "
    "the village and that nobody in them was hurt."
)
WOUNDED = "It said three soldiers were wounded and blamed the other side for a provocation."
DENIAL = "Yerevan denied that its units had opened fire first"


@pytest.fixture
def reviewer_client(client):
    reviewer = make_reviewer()
    client.force_login(reviewer)
    return client


def new_version(client, document, text, title="Edited"):
    url = reverse("admin:sources_document_new_version", args=[document.pk])
    return client.post(url, {"title": title, "text": text})


def test_editing_one_page_flags_its_changed_and_orphaned_claims(reviewer_client):
    document = make_document(STORY)
    wounded, denial = make_claim(document, WOUNDED), make_claim(document, DENIAL)
    page = reviewer_client.get(reverse("admin:sources_document_change", args=[document.pk]))
    form_url = reverse("admin:sources_document_new_version", args=[document.pk])
    assert form_url in page.content.decode()
    assert reviewer_client.get(form_url).status_code == 200

    edited = STORY.replace("three soldiers", "four soldiers").replace(
        DENIAL + " and said the ministry's account was false. ", ""
    )
    answer = new_version(reviewer_client, document, edited)

    version = Document.objects.get(previous_version=document)
    assert answer.status_code == 302
    assert answer.url == reverse("admin:sources_document_change", args=[version.pk])
    shown = reviewer_client.get(answer.url).content.decode()
    assert "1 with their quote changed, 1 not found (orphans)" in shown
    assert "Version 2: the story was edited after publication" in shown
    old_page = reviewer_client.get(reverse("admin:sources_document_change", args=[document.pk]))
    assert "Version 1 of this story, superseded on" in old_page.content.decode()

    changed = reviewer_client.get(reverse("admin:claims_claim_changelist") + "?anchor=changed")
    assert [row.pk for row in changed.context["cl"].result_list] == [wounded.pk]
    orphaned = reviewer_client.get(reverse("admin:claims_claim_changelist") + "?anchor=orphan")
    assert [row.pk for row in orphaned.context["cl"].result_list] == [denial.pk]
    claim_page = reviewer_client.get(reverse("admin:claims_claim_change", args=[wounded.pk]))
    body = claim_page.content.decode()
    assert "A new version of the document changed its quote" in body
    assert WOUNDED in body and WOUNDED.replace("three", "four") in body
    orphan_page = reviewer_client.get(reverse("admin:claims_claim_change", args=[denial.pk]))
    assert "Orphaned: its quote is not in the current version" in orphan_page.content.decode()


def test_the_same_text_makes_nothing_and_a_blank_one_is_a_form_error(reviewer_client):
    document = make_document(STORY)
    make_claim(document, WOUNDED)
    same = new_version(reviewer_client, document, STORY)
    assert same.status_code == 302
    blank = new_version(reviewer_client, document, "   ")
    assert blank.status_code == 200 and blank.context["form"].errors["text"]
    assert Document.objects.count() == 1
    assert Claim.objects.get().document_id == document.pk


def test_only_those_who_edit_documents_make_versions(client):
    document = make_document(STORY)
    client.force_login(make_user(is_staff=True))
    assert new_version(client, document, STORY + " More.").status_code == 403
    assert Document.objects.count() == 1


def test_reprints_are_shown_both_ways_and_filtered(reviewer_client):
    original = make_document(STORY, publisher=make_source("Agency wire", kind="outlet"))
    reprint = make_document(
        "(Agency wire) " + STORY, publisher=make_source("Outlet A", kind="outlet"), title="Copy"
    )
    assert reprint.reprint_of_id == original.pk
    page = reviewer_client.get(reverse("admin:sources_document_change", args=[reprint.pk]))
    assert "Reprint of" in page.content.decode()
    page = reviewer_client.get(reverse("admin:sources_document_change", args=[original.pk]))
    assert "Reprinted by" in page.content.decode() and "Copy" in page.content.decode()
    listed = reviewer_client.get(reverse("admin:sources_document_changelist") + "?reprint=reprint")
    assert [row.pk for row in listed.context["cl"].result_list] == [reprint.pk]
    listed = reviewer_client.get(reverse("admin:sources_document_changelist") + "?reprint=original")
    assert [row.pk for row in listed.context["cl"].result_list] == [original.pk]


def test_a_text_pasted_against_a_version_since_replaced_is_refused(reviewer_client):
    document = make_document(STORY)
    form_url = reverse("admin:sources_document_new_version", args=[document.pk])
    assert (
        f'name="based_on" value="{document.pk}"' in reviewer_client.get(form_url).content.decode()
    )
    newer = document_text_changed(
        document=document, text=STORY + " A later line.", title="", actor=None
    )

    stale = reviewer_client.post(
        form_url, {"title": "Edited", "text": STORY + " Another line.", "based_on": document.pk}
    )

    assert stale.status_code == 200
    assert f"Version {newer.version} of this story was made since" in stale.content.decode()
    assert Document.objects.filter(previous_version=newer).count() == 0
