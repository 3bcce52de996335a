"""The synthetic desk is valid data: every invariant holds, and a seed reproduces it."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, F, Q

from annotations.models import Annotation
from claims.models import Attribution, Claim, ClaimPair
from demo.synthetic import desk_models, seed_synthetic
from sources.models import Document
from verification.models import Verdict, VerificationTask

pytestmark = pytest.mark.django_db


def test_a_small_desk_is_valid_and_in_proportion():
    rows = seed_synthetic(claims=1_003, seed=7, progress=False)

    assert Claim.objects.count() == rows["claims_claim"] == 1_003
    assert Document.objects.count() == 100
    texts = dict(Document.objects.values_list("id", "text"))
    for document_id, start, end, quote in Claim.objects.values_list(
        "document_id", "start", "end", "quote"
    ):
        assert texts[document_id][start:end] == quote
    for document_id, start, end, quote, prefix in Annotation.objects.values_list(
        "document_id", "start", "end", "quote", "prefix"
    ):
        assert texts[document_id][start:end] == quote
        assert texts[document_id][:start].endswith(prefix)
    assert not Attribution.objects.filter(source=F("claim__speaker")).exists()
    assert not ClaimPair.objects.filter(claim_a__gte=F("claim_b")).exists()
    assert not (
        VerificationTask.objects.filter(state="open")
        .values("claim")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .exists()
    )
    published = Verdict.objects.filter(published_at__isnull=False)
    assert published.exists()
    assert not published.filter(Q(approver__isnull=True) | Q(approver=F("reviewer"))).exists()
    assert set(Claim.objects.values_list("status", flat=True)) >= {"new", "in_review", "published"}
    assert set(Document.objects.values_list("language", flat=True)) == {"en", "ru", "hy", "az"}


def test_the_same_seed_gives_the_same_claims():
    seed_synthetic(claims=300, seed=11, progress=False)
    seed_synthetic(claims=300, seed=11, progress=False)  # appended after the first run's rows
    rows = list(Claim.objects.order_by("id").values_list("quote", "status", "start", "end"))
    assert len(rows) == 600
    assert rows[:300] == rows[300:]
    seed_synthetic(claims=300, seed=12, progress=False)
    other = list(Claim.objects.order_by("id").values_list("quote", "status", "start", "end"))
    assert other[600:] != rows[:300]


def test_the_command_refuses_nothing_to_do():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="at least 1"):
        call_command("seed_synthetic", claims=0)


@pytest.mark.postgres
def test_the_load_leaves_every_key_and_index_as_it_found_them():
    """The foreign keys and plain indexes are dropped for the load and must all come back."""
    tables = [model._meta.db_table for model in desk_models()]

    def schema():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated "
                "FROM pg_constraint WHERE conrelid::regclass::text = ANY(%s)",
                [tables],
            )
            constraints = sorted(cursor.fetchall())
            cursor.execute(
                "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s)",
                [tables],
            )
            return constraints, sorted(cursor.fetchall())

    before = schema()
    seed_synthetic(claims=200, seed=3, progress=False)

    assert schema() == before
    assert any(definition.startswith("FOREIGN KEY") for _, _, definition, _ in before[0])


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_committed_load_builds_its_indexes_on_other_connections_and_all_come_back(
    reference_data,
):
    """Outside any enclosing transaction the indexes are built after the commit, several at
    once on connections of their own; every one must exist afterwards, and be valid."""
    tables = [model._meta.db_table for model in desk_models()]

    def indexes():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c "
                "ON c.oid = i.indexrelid WHERE i.indrelid::regclass::text = ANY(%s)",
                [tables],
            )
            return sorted(cursor.fetchall())

    before = indexes()
    seed_synthetic(claims=200, seed=5, progress=False)

    assert indexes() == before
    assert all(valid for _, valid in before)
    assert "claim_summary_trgm_idx" in {name for name, _ in before}
