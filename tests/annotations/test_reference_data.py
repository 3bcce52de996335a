from collections import Counter

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from annotations.models import FramingLabel, LexiconEntry

pytestmark = pytest.mark.django_db

SEMEVAL_2023_TASK3_TECHNIQUES = {
    "attack_on_reputation": {
        "Name_Calling-Labeling",
        "Guilt_by_Association",
        "Doubt",
        "Appeal_to_Hypocrisy",
        "Questioning_the_Reputation",
    },
    "justification": {
        "Flag_Waving",
        "Appeal_to_Authority",
        "Appeal_to_Popularity",
        "Appeal_to_Values",
        "Appeal_to_Fear-Prejudice",
    },
    "distraction": {"Straw_Man", "Red_Herring", "Whataboutism"},
    "simplification": {
        "Causal_Oversimplification",
        "False_Dilemma-No_Choice",
        "Consequential_Oversimplification",
    },
    "call": {"Slogans", "Conversation_Killer", "Appeal_to_Time"},
    "manipulative_wording": {
        "Loaded_Language",
        "Obfuscation-Vagueness-Confusion",
        "Exaggeration-Minimisation",
        "Repetition",
    },
}
CONFLICT_CATEGORIES = {
    "territorial_legitimacy",
    "blame_attribution",
    "euphemism",
    "othering",
    "alignment",
}


def test_the_23_semeval_techniques_in_their_six_categories():
    techniques = FramingLabel.objects.exclude(semeval_code="")
    assert techniques.count() == 23
    by_category = {}
    for label in techniques:
        by_category.setdefault(label.category, set()).add(label.semeval_code)
    assert by_category == SEMEVAL_2023_TASK3_TECHNIQUES
    assert all(label.description for label in techniques)


def test_conflict_frames_cover_every_conflict_category():
    conflict = FramingLabel.objects.filter(semeval_code="")
    assert {label.category for label in conflict} == CONFLICT_CATEGORIES
    assert Counter(label.category for label in conflict).most_common()[-1][1] >= 1
    assert {
        "occupation-framing",
        "liberation-framing",
        "provocation-framing",
        "military-euphemism",
        "enemy-othering",
        "sponsor-labelling",
    } <= {label.slug for label in conflict}


@pytest.mark.parametrize(
    ("term", "slug"),
    [
        ("occupied", "occupation-framing"),
        ("liberated", "liberation-framing"),
        ("provocation", "provocation-framing"),
        ("adequate measures", "military-euphemism"),
        ("the enemy", "enemy-othering"),
        ("Turkish-backed", "sponsor-labelling"),
    ],
)
def test_starter_lexicon_maps_the_reference_terms(term, slug):
    entry = LexiconEntry.objects.select_related("label").get(term=term, language="en")
    assert entry.label.slug == slug
    assert entry.whole_word and not entry.case_sensitive and entry.is_active


def test_every_lexicon_entry_points_to_an_active_label():
    assert LexiconEntry.objects.count() >= 40
    assert not LexiconEntry.objects.filter(label__is_active=False).exists()


@pytest.mark.django_db(transaction=True)
def test_the_data_migration_reverses_and_reapplies():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    try:
        executor.migrate([("annotations", "0001_initial")])
        assert not FramingLabel.objects.exists()
        assert not LexiconEntry.objects.exists()
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(latest)
    assert FramingLabel.objects.exclude(semeval_code="").count() == 23
