import importlib
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from claims.models import Rating
from claims.workflow import EDITORS, REVIEWERS
from tests.factories import make_editor, make_reviewer

pytestmark = pytest.mark.django_db


def test_default_rating_scale_runs_false_to_true_with_unproven_off_scale():
    scale = list(Rating.objects.order_by("position"))
    assert [(r.label, r.value) for r in scale] == [
        ("False", 1),
        ("Mostly false", 2),
        ("Half true", 3),
        ("Mostly true", 4),
        ("True", 5),
        ("Unproven", None),
    ]
    assert all(r.description and r.is_active for r in scale)


def test_both_roles_exist():
    assert set(
        Group.objects.filter(name__in=[EDITORS, REVIEWERS]).values_list("name", flat=True)
    ) == {
        EDITORS,
        REVIEWERS,
    }


@pytest.mark.parametrize(
    ("permission", "reviewer", "editor"),
    [
        ("claims.view_claim", True, True),
        ("annotations.view_lexiconentry", True, True),
        ("claims.add_claim", True, True),
        ("annotations.add_annotation", True, True),
        ("claims.add_claimpair", True, True),
        ("claims.add_verificationtask", False, True),
        ("claims.change_rating", False, True),
        ("annotations.change_lexiconentry", False, True),
        ("sources.delete_source", False, True),
        ("claims.change_claimstatuschange", False, False),
        ("claims.delete_verdict", False, False),
    ],
)
def test_role_permissions(permission, reviewer, editor):
    assert make_reviewer().has_perm(permission) is reviewer
    assert make_editor().has_perm(permission) is editor


def _migration(name: str):
    return importlib.import_module(f"claims.migrations.{name}")


def test_rerunning_the_reference_data_step_changes_nothing():
    """The step must not fail, nor duplicate anything, where groups and ratings already exist."""
    state_apps = (
        MigrationExecutor(connection).loader.project_state(("claims", "0003_reference_data")).apps
    )
    before = {
        group.name: set(group.permissions.values_list("codename", flat=True))
        for group in Group.objects.filter(name__in=[EDITORS, REVIEWERS])
    }
    assert before[REVIEWERS] and before[EDITORS] > before[REVIEWERS]
    migration = _migration("0003_reference_data")
    migration.add_ratings(state_apps, SimpleNamespace(connection=connection))
    migration.add_groups(state_apps, SimpleNamespace(connection=connection))
    after = {
        group.name: set(group.permissions.values_list("codename", flat=True))
        for group in Group.objects.filter(name__in=[EDITORS, REVIEWERS])
    }
    assert after == before
    assert Rating.objects.count() == 6


@pytest.mark.django_db(transaction=True)
def test_the_reference_data_migration_reverses_and_reapplies():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    before = ("claims", "0002_claim_workflow_version")
    try:
        # An earlier transactional test's flush empties the tables without unapplying the data
        # migration; running it again puts the rows back.
        executor.migrate([before])
        MigrationExecutor(connection).migrate(latest)
        assert Rating.objects.count() == 6
        assert Group.objects.filter(name__in=[EDITORS, REVIEWERS]).count() == 2

        MigrationExecutor(connection).migrate([before])
        assert not Rating.objects.exists()
        assert not Group.objects.filter(name__in=[EDITORS, REVIEWERS]).exists()
    finally:
        MigrationExecutor(connection).migrate(latest)
    assert Rating.objects.count() == 6
    assert make_reviewer().has_perm("claims.add_claim")
    assert not make_reviewer().has_perm("claims.add_verificationtask")
    assert make_editor().has_perm("claims.add_verificationtask")
