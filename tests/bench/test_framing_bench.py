"""The lexicon benchmark scans with morphology on: its inflecting terms are found, with their
endings, in the text it generates for each language."""

import random

import pytest

from annotations.lexicon import find_terms
from annotations.models import LexiconEntry
from bench.framing import LANGUAGES, _terms, _text
from tests.factories import framing_label

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["ru", "az", "hy"])
def test_inflecting_terms_are_found_with_their_endings(language):
    rng = random.Random(1)
    syllables, endings, _ = LANGUAGES[language]
    terms = _terms(rng, syllables)[:50]
    LexiconEntry.objects.filter(language=language).delete()
    label = framing_label()
    LexiconEntry.objects.bulk_create(
        LexiconEntry(term=term, label=label, language=language, inflects=True) for term in terms
    )
    text = _text(rng, terms, 20_000, language)

    found = {text[start:end] for start, end, *_ in find_terms(text, language)}

    inflected = {word for word in found if word not in terms}
    assert inflected, "no term was found with an ending"
    assert all(any(word == t + e for t in terms for e in endings) for word in inflected)
