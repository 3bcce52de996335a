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


@pytest.fixture
def back_at_latest_afterwards():
    """Whatever a test unapplies, the database ends at the latest migrations."""
    yield
    _migrate_annotations_to("latest")


def _migrate_annotations_to(name: str) -> None:
    executor = MigrationExecutor(connection)
    if name == "latest":
        executor.migrate(executor.loader.graph.leaf_nodes())
    else:
        executor.migrate([("annotations", name)])


def _fresh_reference_data() -> None:
    # An earlier transactional test's flush empties the tables without unapplying the data
    # migration; running it again puts the rows back.
    _migrate_annotations_to("0001_initial")
    _migrate_annotations_to("latest")


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("back_at_latest_afterwards")
def test_the_data_migration_reverses_and_reapplies():
    _fresh_reference_data()
    labels, entries = FramingLabel.objects.count(), LexiconEntry.objects.count()
    assert FramingLabel.objects.exclude(semeval_code="").count() == 23
    assert labels > 23 and entries >= 40

    _migrate_annotations_to("0001_initial")
    assert not FramingLabel.objects.exists()
    assert not LexiconEntry.objects.exists()

    _migrate_annotations_to("latest")
    assert FramingLabel.objects.count() == labels
    assert LexiconEntry.objects.count() == entries
    assert FramingLabel.objects.exclude(semeval_code="").count() == 23


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("back_at_latest_afterwards")
def test_reversing_keeps_the_desks_own_lexicon_entries_and_their_labels():
    _fresh_reference_data()
    euphemism = FramingLabel.objects.get(slug="military-euphemism")
    loaded = FramingLabel.objects.get(slug="loaded-language")
    # Same term as a seeded entry, under another label: the desk's data, not the migration's.
    LexiconEntry.objects.create(term="occupied", label=loaded)
    LexiconEntry.objects.create(term="cleared the area", label=euphemism)

    _migrate_annotations_to("0001_initial")
    assert set(LexiconEntry.objects.values_list("term", "label__slug")) == {
        ("occupied", "loaded-language"),
        ("cleared the area", "military-euphemism"),
    }
    assert set(FramingLabel.objects.values_list("slug", flat=True)) == {
        "loaded-language",
        "military-euphemism",
    }

    _migrate_annotations_to("latest")
    assert FramingLabel.objects.exclude(semeval_code="").count() == 23
    assert LexiconEntry.objects.filter(term="occupied").count() == 2
