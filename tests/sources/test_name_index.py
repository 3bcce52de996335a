"""The name index is rebuilt whenever what it is built from changes, and only then."""

import pytest

from sources.names import source_index
from sources.services import (
    source_alias_add,
    source_alias_delete,
    source_alias_update,
    source_update,
)
from tests.factories import make_editor, make_source

TEXT = "The Tavush governor's office said on Monday that the road had reopened."

pytestmark = pytest.mark.django_db


def _linked(text: str = TEXT) -> set[int]:
    return {source_id for _, _, source_id in source_index().names_in(text)}


def test_an_unchanged_registry_reuses_its_index():
    make_source(name="Tavush governor's office")
    assert source_index() is source_index()


def test_an_alias_added_renamed_and_removed_is_seen_at_once():
    office = make_source(name="Regional administration of Tavush")
    assert office.pk not in _linked()
    alias = source_alias_add(source=office, alias="Tavush governor's office")
    assert office.pk in _linked()
    # A rename keeps the aliases' count and newest id: the index must still see it.
    source_alias_update(source_alias=alias, alias="Tavush regional office")
    assert office.pk not in _linked()
    assert office.pk in _linked("The Tavush regional office said nothing.")
    source_alias_delete(source_alias=alias, actor=make_editor())
    assert office.pk not in _linked("The Tavush regional office said nothing.")


def test_an_alias_moved_to_another_source_links_there():
    first = make_source(name="Regional administration of Tavush")
    second = make_source(name="Governor of Tavush")
    alias = source_alias_add(source=first, alias="Tavush governor's office")
    assert _linked() == {first.pk}
    source_alias_update(source_alias=alias, source=second)
    assert _linked() == {second.pk}


def test_a_renamed_source_is_found_by_its_new_name():
    office = make_source(name="Regional administration of Tavush")
    source_update(source=office, name="Tavush governor's office")
    assert _linked() == {office.pk}
