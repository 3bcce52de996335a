"""Two things every language needs from the finder and the service: a surname alone means the
person of that surname named before it, and a statement that opens on a quotation mark in the
middle of its sentence loses the mark."""

import pytest

from claims.extraction.finder import find_statements
from claims.extraction.rules import Rules
from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source
from tests.factories import make_document, make_source

pytestmark = pytest.mark.django_db

RULES = """
language = "xx"
sentence_end = ".!?"
quotes = ["«»"]
say_verbs = ["said"]
[macros]
END = "\\\\s*[.!?]?\\\\s*$"
[[patterns]]
name = "speaker said: content"
regex = "^{SPEAKER}\\\\s+{SAY}:\\\\s+{CONTENT}{END}"
"""


def test_a_statement_opening_on_a_quotation_mark_mid_sentence_loses_it():
    text = "Earlier today Pashinyan said: «The talks will go on in Brussels»."
    rules = Rules.from_toml(RULES.replace("^{SPEAKER}", "^Earlier\\\\s+today\\\\s+{SPEAKER}"))
    (statement,) = find_statements(text, rules, [])
    assert text[statement.start : statement.end] == "The talks will go on in Brussels"


def test_a_surname_alone_is_the_known_person_the_text_named_before(db):
    publisher = make_source("Lori Herald", kind=Source.Kind.OUTLET)
    mirzoyan = make_source("Ararat Mirzoyan", kind=Source.Kind.OFFICIAL)
    make_source("Armen Mirzoyan", kind=Source.Kind.OFFICIAL)
    text = (
        "Foreign Minister Ararat Mirzoyan met the OSCE chairman in Vienna on Monday. "
        "Mirzoyan said the talks on the peace treaty had been constructive."
    )
    document = make_document(text, publisher=publisher, language="en")
    result = document_claims_extract(document=document)
    (claim,) = Claim.objects.filter(document=document)
    assert claim.speaker == mirzoyan
    assert claim.quote == "the talks on the peace treaty had been constructive"
    assert result.proposed == []


def test_a_surname_nobody_was_named_by_before_is_proposed(db):
    publisher = make_source("Lori Herald", kind=Source.Kind.OUTLET)
    make_source("Ararat Mirzoyan", kind=Source.Kind.OFFICIAL)
    text = "Grigoryan said the talks on the peace treaty had been constructive."
    document = make_document(text, publisher=publisher, language="en")
    result = document_claims_extract(document=document)
    assert result.proposed == ["Grigoryan"]
