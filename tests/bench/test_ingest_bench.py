"""The ingest benchmark runs end to end on a small feed: every item becomes a document in each
round, nothing stays behind, and its figure is a ratio to the bare fetch-and-store."""

import pytest

from bench import ingest
from sources.models import Document, Snapshot

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def test_a_small_run_adds_every_item_and_keeps_nothing(monkeypatch):
    monkeypatch.setattr(ingest, "ITEMS", 12)
    monkeypatch.setattr(ingest, "ROUNDS", 1)
    [figure] = ingest.run()
    assert figure.baseline_name == ingest.BARE and figure.ratio > 1
    assert figure.extra["documents_per_second"] > 0
    assert not Document.objects.exists() and not Snapshot.objects.exists()
