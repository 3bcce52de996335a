import hashlib
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from sources.models import Document, Source, SourceAlias
from sources.services import (
    document_create,
    document_update,
    source_alias_add,
    source_create,
    source_update,
)
from tests.factories import make_annotation, make_claim, make_document, make_source

pytestmark = pytest.mark.django_db


class TestDocumentCreate:
    def test_text_is_normalised_to_nfc_with_unix_line_ends_and_hashed(self):
        decomposed = "Gəncə\r\nQarabağ\rEnd"  # "ə" and "ğ" built from combining marks below
        decomposed = unicodedata.normalize("NFD", decomposed)
        assert decomposed != unicodedata.normalize("NFC", decomposed)

        document = document_create(title="T", text=decomposed, publisher=make_source())

        document.refresh_from_db()
        assert document.text == "Gəncə\nQarabağ\nEnd"
        assert unicodedata.is_normalized("NFC", document.text)
        assert document.sha256 == hashlib.sha256(document.text.encode()).hexdigest()

    @pytest.mark.parametrize("text", ["", "   \n\t  "])
    def test_empty_text_is_refused(self, text):
        with pytest.raises(ValidationError) as excinfo:
            document_create(title="Empty", text=text, publisher=make_source())
        assert "text" in excinfo.value.message_dict
        assert not Document.objects.exists()

    def test_text_over_the_limit_is_refused_with_its_size(self, settings):
        settings.PARALLAX_MAX_DOCUMENT_CHARS = 100
        with pytest.raises(ValidationError, match="101 characters; the limit is 100"):
            document_create(title="Big", text="x" * 101, publisher=make_source())

    def test_same_text_twice_from_one_publisher_is_refused(self):
        publisher = make_source()
        document_create(title="One", text="Same words.", publisher=publisher)
        with pytest.raises(ValidationError, match="already has a document with exactly this"):
            document_create(title="Two", text="Same words.", publisher=publisher)
        # Another outlet may publish the same wire text.
        document_create(title="Three", text="Same words.", publisher=make_source())
        assert Document.objects.count() == 2

    def test_bad_language_tag_is_refused(self):
        with pytest.raises(ValidationError) as excinfo:
            document_create(title="T", text="x", publisher=make_source(), language="English")
        assert "language" in excinfo.value.message_dict

    def test_html_is_stored_as_text(self):
        text = '<script>alert("x")</script> Baku & Yerevan'
        document = document_create(title="T", text=text, publisher=make_source())
        assert document.text == text

    def test_database_refuses_empty_text(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            Document.objects.create(title="T", text="", publisher=make_source(), sha256="0")


class TestDocumentUpdate:
    def test_text_can_change_while_nothing_points_into_it(self):
        document = make_document("First version.")
        document_update(document=document, text="Second\r\nversion.")
        document.refresh_from_db()
        assert document.text == "Second\nversion."
        assert document.sha256 == hashlib.sha256(b"Second\nversion.").hexdigest()

    @pytest.mark.parametrize("make_span", [make_claim, make_annotation])
    def test_text_is_frozen_once_a_span_points_into_it(self, make_span):
        document = make_document("Yerevan denied the report.")
        make_span(document, "denied")

        with pytest.raises(ValidationError) as excinfo:
            document_update(document=document, text="Yerevan confirmed the report.")

        assert "claims or framing annotations point into it" in str(excinfo.value)
        document.refresh_from_db()
        assert document.text == "Yerevan denied the report."

    def test_metadata_of_a_referenced_document_can_still_change(self):
        document = make_document("Yerevan denied the report.")
        make_claim(document, "denied")
        document_update(document=document, title="Renamed", text=document.text)
        document.refresh_from_db()
        assert document.title == "Renamed"

    def test_unknown_fields_are_refused(self):
        document = make_document()
        with pytest.raises(ValidationError, match="sha256"):
            document_update(document=document, sha256="forged")


class TestDeletion:
    def test_deleting_a_document_with_claims_is_refused(self):
        claim = make_claim()
        with pytest.raises(ProtectedError):
            claim.document.delete()
        assert Document.objects.filter(pk=claim.document_id).exists()

    def test_deleting_a_document_with_annotations_is_refused(self):
        annotation = make_annotation()
        with pytest.raises(ProtectedError):
            annotation.document.delete()

    def test_deleting_a_speaker_is_refused(self):
        claim = make_claim()
        with pytest.raises(ProtectedError):
            claim.speaker.delete()
        assert Source.objects.filter(pk=claim.speaker_id).exists()

    def test_deleting_a_publisher_is_refused(self):
        document = make_document()
        with pytest.raises(ProtectedError):
            document.publisher.delete()

    def test_deleting_a_relay_source_is_refused(self):
        agency = make_source("RIA")
        make_claim(relay_chain=[agency])
        with pytest.raises(ProtectedError):
            agency.delete()

    def test_an_unreferenced_source_can_be_deleted_with_its_aliases(self):
        source = make_source("Interfax", aliases=["Interfax news agency"])
        source.delete()
        assert not SourceAlias.objects.exists()


class TestSources:
    def test_aliases_are_unique_without_regard_to_case(self):
        baku = make_source("Ministry of Defence of Azerbaijan", aliases=["Baku"])
        yerevan = make_source("Ministry of Defence of Armenia")
        with pytest.raises(ValidationError, match="already belongs to a source"):
            source_alias_add(source=yerevan, alias="BAKU")
        assert list(baku.aliases.values_list("alias", flat=True)) == ["Baku"]

    def test_database_refuses_a_case_variant_alias(self):
        source = make_source(aliases=["Yerevan"])
        with pytest.raises(IntegrityError), transaction.atomic():
            SourceAlias.objects.create(source=source, alias="yerevan")

    def test_aliases_in_other_scripts(self):
        source = make_source(aliases=["Минобороны Армении", "ՀՀ ՊՆ", "Müdafiə Nazirliyi"])
        assert set(source.aliases.values_list("alias", flat=True)) == {
            "Минобороны Армении",
            "ՀՀ ՊՆ",
            "Müdafiə Nazirliyi",
        }
        with pytest.raises(ValidationError):
            source_alias_add(source=make_source(), alias="минобороны армении")

    def test_country_must_be_iso_alpha2(self):
        with pytest.raises(ValidationError) as excinfo:
            source_create(name="X", country="Armenia")
        assert "country" in excinfo.value.message_dict
        assert source_create(name="Y", country="am").country == "AM"

    def test_a_source_cannot_be_its_own_ancestor(self):
        ministry = make_source("Ministry")
        spokesman = make_source("Spokesman", parent=ministry)
        with pytest.raises(ValidationError) as excinfo:
            source_update(source=ministry, parent=spokesman)
        assert "parent" in excinfo.value.message_dict
        ministry.refresh_from_db()
        assert ministry.parent is None
