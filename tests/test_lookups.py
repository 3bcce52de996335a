"""config.lookups.AnyOf: "one of these values", as one array parameter on PostgreSQL."""

import pytest
from django.db.models import F

from config.lookups import AnyOf
from sources.models import Source
from tests.factories import make_source

pytestmark = pytest.mark.django_db


def test_it_finds_the_rows_whose_value_is_one_of_the_values():
    baku, yerevan, interfax = (make_source(name) for name in ("Baku", "Yerevan", "Interfax"))
    chosen = Source.objects.filter(AnyOf(F("pk"), [interfax.pk, baku.pk, None, baku.pk]))
    assert sorted(chosen.values_list("name", flat=True)) == ["Baku", "Interfax"]
    by_name = Source.objects.filter(AnyOf(F("name"), ["Yerevan", "Moscow"]))
    assert list(by_name) == [yerevan]
    assert not Source.objects.filter(AnyOf(F("pk"), [])).exists()


def test_values_are_taken_as_the_columns_own_type():
    baku = make_source("Baku")
    assert list(Source.objects.filter(AnyOf(F("pk"), [str(baku.pk)]))) == [baku]


@pytest.mark.postgres
def test_on_postgresql_the_statement_is_the_same_for_any_number_of_values():
    sources = [make_source(f"Agency {number}") for number in range(3)]
    statements = []
    for count in (1, 3):
        ids = [source.pk for source in sources[:count]]
        assert Source.objects.filter(AnyOf(F("pk"), ids)).count() == count
        sql, params = Source.objects.filter(AnyOf(F("pk"), ids)).query.sql_with_params()
        statements.append(sql)
        assert params == (ids,)
    assert statements[0] == statements[1]
    assert "= ANY(%s::bigint[])" in statements[0]
