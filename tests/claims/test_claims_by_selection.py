"""Claims by selection: the document's page for marking claims, and correcting a suggestion.

The browser side (selecting, the comboboxes, the keyboard) is in tests/browser; here, what the
page shows and what the API it calls accepts and refuses.
"""

import json
import re
from datetime import UTC, date, datetime

import pytest
from django.urls import reverse

from claims.models import Claim, HeldClaim
from claims.status import Status
from sources.models import Source, SourceProposal
from sources.services import source_alias_add
from tests.admin.helpers import grant
from tests.api.test_workflow_api import client_for
from tests.factories import (
    make_claim,
    make_document,
    make_editor,
    make_incident,
    make_reviewer,
    make_source,
    make_user,
)

pytestmark = pytest.mark.django_db

TEXT = (
    "Ереван, 16 ноября. Министерство обороны Армении заявило, что противник открыл огонь "
    "по позициям у Сотка. В Баку это назвали провокацией."
)


def page_url(document) -> str:
    return reverse("admin:claims_claim_document", args=[document.pk])


@pytest.fixture
def document():
    return make_document(
        TEXT,
        language="ru",
        published_at=datetime(2021, 11, 16, 9, 30, tzinfo=UTC),
        publisher=make_source("Interfax"),
    )


def test_the_page_shows_claims_and_suggestions(client, document):
    yerevan = make_source("Ministry of Defence of Armenia")
    ria = make_source("RIA Novosti")
    claim = make_claim(
        document,
        "противник открыл огонь по позициям у Сотка",
        speaker=yerevan,
        relay_chain=[ria],
        summary="<script>alert(1)</script> Fire near Sotk",
    )
    suggestion = make_claim(
        document, "это назвали провокацией", speaker=ria, status=Status.SUGGESTED
    )
    make_claim(document, "Ереван", speaker=ria, status=Status.SUGGESTED)
    client.force_login(make_reviewer())

    page = client.get(page_url(document)).content.decode()

    assert 'id="claim-form"' in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Fire near Sotk" in page
    assert "Suggested by extraction (2)" in page and "Claims in this text (1)" in page
    assert f'href="{reverse("admin:claims_claim_change", args=[claim.pk])}"' in page
    # The suggestions' spans and fields, for the form that corrects them.
    data = json.loads(
        re.search(r'id="claim-suggestion-data"[^>]*>(.*?)</script>', page, re.S).group(1)
    )
    shown = data[str(suggestion.pk)]
    assert (shown["start"], shown["end"], shown["quote"]) == (
        suggestion.start,
        suggestion.end,
        "это назвали провокацией",
    )
    assert shown["speaker"] == {"id": ria.pk, "name": "RIA Novosti"}
    # The date a new claim starts with is the document's.
    assert 'data-default-stated-on="2021-11-16"' in page


# The session, the user and their permissions (two), the document, the claims with their
# speakers and incidents, their relay chains with their sources, the claims waiting for a new
# source, and the role check: none of them per claim.
PAGE_QUERIES = 9


def test_the_query_count_does_not_grow_with_the_claims(client, document, django_assert_num_queries):
    client.force_login(make_reviewer())
    speaker, relay = make_source(), make_source()
    make_claim(document, "Ереван", speaker=speaker)
    with django_assert_num_queries(PAGE_QUERIES):
        client.get(page_url(document))
    for phrase in ("Министерство обороны Армении", "противник открыл огонь", "Сотка"):
        make_claim(document, phrase, speaker=speaker, relay_chain=[relay])
    make_claim(document, "провокацией", speaker=relay, status=Status.SUGGESTED)
    with django_assert_num_queries(PAGE_QUERIES):
        client.get(page_url(document))


def test_staff_outside_the_desk_see_the_text_but_no_form(client, document):
    viewer = make_user(is_staff=True)
    client.force_login(viewer)
    assert client.get(page_url(document)).status_code == 403
    grant(viewer, "sources.view_document", "claims.view_claim")
    make_claim(document, "Ереван", status=Status.SUGGESTED)
    page = client.get(page_url(document)).content.decode()
    assert 'id="claim-select-text"' in page
    assert 'id="claim-form"' not in page and 'data-action="accept"' not in page


def test_the_document_page_links_to_it(client, document):
    client.force_login(make_reviewer())
    page = client.get(reverse("admin:sources_document_change", args=[document.pk]))
    assert page_url(document) in page.content.decode()


def test_incidents_are_found_by_part_of_their_title_or_place(document):
    sotk = make_incident(title="Fire near Sotk", place="Sotk, Gegharkunik")
    make_incident(title="Drone strike", place="Aghdam")
    client = client_for(make_reviewer())

    def titles(term):
        answer = client.get(reverse("incident-list"), {"title": term}).json()
        return [incident["id"] for incident in answer["results"]]

    assert titles("sotk") == [sotk.pk]
    assert titles("Gegharkunik") == [sotk.pk]


# --- Correcting a suggestion ---------------------------------------------------------------------


def correct(client, claim, **body):
    return client.post(reverse("claim-correct-suggestion", args=[claim.pk]), body, format="json")


def test_a_suggestion_is_corrected_span_speaker_and_chain_then_accepted(document):
    ria, yerevan, interfax = make_source("RIA Novosti"), make_source("MoD Armenia"), None
    interfax = Source.objects.get(name="Interfax")
    suggestion = make_claim(
        document, "открыл огонь", speaker=ria, status=Status.SUGGESTED, summary="Fire."
    )
    phrase = "противник открыл огонь по позициям у Сотка"
    start = TEXT.index(phrase)
    reviewer = make_reviewer()
    client = client_for(reviewer)

    response = correct(
        client,
        suggestion,
        start=start,
        end=start + len(phrase),
        quote=phrase,
        speaker=yerevan.pk,
        relay_chain=[interfax.pk],
        summary="  Armenia says   the other side opened fire near Sotk. ",
        stated_on="2021-11-16",
    )

    assert response.status_code == 200, response.json()
    suggestion.refresh_from_db()
    assert (suggestion.start, suggestion.end, suggestion.quote) == (
        start,
        start + len(phrase),
        phrase,
    )
    assert suggestion.speaker == yerevan
    assert [link.source for link in suggestion.attributions.all()] == [interfax]
    assert suggestion.summary == "Armenia says the other side opened fire near Sotk."
    assert suggestion.stated_on == date(2021, 11, 16)
    assert suggestion.status == Status.SUGGESTED  # accepting is a step of its own
    assert response.json()["relay_chain"] == [interfax.pk]

    accepted = client.post(
        reverse("claim-transition", args=[suggestion.pk]),
        {"name": "accept", "version": suggestion.workflow_version},
        format="json",
    )
    assert accepted.status_code == 200
    suggestion.refresh_from_db()
    assert suggestion.status == Status.NEW


def test_a_quote_left_out_is_taken_from_the_text(document):
    suggestion = make_claim(document, "Ереван", status=Status.SUGGESTED)
    phrase = "Министерство обороны Армении"
    start = TEXT.index(phrase)
    response = correct(
        client_for(make_reviewer()),
        suggestion,
        start=start,
        end=start + len(phrase),
        speaker=suggestion.speaker_id,
    )
    assert response.status_code == 200
    suggestion.refresh_from_db()
    assert suggestion.quote == phrase


@pytest.mark.parametrize(
    "change, field",
    [
        ({"start": 0, "end": 4000}, "end"),
        ({"start": 5, "end": 9, "quote": "not the text"}, "quote"),
        ({"start": 9, "end": 5}, "end"),
        ({"start": 0, "end": 6, "relay_chain": "speaker"}, "relay_chain"),
        ({"start": 0, "end": 6, "summary": ""}, "summary"),
        ({"start": 0, "end": 6, "colour": "red"}, "colour"),
    ],
)
def test_a_bad_correction_is_refused_and_changes_nothing(document, change, field):
    suggestion = make_claim(document, "Ереван", status=Status.SUGGESTED, summary="Yerevan.")
    other = make_source()
    before = Claim.objects.values().get(pk=suggestion.pk)
    if change.get("relay_chain") == "speaker":
        change["relay_chain"] = [other.pk]
    response = correct(client_for(make_reviewer()), suggestion, speaker=other.pk, **change)

    assert response.status_code == 400
    assert field in response.json()
    assert Claim.objects.values().get(pk=suggestion.pk) == before
    assert not suggestion.attributions.exists()


def test_only_a_suggestion_is_corrected(document):
    claim = make_claim(document, "Ереван")
    response = correct(client_for(make_reviewer()), claim, start=0, end=6, speaker=make_source().pk)
    assert response.status_code == 409
    assert "no longer a suggestion" in response.json()["detail"]
    claim.refresh_from_db()
    assert (claim.start, claim.end) == (0, len("Ереван"))


def test_only_the_desk_corrects(document):
    suggestion = make_claim(document, "Ереван", status=Status.SUGGESTED)
    outsider = make_user()
    for client in (client_for(), client_for(outsider)):
        response = correct(client, suggestion, start=0, end=6, speaker=suggestion.speaker_id)
        assert response.status_code in (401, 403)


def test_speakers_are_found_by_an_alias_in_any_language(document):
    armenia = make_source("Ministry of Defence of Armenia")
    source_alias_add(source=armenia, alias="Министерство обороны Армении")
    source_alias_add(source=armenia, alias="ՀՀ պաշտպանության նախարարություն")
    answer = client_for(make_reviewer()).get(reverse("source-list"), {"name": "ПАШТПАН"})
    assert answer.json()["results"] == []
    for term in ("министерство обороны", "պաշտպանության", "defence of armenia"):
        found = client_for(make_reviewer()).get(reverse("source-list"), {"name": term}).json()
        assert [source["id"] for source in found["results"]] == [armenia.pk]


# --- A speaker the desk does not know ------------------------------------------------------------


def hold(client, document, phrase, name="Ombudsman of Karabakh", **body):
    start = TEXT.index(phrase)
    return client.post(
        reverse("held-claim-list"),
        {
            "document": document.pk,
            "start": start,
            "end": start + len(phrase),
            "summary": "Fire near Sotk.",
            "speaker_name": name,
            **body,
        },
        format="json",
    )


def test_a_claim_by_an_unknown_speaker_waits_for_an_editor_then_is_made(
    client, document, django_capture_on_commit_callbacks
):
    from sources.services import source_proposal_confirm

    reviewer, relay = make_reviewer(), make_source("Armenpress")
    incident = make_incident(title="Fire near Sotk")
    phrase = "противник открыл огонь по позициям у Сотка"
    response = hold(
        client_for(reviewer),
        document,
        phrase,
        name="  Ombudsman   of Karabakh ",
        relay_chain=[relay.pk],
        incident=incident.pk,
        stated_on="2021-11-16",
    )

    assert response.status_code == 201, response.json()
    assert response.json()["speaker_name"] == "Ombudsman of Karabakh"
    assert not Claim.objects.exists()
    proposal = SourceProposal.objects.get()
    assert proposal.name == "Ombudsman of Karabakh"
    assert list(proposal.documents.all()) == [document]
    client.force_login(reviewer)
    page = client.get(page_url(document)).content.decode()
    assert "Waiting for a new source (1)" in page and "Ombudsman of Karabakh" in page

    with django_capture_on_commit_callbacks(execute=True):
        source = source_proposal_confirm(proposal=proposal, actor=make_editor(), country="AM")

    claim = Claim.objects.get()
    start = TEXT.index(phrase)
    assert (claim.document, claim.start, claim.end, claim.quote) == (
        document,
        start,
        start + len(phrase),
        phrase,
    )
    assert (claim.speaker, claim.created_by, claim.status) == (source, reviewer, Status.NEW)
    assert [link.source for link in claim.attributions.all()] == [relay]
    assert (claim.incident, claim.stated_on) == (incident, date(2021, 11, 16))
    assert not HeldClaim.objects.exists()


def test_a_name_confirmed_as_another_name_of_a_known_source_gives_it_the_claim(document):
    from sources.services import source_proposal_confirm

    hold(client_for(make_reviewer()), document, "Ереван", name="Пресс-служба МО Армении")
    armenia = make_source("Ministry of Defence of Armenia")
    source_proposal_confirm(
        proposal=SourceProposal.objects.get(), actor=make_editor(), existing=armenia
    )
    assert Claim.objects.get().speaker == armenia


def test_a_known_name_or_a_rejected_one_is_refused_and_nothing_waits(document):
    from sources.services import source_proposal_reject

    armenia = make_source("Ministry of Defence of Armenia")
    source_alias_add(source=armenia, alias="Минобороны Армении")
    client = client_for(make_reviewer())
    known = hold(client, document, "Ереван", name="минобороны армении")
    assert known.status_code == 400
    assert "choose it from the sources" in known.json()["speaker_name"][0]

    hold(client, document, "Ереван", name="Anonymous channel")
    source_proposal_reject(proposal=SourceProposal.objects.get(), actor=make_editor())
    rejected = hold(client, document, "Сотка", name="Anonymous channel")
    assert rejected.status_code == 400
    assert "rejected" in rejected.json()["speaker_name"][0]
    assert HeldClaim.objects.count() == 1  # the first, from before the decision


@pytest.mark.parametrize(
    "body, field",
    [
        ({"end": 4000}, "end"),
        ({"quote": "not the text"}, "quote"),
        ({"summary": " "}, "summary"),
        ({"speaker_name": ""}, "speaker_name"),
        ({"relay_chain": "twice"}, "relay_chain"),
    ],
)
def test_a_bad_held_claim_is_refused_and_proposes_nothing(document, body, field):
    if body.get("relay_chain") == "twice":
        relay = make_source()
        body["relay_chain"] = [relay.pk, relay.pk]
    response = hold(client_for(make_reviewer()), document, "Ереван", **body)
    assert response.status_code == 400
    assert field in response.json()
    assert not SourceProposal.objects.exists() and not HeldClaim.objects.exists()


def test_only_the_desk_holds_claims(document):
    for client in (client_for(), client_for(make_user())):
        assert hold(client, document, "Ереван").status_code in (401, 403)
    assert not SourceProposal.objects.exists()


# --- What a correction leaves behind ----------------------------------------------------------


def test_a_correction_moves_the_version_on_so_a_stale_accept_is_refused(document):
    suggestion = make_claim(document, "Ереван", status=Status.SUGGESTED)
    seen = suggestion.workflow_version
    reviewer = make_reviewer()
    other = make_source()
    answer = correct(client_for(reviewer), suggestion, start=0, end=6, speaker=other.pk)
    assert answer.json()["workflow_version"] == seen + 1

    stale = client_for(make_reviewer()).post(
        reverse("claim-transition", args=[suggestion.pk]),
        {"name": "accept", "version": seen},
        format="json",
    )
    assert stale.status_code == 409
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.created_by) == (Status.SUGGESTED, reviewer)


def test_extraction_run_again_neither_undoes_a_correction_nor_offers_the_old_reading():
    from claims.extraction.services import document_claims_extract

    wire = make_source("South Caucasus Wire", kind=Source.Kind.OUTLET)
    baku = make_source("Ministry of Defence of Azerbaijan", kind=Source.Kind.MINISTRY)
    yerevan = make_source("Ministry of Defence of Armenia", kind=Source.Kind.MINISTRY)
    document = make_document(
        "The Ministry of Defence of Azerbaijan said Armenian units opened fire overnight.",
        publisher=wire,
        language="en",
    )
    document_claims_extract(document=document)
    suggestion = Claim.objects.get(document=document)
    assert suggestion.speaker == baku
    original = (suggestion.start, suggestion.end)

    # A reviewer reads it otherwise (the speaker, in this made-up case) and corrects it.
    correct(
        client_for(make_reviewer()),
        suggestion,
        start=suggestion.start,
        end=suggestion.end,
        speaker=yerevan.pk,
    )
    document_claims_extract(document=document)

    claims = list(Claim.objects.filter(document=document))
    assert [(c.pk, c.speaker_id) for c in claims] == [(suggestion.pk, yerevan.pk)]
    suggestion.refresh_from_db()
    assert suggestion.corrected_reading == {
        "start": original[0],
        "end": original[1],
        "speaker": baku.pk,
    }


def test_the_same_claim_is_held_once_for_a_speaker(document):
    client = client_for(make_reviewer())
    assert hold(client, document, "Ереван").status_code == 201
    again = hold(client, document, "Ереван")
    assert again.status_code == 400
    assert "already waits" in str(again.json())
    assert HeldClaim.objects.count() == 1
