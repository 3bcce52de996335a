"""A person named by their office alone ("the Armenian Prime Minister said …") is the holder of
that office on the document's date, in each language; sentences are written for the test."""

import datetime

import pytest

from claims.extraction.services import document_claims_extract
from claims.models import Claim
from sources.models import Source
from sources.names import PLAIN, Morphology
from sources.registry import RegistryError, registry_load
from sources.registry.offices import office_holder, offices_read
from sources.services import document_create

pytestmark = pytest.mark.django_db


def on(year: int, month: int, day: int) -> datetime.datetime:
    return datetime.datetime(year, month, day, 12, tzinfo=datetime.UTC)


@pytest.fixture
def wire():
    registry_load()
    return Source.objects.create(name="Meridian", kind=Source.Kind.NEWS_AGENCY)


def speakers(text: str, language: str, publisher: Source, published_at=None) -> list[tuple]:
    document = document_create(
        title="Office", text=text, publisher=publisher, language=language, published_at=published_at
    )
    document_claims_extract(document=document)
    return [
        (claim.quote, claim.speaker.name)
        for claim in Claim.objects.filter(document=document).order_by("start")
    ]


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        pytest.param(
            "en",
            "The Armenian Prime Minister said the border villages would get new shelters.",
            "the border villages would get new shelters",
            "Nikol Pashinyan",
            id="en",
        ),
        pytest.param(
            "ru",
            "Президент Азербайджана заявил, что переговоры продолжатся в Брюсселе.",
            "переговоры продолжатся в Брюсселе",
            "Ilham Aliyev",
            id="ru",
        ),
        pytest.param(
            "az",
            "Azərbaycan Prezidenti qeyd edib ki, yol layihəsi gələn il bitəcək.",
            "yol layihəsi gələn il bitəcək",
            "Ilham Aliyev",
            id="az, a country's office though the country is no speaker",
        ),
        pytest.param(
            "hy",
            "Հայաստանի վարչապետը հայտարարել է, որ սահմանին նոր դիրքեր են կառուցվում։",
            "սահմանին նոր դիրքեր են կառուցվում",
            "Nikol Pashinyan",
            id="hy",
        ),
    ],
)
def test_an_office_with_its_country_is_its_holder(wire, language, text, quote, speaker):
    assert speakers(text, language, wire, on(2022, 10, 3)) == [(quote, speaker)]


def test_the_holder_is_the_one_in_office_on_the_documents_date(wire):
    text = "Armenia's Foreign Minister said the talks in Prague had been useful."

    assert speakers(text, "en", wire, on(2022, 10, 7)) == [
        ("the talks in Prague had been useful", "Ararat Mirzoyan")
    ]
    # Before his term its holder is nobody the desk knows, and undated it may be any term's:
    # nothing is suggested, and the title is never proposed as a source.
    for title, published_at in (("Earlier", on(2020, 10, 7)), ("Undated", None)):
        document = document_create(
            title=title,
            text=f"{text} ({title})",
            publisher=wire,
            language="en",
            published_at=published_at,
        )
        result = document_claims_extract(document=document)
        assert (result.created, result.proposed) == ([], [])


def test_office_holder_compares_names_with_the_languages_morphology():
    russian = Morphology(endings=("а", "я", "ы", "и", "ом", "ой"), language="ru")
    day = datetime.date(2021, 12, 1)

    assert office_holder("Министра обороны Армении", russian, day) == "Suren Papikyan"
    assert office_holder("министр обороны армении", russian, datetime.date(2021, 1, 1)) == ""
    assert office_holder("the president", PLAIN, day) == ""


def test_every_office_is_held_by_a_registry_entry_over_a_term_that_makes_sense(tmp_path):
    terms = offices_read()
    assert len(terms) >= 9 and all(term.names for term in terms)
    broken = tmp_path / "offices.toml"
    broken.write_text('[[office]]\nholder = "nobody"\nsince = 2020-01-01\nnames.en = ["X"]\n')
    with pytest.raises(RegistryError, match=r"no actors\.toml key"):
        offices_read(broken)
    broken.write_text(
        '[[office]]\nholder = "aliyev"\nsince = 2020-01-01\nuntil = 2019-01-01\nnames.en = ["X"]\n'
    )
    with pytest.raises(RegistryError, match="until comes before since"):
        offices_read(broken)
    broken.write_text('[[office]]\nholder = "aliyev"\nsince = 2020-01-01\nnames.en = "X"\n')
    with pytest.raises(RegistryError, match="names must list"):
        offices_read(broken)
    broken.write_text(
        '[[office]]\nholder = "aliyev"\nsince = 2020-01-01\nnames.en = ["The Office"]\n'
        '[[office]]\nholder = "putin"\nsince = 2021-01-01\nnames.ru = ["the office"]\n'
    )
    with pytest.raises(RegistryError, match="two holders at once"):
        offices_read(broken)
