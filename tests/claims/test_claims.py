from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.models import Claim, ClaimPair
from claims.services import (
    claim_create,
    claim_pair_create,
    claim_pair_update,
    claim_set_relay_chain,
    claim_update,
    incident_update,
)
from claims.status import Status
from sources.services import document_create
from tests.factories import make_claim, make_document, make_incident, make_source, make_user
from verification.models import Rating, Verdict, VerificationTask
from verification.services import claim_transition

pytestmark = pytest.mark.django_db

TEXTS = {
    "armenian": ("ՀՀ ՊՆ-ն հայտարարել է, որ հակառակորդը կրակ է բացել։", "հակառակորդը կրակ է բացել"),
    "cyrillic": ("Минобороны Армении заявило о провокации противника.", "о провокации противника"),
    "azerbaijani": ("Müdafiə Nazirliyi bildirib ki, təxribatın qarşısı alınıb.", "təxribatın"),
    "astral plane": ("🔥🇦🇲 Yerevan 𝐬𝐚𝐢𝐝 the enemy attacked.", "the enemy attacked"),
}


def span_of(document, phrase):
    start = document.text.index(phrase)
    return start, start + len(phrase)


class TestClaimSpans:
    @pytest.mark.parametrize("script", TEXTS)
    def test_offsets_are_code_points_in_every_script(self, script):
        text, phrase = TEXTS[script]
        document = make_document(text)
        start, end = span_of(document, phrase)

        claim = claim_create(
            document=document,
            start=start,
            end=end,
            quote=phrase,
            speaker=make_source(),
            summary="s",
        )

        claim.refresh_from_db()
        assert claim.quote == phrase == document.text[claim.start : claim.end]

    def test_characters_outside_the_bmp_count_as_one_offset(self):
        document = make_document("🔥 occupied")
        claim = claim_create(document=document, start=2, end=10, speaker=make_source(), summary="s")
        assert claim.quote == "occupied"

    def test_quote_is_taken_from_the_text_when_left_out(self):
        document = make_document("Baku said the shelling began at dawn.")
        claim = claim_create(document=document, start=0, end=4, speaker=make_source(), summary="s")
        assert claim.quote == "Baku"

    def test_text_is_matched_after_normalisation(self):
        # The document stores NFC; a span computed on the stored text lines up.
        document = document_create(
            title="t", text="Qaraba\u0306g\u0306 E\u0301", publisher=make_source()
        )
        assert document.text == "Qarabăğ É"
        # A quote sent in decomposed form is compared in NFC too.
        claim = claim_create(
            document=document,
            start=0,
            end=7,
            quote="Qaraba\u0306g\u0306",
            speaker=make_source(),
            summary="s",
        )
        assert claim.quote == "Qarabăğ"

    @pytest.mark.parametrize(
        ("start", "end", "field", "message"),
        [
            (0, 999, "end", "past the end of the text"),
            (10, 10, "end", "must be greater than the start"),
            (12, 5, "end", "must be greater than the start"),
            (-1, 4, "start", ""),
        ],
    )
    def test_bad_offsets_are_refused_and_nothing_is_saved(self, start, end, field, message):
        document = make_document("Baku said the shelling began at dawn.")
        with pytest.raises(ValidationError) as excinfo:
            claim_create(
                document=document, start=start, end=end, speaker=make_source(), summary="s"
            )
        assert field in excinfo.value.message_dict
        assert message in " ".join(excinfo.value.message_dict[field])
        assert not Claim.objects.exists()

    def test_quote_mismatch_is_refused_showing_the_real_text(self):
        document = make_document("Baku said the shelling began at dawn.")
        with pytest.raises(ValidationError) as excinfo:
            claim_create(
                document=document,
                start=0,
                end=4,
                quote="Yerevan",
                speaker=make_source(),
                summary="s",
            )
        assert "'Baku'" in excinfo.value.message_dict["quote"][0]
        assert not Claim.objects.exists()

    def test_empty_quote_is_refused(self):
        with pytest.raises(ValidationError):
            claim_create(
                document=make_document(),
                start=0,
                end=4,
                quote="",
                speaker=make_source(),
                summary="s",
            )

    def test_same_span_and_speaker_twice_is_refused(self):
        claim = make_claim()
        with pytest.raises(ValidationError, match="already has a claim on exactly this span"):
            claim_create(
                document=claim.document,
                start=claim.start,
                end=claim.end,
                speaker=claim.speaker,
                summary="again",
            )

    def test_a_claim_cannot_be_created_further_down_the_workflow(self):
        with pytest.raises(ValidationError):
            make_claim(status=Status.PUBLISHED)

    def test_database_refuses_inverted_span(self):
        claim = make_claim()
        with pytest.raises(IntegrityError), transaction.atomic():
            Claim.objects.filter(pk=claim.pk).update(start=claim.end, end=claim.start)

    def test_database_refuses_quote_of_the_wrong_length(self):
        claim = make_claim()
        with pytest.raises(IntegrityError), transaction.atomic():
            Claim.objects.filter(pk=claim.pk).update(quote=claim.quote + "!")

    def test_database_refuses_an_unknown_status(self):
        claim = make_claim()
        with pytest.raises(IntegrityError), transaction.atomic():
            Claim.objects.filter(pk=claim.pk).update(status="approved-by-magic")


class TestRelayChain:
    def test_chain_is_kept_in_order(self):
        council = make_source("Security Council of Armenia")
        ria, afp = make_source("RIA Novosti"), make_source("AFP")
        claim = make_claim(speaker=council, relay_chain=[ria, afp])
        chain = [a.source for a in claim.attributions.order_by("position")]
        assert chain == [ria, afp]
        assert [a.position for a in claim.attributions.order_by("position")] == [1, 2]

    def test_chain_can_be_replaced(self):
        ria, afp, interfax = make_source("RIA"), make_source("AFP"), make_source("Interfax")
        claim = make_claim(relay_chain=[ria, afp])
        claim_set_relay_chain(claim=claim, relay_chain=[interfax])
        assert [a.source for a in claim.attributions.all()] == [interfax]

    def test_speaker_in_own_chain_is_refused(self):
        speaker = make_source()
        with pytest.raises(ValidationError, match="list only who relayed it"):
            make_claim(speaker=speaker, relay_chain=[speaker])
        assert not Claim.objects.exists()

    def test_a_source_twice_in_the_chain_is_refused(self):
        ria = make_source("RIA")
        with pytest.raises(ValidationError, match="appears twice"):
            make_claim(relay_chain=[ria, ria])
        assert not Claim.objects.exists()


class TestClaimPairs:
    def test_pair_is_stored_in_id_order_whichever_way_it_is_given(self):
        first, second = make_claim(), make_claim()
        pair = claim_pair_create(claim_a=second, claim_b=first, relation="contradicts")
        assert (pair.claim_a, pair.claim_b) == (first, second)

    @pytest.mark.parametrize("reverse", [False, True])
    def test_the_same_pair_in_either_order_is_refused(self, reverse):
        first, second = make_claim(), make_claim()
        claim_pair_create(claim_a=first, claim_b=second, relation="contradicts")
        a, b = (second, first) if reverse else (first, second)
        with pytest.raises(ValidationError, match="already paired"):
            claim_pair_create(claim_a=a, claim_b=b, relation="corroborates")
        assert ClaimPair.objects.count() == 1

    def test_a_claim_cannot_be_paired_with_itself(self):
        claim = make_claim()
        with pytest.raises(ValidationError, match="itself"):
            claim_pair_create(claim_a=claim, claim_b=claim, relation="contradicts")
        assert not ClaimPair.objects.exists()

    def test_unknown_relation_is_refused(self):
        with pytest.raises(ValidationError):
            claim_pair_create(claim_a=make_claim(), claim_b=make_claim(), relation="refutes")

    def test_database_refuses_self_pair_and_reversed_duplicate(self):
        first, second = make_claim(), make_claim()
        with pytest.raises(IntegrityError), transaction.atomic():
            ClaimPair.objects.create(claim_a=first, claim_b=first, relation="contradicts")
        ClaimPair.objects.create(claim_a=first, claim_b=second, relation="contradicts")
        with pytest.raises(IntegrityError), transaction.atomic():
            ClaimPair.objects.create(claim_a=second, claim_b=first, relation="contradicts")


class TestIncidents:
    def test_an_incident_cannot_end_before_it_starts(self):
        with pytest.raises(ValidationError, match="cannot end before it starts"):
            make_incident(starts_on=date(2021, 11, 14), ends_on=date(2021, 11, 13))


# The shape a published verdict's snapshot must have at least (verification.snapshots has the rest).
FROZEN = {"claim": {}}


class TestVerdictInvariants:
    @pytest.fixture
    def rating(self):
        return Rating.objects.get_or_create(slug="test-false", defaults={"label": "Test false"})[0]

    def test_database_enforces_four_eyes(self, rating):
        reviewer = make_user()
        with pytest.raises(IntegrityError), transaction.atomic():
            Verdict.objects.create(
                claim=make_claim(),
                rating=rating,
                rationale="r",
                reviewer=reviewer,
                approver=reviewer,
                published_at=timezone.now(),
                snapshot=FROZEN,
            )

    def test_database_allows_one_draft_per_claim(self, rating):
        claim, reviewer = make_claim(), make_user()
        Verdict.objects.create(claim=claim, rating=rating, rationale="r", reviewer=reviewer)
        with pytest.raises(IntegrityError), transaction.atomic():
            Verdict.objects.create(
                claim=claim, version=2, rating=rating, rationale="r", reviewer=reviewer
            )

    def test_a_published_correction_needs_a_note(self, rating):
        claim, reviewer, editor = make_claim(), make_user(), make_user()
        fields = {
            "claim": claim,
            "rating": rating,
            "rationale": "r",
            "reviewer": reviewer,
            "approver": editor,
            "published_at": timezone.now(),
            "snapshot": FROZEN,
        }
        Verdict.objects.create(version=1, **fields)
        with pytest.raises(IntegrityError), transaction.atomic():
            Verdict.objects.create(version=2, **fields)
        Verdict.objects.create(version=2, correction_note="Casualty figure corrected.", **fields)

    def test_a_published_verdict_needs_an_approver(self, rating):
        with pytest.raises(IntegrityError), transaction.atomic():
            Verdict.objects.create(
                claim=make_claim(),
                rating=rating,
                rationale="r",
                reviewer=make_user(),
                published_at=timezone.now(),
                snapshot=FROZEN,
            )

    def test_a_published_verdict_has_a_snapshot(self, rating):
        fields = {
            "rating": rating,
            "rationale": "r",
            "reviewer": make_user(),
            "approver": make_user(),
            "published_at": timezone.now(),
        }
        with pytest.raises(IntegrityError), transaction.atomic():
            Verdict.objects.create(claim=make_claim(), **fields)
        Verdict.objects.create(claim=make_claim(), snapshot=FROZEN, **fields)


class TestTaskInvariants:
    def test_one_open_task_per_claim(self):
        claim, person = make_claim(), make_user()
        VerificationTask.objects.create(claim=claim, assignee=person)
        with pytest.raises(IntegrityError), transaction.atomic():
            VerificationTask.objects.create(claim=claim, assignee=person)
        # Closed tasks do not count.
        VerificationTask.objects.filter(claim=claim).update(state="done")
        VerificationTask.objects.create(claim=claim, assignee=person)

    def test_a_task_is_about_a_claim_or_a_pair(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            VerificationTask.objects.create(assignee=make_user())

    def test_a_task_needs_a_team_or_a_person(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            VerificationTask.objects.create(claim=make_claim())


class TestUpdates:
    def test_claim_description_can_be_edited_and_the_span_cannot(self):
        claim = make_claim()
        incident = make_incident()
        claim_update(
            claim=claim, summary="  Baku   says the shelling began at dawn ", incident=incident
        )
        claim.refresh_from_db()
        assert (claim.summary, claim.incident) == ("Baku says the shelling began at dawn", incident)
        with pytest.raises(ValidationError, match="start"):
            claim_update(claim=claim, start=1)
        with pytest.raises(ValidationError, match="status"):
            claim_update(claim=claim, status=Status.PUBLISHED)

    def test_what_a_published_verdict_froze_waits_for_a_reopen(self):
        from tests.claims.workflow_helpers import claim_at
        from tests.factories import make_editor, make_reviewer

        editor = make_editor()
        claim = claim_at(
            Status.PUBLISHED, editor=editor, reviewer=make_reviewer(), publisher=make_editor()
        )
        before = Claim.objects.get(pk=claim.pk)
        ria = make_source("RIA Novosti")
        changes = {
            "summary": "Something else entirely",
            "stated_on": date(2021, 11, 14),
            "incident": make_incident(),
        }
        for field, value in changes.items():
            with pytest.raises(ValidationError, match="Reopen the claim") as refused:
                claim_update(claim=claim, **{field: value})
            assert field in refused.value.message_dict
        with pytest.raises(ValidationError, match="Reopen the claim"):
            claim_set_relay_chain(claim=claim, relay_chain=[ria])
        after = Claim.objects.get(pk=claim.pk)
        assert (after.summary, after.stated_on, after.incident_id) == (
            before.summary,
            before.stated_on,
            before.incident_id,
        )
        assert not after.attributions.exists()
        # Saving what is already there is no change, and is not refused.
        claim_update(claim=claim, summary=before.summary, stated_on=before.stated_on)
        claim_transition(claim=claim, name="reopen", actor=editor, comment="Wording.")
        claim_update(claim=claim, **changes)
        claim_set_relay_chain(claim=claim, relay_chain=[ria])
        assert Claim.objects.get(pk=claim.pk).summary == "Something else entirely"

    def test_pair_relation_and_rationale_can_change_but_not_the_claims(self):
        pair = claim_pair_create(claim_a=make_claim(), claim_b=make_claim(), relation="contradicts")
        claim_pair_update(pair=pair, relation="corroborates", rationale=" Both cite one video. ")
        pair.refresh_from_db()
        assert (pair.relation, pair.rationale) == ("corroborates", "Both cite one video.")
        with pytest.raises(ValidationError, match="claim_a"):
            claim_pair_update(pair=pair, claim_a=make_claim())

    def test_incident_dates_are_checked_on_update(self):
        incident = make_incident(starts_on=date(2021, 11, 13))
        with pytest.raises(ValidationError, match="cannot end before it starts"):
            incident_update(incident=incident, ends_on=date(2021, 11, 1))
        incident.refresh_from_db()
        assert incident.ends_on is None
