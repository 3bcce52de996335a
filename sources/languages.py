"""The language a document is written in, read from its text (lingua).

A document whose language was not given gets the one its text is in, or the desk's default
(``PARALLAX_DEFAULT_LANGUAGE``) when the text is too short or too mixed to tell. A language that
was given is kept unless the text is, with confidence, in another one: "en" given for a
Russian wire stays "en" only while the detector is unsure. Documents keep what they were given
(``Document.language_given``), so a page can say that the language was detected or corrected.

The detector knows the languages the conflict is reported in and its neighbours', so that a
Georgian or Turkish text is named as such (and told it has no extraction rules) rather than
taken for one of the four.
"""

import functools
from dataclasses import dataclass

from django.conf import settings

from .text import primary_language

# Top confidence above which the text's language replaces a given one, and above which an
# unset language is taken from the text rather than the desk's default.
OVERRIDE_CONFIDENCE = 0.9
DETECT_CONFIDENCE = 0.5
# Characters read: the start of a text says its language as well as all of it does. Below
# MIN_LETTERS letters ("ok 42", a headline of two words) nothing is detected.
SAMPLE_CHARS = 3_000
MIN_LETTERS = 12
LANGUAGES = (
    "ENGLISH",
    "RUSSIAN",
    "AZERBAIJANI",
    "ARMENIAN",
    "GEORGIAN",
    "UKRAINIAN",
    "TURKISH",
    "PERSIAN",
    "ARABIC",
    "FRENCH",
    "GERMAN",
    "SPANISH",
)


@dataclass(frozen=True)
class Detection:
    language: str  # ISO 639-1, lower case
    confidence: float  # 0–1


@functools.cache
def _detector():
    # Imported here: the models load on first use, not when Django starts.
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        *(getattr(Language, name) for name in LANGUAGES)
    ).build()


def detect_language(text: str) -> Detection | None:
    """The most likely language of ``text`` and how sure the detector is; None for a text
    too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return None
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None
    best = values[0]
    return Detection(best.language.iso_code_639_1.name.lower(), best.value)


def document_language(text: str, given: str) -> str:
    """The language to store for a document: ``given`` (a BCP 47 tag, or "" when unset)
    unless its text says otherwise with confidence."""
    detection = detect_language(text)
    if not given:
        if detection is not None and detection.confidence >= DETECT_CONFIDENCE:
            return detection.language
        return settings.PARALLAX_DEFAULT_LANGUAGE
    if (
        detection is not None
        and detection.confidence >= OVERRIDE_CONFIDENCE
        and detection.language != primary_language(given)
    ):
        return detection.language
    return given


def language_notices(document) -> list[str]:
    """What a document's page says about how its language was found."""
    if document.language_given == document.language:
        return []
    if not document.language_given:
        return [f"The language, {document.language}, was detected from the text."]
    return [
        f"The text is in {document.language}: the language given, "
        f"{document.language_given}, was corrected."
    ]
