import pytest
from django.contrib.auth.models import Group

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
