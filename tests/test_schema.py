"""The database holds every constraint and index the models declare.

A schema migration can drop more than it says: altering a foreign key's plain index once took
a partial unique index on the same column with it. This catches any such loss.
"""

import pytest
from django.apps import apps
from django.db import connection

pytestmark = pytest.mark.django_db

OUR_APPS = ("sources", "claims", "annotations")
MODELS = [
    model
    for label in OUR_APPS
    for model in apps.get_app_config(label).get_models()
    if model._meta.constraints or model._meta.indexes
]


@pytest.mark.parametrize("model", MODELS, ids=[model._meta.label for model in MODELS])
def test_every_declared_constraint_and_index_is_in_the_database(model):
    with connection.cursor() as cursor:
        present = set(connection.introspection.get_constraints(cursor, model._meta.db_table))

    declared = {item.name for item in [*model._meta.constraints, *model._meta.indexes]}

    assert declared <= present, f"missing from {model._meta.db_table}: {declared - present}"
