"""Saving through the admin goes through the services, and their rules show as form errors."""

import pytest
from django.urls import reverse

from annotations.models import Annotation
from claims.models import Attribution, Claim, ClaimPair, Incident
from claims.status import Status
from sources.models import Document, Source
from sources.text import text_sha256
from tests.admin.helpers import form_errors, form_values
from tests.factories import framing_label, make_claim, make_document, make_source

pytestmark = pytest.mark.django_db


def url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    client.user = superuser
    return client


def change_form(client, obj):
    """The values the change page's form holds, as a browser would post them."""
    response = client.get(url(type(obj), "change", obj.pk))
    assert response.status_code == 200
    return form_values(response, f"{obj._meta.model_name}_form")


class TestDocuments:
    def test_adding_a_document_normalises_and_hashes_its_text(self, editor_client):
        publisher = make_source()
        text = "  Baku said the shelling began at dawn.\r\nYerevan denied it.\rCafe\u0301 closed.\n"
        response = editor_client.post(
            url(Document, "add"),
            {
                "title": "  Border clash  ",
                "url": "",
                "publisher": publisher.pk,
                "published_at_0": "2021-11-16",
                "published_at_1": "10:00:00",
                "language": "en",
                "text": text,
            },
        )
        assert response.status_code == 302, form_errors(response)
        document = Document.objects.get()
        expected = "  Baku said the shelling began at dawn.\nYerevan denied it.\nCafé closed.\n"
        assert document.text == expected
        assert document.sha256 == text_sha256(expected)
        assert document.title == "Border clash"
        assert document.created_by == editor_client.user

    def test_the_same_text_twice_from_one_publisher_is_a_form_error(self, editor_client):
        document = make_document("Baku said the shelling began at dawn.\n")
        data = {
            "title": "Again",
            "url": "",
            "publisher": document.publisher.pk,
            "language": "en",
            "text": "Baku said the shelling began at dawn.\r\n",
        }
        response = editor_client.post(url(Document, "add"), data)
        assert response.status_code == 200
        assert "already has a document with exactly this text" in str(form_errors(response))
        assert "needs some text" not in str(form_errors(response))  # the text was given
        assert Document.objects.count() == 1
        # Another document's text may not become a copy of this one either.
        other = make_document("Something else.", publisher=document.publisher)
        data = {**change_form(editor_client, other), "text": document.text}
        response = editor_client.post(url(Document, "change", other.pk), data)
        assert response.status_code == 200
        assert "already has a document with exactly this text" in str(form_errors(response))
        other.refresh_from_db()
        assert other.text == "Something else."

    def test_saving_an_unchanged_document_keeps_it_as_it_was(self, editor_client):
        document = make_document("First line.\nSecond line.\n")
        data = change_form(editor_client, document)
        # Browsers send textarea line ends as CRLF.
        data["text"] = data["text"].replace("\n", "\r\n")
        response = editor_client.post(url(Document, "change", document.pk), data)
        assert response.status_code == 302, form_errors(response)
        document.refresh_from_db()
        assert document.text == "First line.\nSecond line.\n"

    def test_editing_the_text_under_a_claim_is_refused_on_the_text_field(self, editor_client):
        document = make_document("Baku said the shelling began at dawn.")
        data = change_form(editor_client, document)  # loaded while the text was still free
        make_claim(document, "the shelling began")
        data["text"] = "Baku said nothing at all."
        response = editor_client.post(url(Document, "change", document.pk), data)
        assert response.status_code == 200
        assert "cannot change" in " ".join(form_errors(response)["text"])
        document.refresh_from_db()
        assert document.text == "Baku said the shelling began at dawn."

    def test_editing_the_text_of_a_free_document_goes_through(self, editor_client):
        document = make_document("Draft text.")
        data = change_form(editor_client, document)
        data["text"] = "Final text,\r\nin two lines."
        response = editor_client.post(url(Document, "change", document.pk), data)
        assert response.status_code == 302, form_errors(response)
        document.refresh_from_db()
        assert document.text == "Final text,\nin two lines."
        assert document.sha256 == text_sha256(document.text)

    def test_metadata_of_a_document_with_claims_can_change(self, editor_client):
        document = make_document("Baku said the shelling began at dawn.")
        make_claim(document)
        data = change_form(editor_client, document)
        assert "text" not in data
        data["title"] = "Renamed"
        response = editor_client.post(url(Document, "change", document.pk), data)
        assert response.status_code == 302, form_errors(response)
        document.refresh_from_db()
        assert document.title == "Renamed"


class TestClaims:
    def add(self, client, document, **fields):
        data = {
            "document": document.pk,
            "start": "",
            "end": "",
            "quote": "",
            "speaker": "",
            "summary": "",
            "incident": "",
            "stated_on": "",
            "attributions-TOTAL_FORMS": "0",
            "attributions-INITIAL_FORMS": "0",
            "attributions-MIN_NUM_FORMS": "0",
            "attributions-MAX_NUM_FORMS": "1000",
        }
        chain = fields.pop("chain", [])
        data.update({key: str(value) for key, value in fields.items()})
        for index, (position, source) in enumerate(chain):
            data[f"attributions-{index}-position"] = position
            data[f"attributions-{index}-source"] = source.pk
        data["attributions-TOTAL_FORMS"] = str(len(chain))
        return client.post(url(Claim, "add"), data)

    def test_adding_a_claim_with_a_relay_chain(self, editor_client):
        document = make_document("Baku said the shelling began at dawn.")
        speaker, ria, afp, tass = (make_source() for _ in range(4))
        response = self.add(
            editor_client,
            document,
            start=10,
            end=28,
            speaker=speaker.pk,
            summary="  The   shelling began at dawn. ",
            chain=[("2", afp), ("", tass), ("1", ria)],
        )
        assert response.status_code == 302, form_errors(response)
        claim = Claim.objects.get()
        assert claim.quote == "the shelling began"
        assert claim.summary == "The shelling began at dawn."
        assert claim.status == Status.NEW
        assert claim.created_by == editor_client.user
        chain = list(claim.attributions.order_by("position").values_list("source", "position"))
        assert chain == [(ria.pk, 1), (afp.pk, 2), (tass.pk, 3)]

    def test_a_quote_that_does_not_match_is_a_form_error(self, editor_client):
        document = make_document("Baku said the shelling began at dawn.")
        response = self.add(
            editor_client,
            document,
            start=10,
            end=28,
            quote="the shelling ended",
            speaker=make_source().pk,
            summary="It ended.",
        )
        assert response.status_code == 200
        assert "does not match the text" in " ".join(form_errors(response)["quote"])
        assert not Claim.objects.exists()

    def test_offsets_past_the_text_are_a_form_error(self, editor_client):
        document = make_document("Short.")
        response = self.add(
            editor_client, document, start=2, end=99, speaker=make_source().pk, summary="x"
        )
        assert response.status_code == 200
        assert "past the end of the text" in " ".join(form_errors(response)["end"])
        assert not Claim.objects.exists()

    def test_the_speaker_in_the_relay_chain_is_a_form_error(self, editor_client):
        document = make_document("Baku said the shelling began at dawn.")
        speaker = make_source()
        response = self.add(
            editor_client,
            document,
            start=0,
            end=4,
            speaker=speaker.pk,
            summary="Baku.",
            chain=[("1", speaker)],
        )
        assert response.status_code == 200
        assert "speaker is the start of the chain" in " ".join(
            form_errors(response)["attributions"]
        )
        assert not Claim.objects.exists()

    def test_the_relay_chain_can_be_reordered(self, editor_client):
        ria, afp = make_source(), make_source()
        claim = make_claim(relay_chain=[ria, afp])
        data = change_form(editor_client, claim)
        first, second = data["attributions-0-source"], data["attributions-1-source"]
        assert (first, second) == (str(ria.pk), str(afp.pk))
        data["attributions-0-position"], data["attributions-1-position"] = "2", "1"
        response = editor_client.post(url(Claim, "change", claim.pk), data)
        assert response.status_code == 302, form_errors(response)
        chain = list(claim.attributions.order_by("position").values_list("source", flat=True))
        assert chain == [afp.pk, ria.pk]

    def test_the_span_speaker_and_status_cannot_be_changed(self, editor_client):
        claim = make_claim(make_document("Baku said the shelling began at dawn."), "Baku")
        data = change_form(editor_client, claim)
        assert not {"document", "start", "end", "quote", "speaker", "status"} & set(data)
        data.update(
            {
                "summary": "Baku spoke.",
                "start": "5",
                "end": "9",
                "quote": "said",
                "status": Status.PUBLISHED,
                "speaker": make_source().pk,
            }
        )
        response = editor_client.post(url(Claim, "change", claim.pk), data)
        assert response.status_code == 302, form_errors(response)
        before = (claim.start, claim.end, claim.quote, claim.speaker_id)
        claim.refresh_from_db()
        assert claim.summary == "Baku spoke."
        assert (claim.start, claim.end, claim.quote, claim.speaker_id) == before
        assert claim.status == Status.NEW


class TestPairs:
    def post(self, client, first, second, relation="corroborates"):
        return client.post(
            url(ClaimPair, "add"),
            {"claim_a": first.pk, "claim_b": second.pk, "relation": relation, "rationale": ""},
        )

    def test_a_pair_entered_in_reverse_order_is_stored_in_id_order(self, editor_client):
        first, second = make_claim(), make_claim()
        response = self.post(editor_client, second, first, "contradicts")
        assert response.status_code == 302, form_errors(response)
        pair = ClaimPair.objects.get()
        assert (pair.claim_a, pair.claim_b, pair.relation) == (first, second, "contradicts")
        assert pair.created_by == editor_client.user

    def test_a_duplicate_in_reverse_order_is_a_form_error(self, editor_client):
        first, second = make_claim(), make_claim()
        assert self.post(editor_client, first, second, "contradicts").status_code == 302
        response = self.post(editor_client, second, first)
        assert response.status_code == 200
        message = " ".join(form_errors(response)["claim_b"])
        assert f"Claims #{first.pk} and #{second.pk} are already paired" in message
        assert "contradict" in message
        assert ClaimPair.objects.count() == 1

    def test_a_claim_cannot_be_paired_with_itself(self, editor_client):
        claim = make_claim()
        response = self.post(editor_client, claim, claim)
        assert response.status_code == 200
        assert "cannot be paired with itself" in " ".join(form_errors(response)["claim_b"])
        assert not ClaimPair.objects.exists()

    def test_the_add_form_can_start_from_a_claim(self, editor_client):
        claim = make_claim()
        page = editor_client.get(url(ClaimPair, "add"), {"claim_a": claim.pk}).content.decode()
        assert f'<option value="{claim.pk}" selected>' in page


class TestAnnotations:
    def post(self, client, document, phrase, label, quote=""):
        start = document.text.index(phrase)
        return client.post(
            url(Annotation, "add"),
            {
                "document": document.pk,
                "start": start,
                "end": start + len(phrase),
                "quote": quote,
                "label": label.pk,
                "note": "",
            },
        )

    def test_adding_an_annotation_goes_through_the_service(self, editor_client):
        document = make_document("Yerevan called this a provocation by the enemy.")
        label = framing_label("provocation-framing")
        response = self.post(editor_client, document, "provocation", label)
        assert response.status_code == 302, form_errors(response)
        annotation = Annotation.objects.get()
        assert annotation.annotator == editor_client.user
        assert annotation.state == Annotation.State.ACCEPTED
        assert annotation.origin == Annotation.Origin.MANUAL
        # The service stores the W3C context.
        assert annotation.prefix == "Yerevan called this a "
        assert annotation.suffix == " by the enemy."

    def test_the_same_span_and_label_twice_is_a_form_error(self, editor_client):
        document = make_document("Yerevan called this a provocation.")
        label = framing_label("provocation-framing")
        assert self.post(editor_client, document, "provocation", label).status_code == 302
        response = self.post(editor_client, document, "provocation", label)
        assert response.status_code == 200
        assert "already given this span this label" in str(form_errors(response))
        assert Annotation.objects.count() == 1

    def test_a_quote_mismatch_and_a_retired_label_are_form_errors(self, editor_client):
        document = make_document("Yerevan called this a provocation.")
        label = framing_label("provocation-framing")
        response = self.post(editor_client, document, "provocation", label, quote="provocatiom")
        assert "does not match" in " ".join(form_errors(response)["quote"])
        label.is_active = False
        label.save(update_fields=["is_active"])
        response = self.post(editor_client, document, "provocation", label)
        assert "label" in form_errors(response)
        assert not Annotation.objects.exists()


class TestSourcesAndIncidents:
    def test_adding_a_source_with_aliases(self, editor_client):
        response = editor_client.post(
            url(Source, "add"),
            {
                "name": " Ministry of Defence of Azerbaijan ",
                "short_name": "",
                "kind": Source.Kind.MINISTRY,
                "country": "AZ",
                "state_affiliated": "on",
                "parent": "",
                "description": "",
                "url": "",
                "aliases-TOTAL_FORMS": "2",
                "aliases-INITIAL_FORMS": "0",
                "aliases-MIN_NUM_FORMS": "0",
                "aliases-MAX_NUM_FORMS": "1000",
                "aliases-0-alias": "Baku",
                "aliases-1-alias": "  Azerbaijan's   defence ministry ",
            },
        )
        assert response.status_code == 302, form_errors(response)
        source = Source.objects.get()
        assert source.name == "Ministry of Defence of Azerbaijan"
        assert sorted(source.aliases.values_list("alias", "key")) == [
            ("Azerbaijan's defence ministry", "azerbaijan's defence ministry"),
            ("Baku", "baku"),
        ]

    def test_an_alias_taken_by_another_source_is_a_form_error(self, editor_client):
        make_source(aliases=["Baku"])
        source = make_source()
        data = change_form(editor_client, source)
        data["aliases-0-alias"] = "BAKU"
        response = editor_client.post(url(Source, "change", source.pk), data)
        assert response.status_code == 200
        assert "“Baku” already belongs to" in str(form_errors(response))
        assert not source.aliases.exists()

    def test_the_same_alias_twice_in_one_form_is_a_form_error(self, editor_client):
        source = make_source()
        data = change_form(editor_client, source)
        data.update({"aliases-TOTAL_FORMS": "2", "aliases-0-alias": "Baku"})
        data.update({"aliases-1-alias": "baku ", "aliases-1-id": "", "aliases-1-source": source.pk})
        response = editor_client.post(url(Source, "change", source.pk), data)
        assert response.status_code == 200
        assert "listed twice" in str(form_errors(response))
        assert not source.aliases.exists()

    def test_an_incident_that_ends_before_it_starts_is_a_form_error(self, editor_client):
        data = {"title": "Clash", "starts_on": "2021-11-16", "ends_on": "2021-11-15"}
        response = editor_client.post(url(Incident, "add"), {**data, "place": ""})
        assert response.status_code == 200
        assert "cannot end before it starts" in str(form_errors(response))
        data["ends_on"] = "2021-11-17"
        assert editor_client.post(url(Incident, "add"), data).status_code == 302
        assert Incident.objects.get().title == "Clash"

    def test_relay_links_are_only_read_on_their_own_page(self, editor_client):
        make_claim(relay_chain=[make_source()])
        link = Attribution.objects.get()
        assert editor_client.get(url(Attribution, "add")).status_code == 403
        page = editor_client.get(url(Attribution, "change", link.pk)).content.decode()
        assert 'name="_save"' not in page


class TestVerificationTasks:
    def test_a_second_open_task_and_a_task_for_nobody_are_form_errors(self, editor_client):
        from verification.models import Team, VerificationTask

        claim = make_claim()
        team = Team.objects.create(name="Caucasus desk")
        data = {"claim": claim.pk, "team": team.pk, "priority": "3", "instructions": ""}
        assert editor_client.post(url(VerificationTask, "add"), data).status_code == 302
        task = VerificationTask.objects.get()
        assert (task.claim, task.state, task.created_by) == (claim, "open", editor_client.user)

        response = editor_client.post(url(VerificationTask, "add"), data)
        assert response.status_code == 200
        assert "already has an open verification task" in str(form_errors(response))
        response = editor_client.post(url(VerificationTask, "add"), {**data, "team": ""})
        assert response.status_code == 200
        assert "a team, a person, or both" in str(form_errors(response))
        assert VerificationTask.objects.count() == 1
