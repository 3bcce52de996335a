"""bench.seed_ceiling: the best rate its parts allow, and on PostgreSQL a round that finds the
claims' trigram pair and leaves every index as it found it."""

import pytest
from django.db import connection

from bench.seed_ceiling import PROBE, best_rate, index_definitions, index_name, measure_round
from demo.synthetic import loaded_models, seed_synthetic


def test_the_other_indexes_share_the_second_core_with_the_trigram_pair():
    assert best_rate(2.0, 4.0, 4.0) == 2.0 / (2.0 + 4.0 + 4.0 / 2)
    assert best_rate(1.0, 1.0, 0.0) == 0.5


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_round_times_the_trigram_pair_and_leaves_the_indexes_as_they_were(reference_data):
    seed_synthetic(claims=200, seed=5, progress=False)
    tables = [model._meta.db_table for model in loaded_models()]

    def indexes():
        with connection.cursor() as cursor:
            cursor.execute("SELECT tablename, indexname, indexdef FROM pg_indexes")
            return sorted(cursor.fetchall())

    before = indexes()
    trigram, others, constraint_backed = index_definitions(tables)
    parts = measure_round()

    assert indexes() == before
    assert not any(PROBE in name for _, name, _ in before)
    names = sorted(map(index_name, trigram))
    assert names == ["claim_quote_trgm_idx", "claim_summary_trgm_idx"]
    assert not set(trigram) & set(others) and not set(others) & set(constraint_backed)
    assert any("verdict_search_speaker_trgm_idx" in definition for definition in others)
    assert any(definition.startswith("CREATE UNIQUE") for definition in constraint_backed)
    assert {*names, "bare COPY", "trigram pair side by side"} <= set(parts)
    assert 0 < parts["best rate"] < 1
