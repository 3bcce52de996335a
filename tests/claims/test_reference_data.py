import importlib

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from desk.roles import EDITORS, REVIEWERS, grant_role_permissions
from tests.factories import make_editor, make_reviewer
from verification.models import Rating

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
        ("verification.add_verificationtask", False, True),
        ("verification.change_rating", False, True),
        ("annotations.change_lexiconentry", False, True),
        ("sources.delete_source", False, True),
        ("verification.change_claimstatuschange", False, False),
        ("verification.delete_verdict", False, False),
    ],
)
def test_role_permissions(permission, reviewer, editor):
    assert make_reviewer().has_perm(permission) is reviewer
    assert make_editor().has_perm(permission) is editor


def _migration(name: str):
    return importlib.import_module(f"claims.migrations.{name}")


def test_granting_the_roles_again_changes_nothing():
    """The post_migrate step must not fail, nor duplicate anything, where the groups exist."""
    from django.apps import apps

    before = {
        group.name: set(group.permissions.values_list("content_type__app_label", "codename"))
        for group in Group.objects.filter(name__in=[EDITORS, REVIEWERS])
    }
    assert before[REVIEWERS] and before[EDITORS] > before[REVIEWERS]
    for app_config in apps.get_app_configs():
        grant_role_permissions(app_config)
    after = {
        group.name: set(group.permissions.values_list("content_type__app_label", "codename"))
        for group in Group.objects.filter(name__in=[EDITORS, REVIEWERS])
    }
    assert after == before


def test_a_role_granted_a_permission_its_app_lacks_is_refused():
    from django.apps import apps

    app_config = apps.get_app_config("verification")
    declared = app_config.role_permissions
    try:
        app_config.role_permissions = {EDITORS: ["publish_everything"]}
        with pytest.raises(LookupError, match="publish_everything"):
            grant_role_permissions(app_config)
    finally:
        app_config.role_permissions = declared


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
    assert not make_reviewer().has_perm("verification.add_verificationtask")
    assert make_editor().has_perm("verification.add_verificationtask")
