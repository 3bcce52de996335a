"""Fixtures shared by the claims tests."""

import pytest

from sources.models import Source
from tests.factories import make_claim, make_document, make_incident, make_source


@pytest.fixture
def clash():
    """Baku and Yerevan blame each other for the same night; others speak about it too."""
    baku = make_source("Ministry of Defence of Azerbaijan", country="AZ", kind=Source.Kind.MINISTRY)
    yerevan = make_source("Ministry of Defence of Armenia", country="AM", kind=Source.Kind.MINISTRY)
    ria = make_source("RIA Novosti", country="RU", kind=Source.Kind.NEWS_AGENCY)
    incident = make_incident(title="Night fire near Sotk", place="Sotk")

    def said(speaker, text, **fields):
        return make_claim(make_document(text), text.rstrip("."), speaker=speaker, **fields)

    return {
        "accusation": said(
            baku,
            "Armenian units opened fire on Azerbaijani positions near Sotk overnight.",
            incident=incident,
        ),
        "counter": said(
            yerevan,
            "Azerbaijani forces opened fire on Armenian border posts near Sotk.",
            incident=incident,
        ),
        "unrelated": said(
            ria, "Talks between the foreign ministers resume in Moscow.", incident=incident
        ),
        "same_speaker": said(
            baku, "Armenian units opened fire again near Sotk at dawn.", incident=incident
        ),
        "elsewhere": said(
            yerevan,
            "Azerbaijani forces opened fire on Armenian border posts near Jermuk.",
            incident=make_incident(title="Fire near Jermuk"),
        ),
    }
