"""A reprint counts once: contradiction candidates and framing profiles read the original."""

from datetime import UTC, datetime

import pytest

from annotations.profiles import framing_profiles
from claims.candidates import claim_candidates
from sources.versioning import document_text_changed
from tests.factories import (
    framing_label,
    make_annotation,
    make_claim,
    make_document,
    make_incident,
    make_source,
)

pytestmark = pytest.mark.django_db

QUOTE = "Armenian units opened fire first with mortars on our positions near the border"
# Written for these tests: a wire story quoting the ministry in Baku.
WIRE = (
    f"The defence ministry in Baku said on Monday that {QUOTE}. It said the firing lasted for "
    "about an hour and that its soldiers returned fire to suppress the firing points. The "
    "ministry in Yerevan has not yet commented on the statement, and the account could not be "
    "independently verified by reporters in the region."
)
DAY = datetime(2026, 11, 2, 9, tzinfo=UTC)


@pytest.fixture
def carried():
    baku = make_source("Baku ministry", country="AZ")
    incident = make_incident()
    documents = [
        make_document(
            text, publisher=make_source(name, kind="outlet"), published_at=DAY, language="en"
        )
        for text, name in [(WIRE, "Agency wire"), ("(Agency wire) " + WIRE, "Outlet A")]
    ]
    claims = [
        make_claim(document, QUOTE, speaker=baku, incident=incident) for document in documents
    ]
    for document in documents:
        make_annotation(document, "firing points", label=framing_label("military-euphemism"))
    original, reprint = documents
    assert reprint.reprint_of_id == original.pk
    return {"baku": baku, "incident": incident, "documents": documents, "claims": claims}


def test_a_reprint_s_claim_is_not_a_candidate_again(carried):
    yerevan = make_source("Yerevan ministry", country="AM")
    denial = make_claim(
        make_document("Yerevan said its units did not open fire on Monday.", language="en"),
        "its units did not open fire",
        speaker=yerevan,
        incident=carried["incident"],
    )
    found = claim_candidates(denial)
    compared = [candidate.claim.pk for candidate in found.contradictions]
    original_claim, reprint_claim = carried["claims"]
    assert original_claim.pk in compared and reprint_claim.pk not in compared


def test_a_reprint_s_framing_counts_once_and_a_superseded_version_not_at_all(carried):
    agency = carried["documents"][0].publisher
    [profile] = framing_profiles([agency])
    assert dict(profile.own.labels) == {"military-euphemism": 1}
    words = profile.own.words
    [outlet] = framing_profiles([carried["documents"][1].publisher])
    assert not dict(outlet.own.labels) and outlet.own.words == 0

    document_text_changed(
        document=carried["documents"][0], text=WIRE + " More later.", title="t", actor=None
    )

    [profile] = framing_profiles([agency])
    assert dict(profile.own.labels) == {"military-euphemism": 1}
    assert profile.own.words == words + 2
