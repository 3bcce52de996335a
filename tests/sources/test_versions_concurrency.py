"""Two fetches of one edited page at the same moment make one version (PostgreSQL row locks)."""

import pytest

from claims.models import Claim
from sources.models import Document, SpanPlacement
from sources.versioning import document_text_changed
from tests.concurrency import run_at_once
from tests.factories import make_claim, make_document

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

TEXT = "Baku said the shelling began at dawn. Yerevan said its posts did not fire."


def test_the_same_new_text_twice_at_once_makes_one_version():
    document = make_document(TEXT)
    claim = make_claim(document, "the shelling began at dawn")
    edited = TEXT.replace("dawn", "noon")

    outcomes = run_at_once(
        [
            lambda: document_text_changed(
                document=Document(pk=document.pk), text=edited, title="t", actor=None
            )
            for _ in range(2)
        ]
    )

    assert all(isinstance(outcome, Document) for outcome in outcomes), outcomes
    assert outcomes[0].pk == outcomes[1].pk
    versions = Document.objects.filter(previous_version=document)
    assert versions.count() == 1 and Document.objects.count() == 2
    assert SpanPlacement.objects.count() == 1
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.document_id == outcomes[0].pk and claim.anchor_state == "changed"
