"""Framing profiles: who a span counts for, each occurrence once, words per covered language,
rates with intervals, as JSON, CSV and a chart."""

import csv
import io
import re
from datetime import UTC, date, datetime

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from annotations.counting import count_once
from annotations.models import Annotation, FramingLabel, LexiconEntry
from annotations.profiles import Rate, framing_profiles, wilson
from claims.models import Claim
from sources.models import Document, Source
from tests.factories import (
    framing_label,
    make_annotation,
    make_claim,
    make_document,
    make_editor,
    make_incident,
    make_reviewer,
    make_source,
    make_user,
)
from verification.services import claim_transition

pytestmark = pytest.mark.django_db

NOVEMBER = datetime(2021, 11, 14, 9, tzinfo=UTC)


def words(n, extra=""):
    return " ".join(["word"] * (n - len(extra.split()))) + (" " + extra if extra else "")


def labels(view):
    return dict(view.labels)


@pytest.fixture
def wire():
    """A wire story quoting both ministries (Yerevan's through RIA), with a phrase of its own."""
    baku = make_source("Baku ministry", country="AZ")
    yerevan = make_source("Yerevan ministry", country="AM")
    interfax = make_source("Interfax")
    ria = make_source("RIA")
    baku_quote = "the Armenian provocation was stopped by adequate measures"
    yerevan_quote = "units entered the occupied villages at dawn"
    text = (
        f"Baku said {baku_quote}. Yerevan, according to RIA, said {yerevan_quote}. "
        "The so-called ceasefire held elsewhere, the agency's correspondent wrote."
    )
    document = make_document(text, publisher=interfax, published_at=NOVEMBER, language="en")
    make_claim(document, baku_quote, speaker=baku)
    make_claim(document, yerevan_quote, speaker=yerevan, relay_chain=[ria])
    for phrase, slug in [
        ("provocation", "provocation-framing"),
        ("adequate measures", "military-euphemism"),
        ("occupied", "occupation-framing"),
        ("so-called", "doubt"),
    ]:
        make_annotation(document, phrase, label=framing_label(slug))
    return {
        "baku": baku,
        "yerevan": yerevan,
        "interfax": interfax,
        "ria": ria,
        "document": document,
        "quotes": (baku_quote, yerevan_quote),
    }


def test_a_quoted_span_counts_for_its_speaker_and_the_rest_for_the_publisher(wire):
    baku, yerevan, interfax, ria = framing_profiles(
        [wire["baku"], wire["yerevan"], wire["interfax"], wire["ria"]]
    )

    assert labels(baku.own) == {"provocation-framing": 1, "military-euphemism": 1}
    assert labels(yerevan.own) == {"occupation-framing": 1}
    # The wire's own voice is what stands outside both quotes.
    assert labels(interfax.own) == {"doubt": 1}
    # Relayed: the publisher passed on both statements, RIA only Yerevan's.
    assert labels(interfax.relayed) == {
        "provocation-framing": 1,
        "military-euphemism": 1,
        "occupation-framing": 1,
    }
    assert labels(ria.relayed) == {"occupation-framing": 1}
    assert not labels(ria.own) and not labels(baku.relayed)


def test_the_words_of_each_view_are_those_of_the_text_it_covers(wire):
    baku_quote, yerevan_quote = wire["quotes"]
    text = wire["document"].text
    baku, yerevan, interfax, ria = framing_profiles(
        [wire["baku"], wire["yerevan"], wire["interfax"], wire["ria"]]
    )

    assert baku.own.words == len(baku_quote.split()) == 8
    assert yerevan.own.words == ria.relayed.words == len(yerevan_quote.split()) == 7
    assert interfax.relayed.words == 15
    # "so-called" and "agency's" are two words each to \w+.
    assert interfax.own.words == len(text.replace("-", " ").replace("'", " ").split()) - 15
    assert dict(baku.own.languages) == {"en": 8}
    assert baku.own.documents == {wire["document"].pk}


def test_a_claim_still_to_confirm_or_dismissed_attributes_nothing(wire):
    publisher = wire["interfax"]
    document = make_document(
        "A spokesman said the enemy shelled the village.", publisher=publisher, language="en"
    )
    suggested = make_claim(
        document, "the enemy shelled the village", speaker=wire["baku"], status="suggested"
    )
    make_annotation(document, "the enemy", label=framing_label("enemy-othering"))
    baku, interfax = framing_profiles([wire["baku"], publisher])
    assert "enemy-othering" not in labels(baku.own)
    assert labels(interfax.own)["enemy-othering"] == 1

    claim_transition(claim=suggested, name="dismiss", actor=make_reviewer(), comment="Not a claim.")
    _, interfax = framing_profiles([wire["baku"], publisher])
    assert labels(interfax.own)["enemy-othering"] == 1


def test_the_same_phrase_tagged_several_ways_counts_once():
    source = make_source("Ministry")
    text = words(300, "Armenian-occupied territories and the enemy")
    document = make_document(text, publisher=source, language="en")
    occupation, othering = framing_label("occupation-framing"), framing_label("enemy-othering")
    first, second = make_user(), make_user()
    # A person's span, the same span by a second annotator, an accepted lexicon suggestion and
    # an import of it, and a span nested inside it: one occurrence.
    make_annotation(document, "Armenian-occupied", label=occupation, annotator=first)
    make_annotation(document, "Armenian-occupied", label=occupation, annotator=second)
    for origin in (Annotation.Origin.LEXICON, Annotation.Origin.IMPORT):
        make_annotation(
            document,
            "Armenian-occupied",
            label=occupation,
            annotator=None,
            origin=origin,
            state=Annotation.State.ACCEPTED,
        )
    make_annotation(document, "occupied", label=occupation, annotator=first)
    make_annotation(document, "occupied territories", label=occupation, annotator=second)
    # Another label on the same words is another occurrence; a rejected or a pending
    # suggestion is none.
    make_annotation(document, "Armenian-occupied", label=othering, annotator=first)
    make_annotation(document, "the enemy", label=othering, annotator=None, origin="lexicon")
    rejected = make_annotation(
        document, "enemy", label=occupation, annotator=None, origin="lexicon"
    )
    Annotation.objects.filter(pk=rejected.pk).update(state=Annotation.State.REJECTED)

    (profile,) = framing_profiles([source])

    assert labels(profile.own) == {"occupation-framing": 1, "enemy-othering": 1}


def test_words_are_counted_only_in_languages_the_desk_can_annotate():
    LexiconEntry.objects.exclude(language="en").delete()
    source = make_source("Yerevan ministry")
    make_document(words(200, "occupied"), publisher=source, language="en")
    armenian = make_document("Հայտարարություն " * 50, publisher=source, language="hy")

    (before,) = framing_profiles([source])
    # A person annotates an Armenian document: Armenian is now covered.
    make_annotation(armenian, "Հայտարարություն", label=framing_label("loaded-language"))
    (after,) = framing_profiles([source])

    assert dict(before.own.languages) == {"en": 200}
    assert dict(after.own.languages) == {"en": 200, "hy": 50}
    assert after.own.words == 250 and len(after.own.documents) == 2


def test_a_rate_and_its_interval_against_a_hand_computation():
    # Wilson, z = 1.96: 2 of 500 gives 0.0011 to 0.0145; 0 of 100 gives 0 to z²/(n+z²).
    low, high = wilson(2, 500)
    assert (round(low, 4), round(high, 4)) == (0.0011, 0.0145)
    assert wilson(0, 100) == (0.0, pytest.approx(3.8415 / 103.8415, abs=1e-5))
    assert wilson(0, 0) == (0.0, 0.0)
    rate = Rate(2, 500)
    assert (rate.per_1000, rate.interval) == (4.0, (1.1, 14.47))


@override_settings(PARALLAX_PROFILE_MIN_WORDS=100)
def test_a_source_with_too_little_text_is_marked_and_given_no_bar(client):
    long, short = make_source("Long ministry"), make_source("Short ministry")
    make_document(words(150, "occupied"), publisher=long, language="en")
    make_document(words(40, "occupied"), publisher=short, language="en")
    for document in Document.objects.filter(publisher__in=[long, short]):
        make_annotation(document, "occupied", label=framing_label("occupation-framing"))

    found = framing_profiles([long, short])
    client.force_login(make_reviewer())
    page = client.get(
        reverse("admin:annotations_annotation_profiles"), {"sources": [long.pk, short.pk]}
    ).content.decode()

    assert [profile.own.too_little_text for profile in found] == [False, True]
    assert "Short ministry: 40 words (en 40): too little text to rank" in page
    assert "<title>Long ministry, Territorial legitimacy: 6.67 per 1,000 words" in page
    assert "<title>Short ministry" not in page


@pytest.fixture
def desk():
    baku = make_source("Baku <ministry>", country="AZ")
    yerevan = make_source("Yerevan ministry", country="AM")
    occupation = framing_label("occupation-framing")
    provocation = framing_label("provocation-framing")
    first = make_document(
        words(200, "occupied provocation"), publisher=baku, published_at=NOVEMBER, language="en"
    )
    second = make_document(
        words(300, "occupied"), publisher=baku, published_at=NOVEMBER, language="en"
    )
    reply = make_document(
        words(250, "provocation"), publisher=yerevan, published_at=NOVEMBER, language="en"
    )
    later = make_document(
        words(250, "occupied"),
        publisher=yerevan,
        published_at=datetime(2022, 1, 5, tzinfo=UTC),
        language="en",
    )
    for document, phrase, label in [
        (first, "occupied", occupation),
        (first, "provocation", provocation),
        (second, "occupied", occupation),
        (reply, "provocation", provocation),
        (later, "occupied", occupation),
    ]:
        make_annotation(document, phrase, label=label)
    incident = make_incident(title="Clash of 14 November")
    make_claim(first, "occupied", speaker=baku, incident=incident)
    return {"baku": baku, "yerevan": yerevan, "incident": incident}


def test_a_date_range_and_an_incident_narrow_the_documents(desk):
    sources = [desk["baku"], desk["yerevan"]]

    _, yerevan = framing_profiles(sources, since=date(2021, 11, 1), until=date(2021, 11, 30))
    baku, yerevan_in_incident = framing_profiles(sources, incident=desk["incident"])

    assert (len(yerevan.own.documents), labels(yerevan.own)) == (1, {"provocation-framing": 1})
    assert (len(baku.own.documents), baku.own.words) == (1, 200)
    assert yerevan_in_incident.own.words == 0


def test_the_api_answers_json_and_csv_with_views_and_intervals(desk):
    client = APIClient()
    client.force_authenticate(make_reviewer())
    url = reverse("report-framing-profile")
    query = {"source": [desk["baku"].pk, desk["yerevan"].pk]}

    body = client.get(url, query).json()
    table = client.get(url, {**query, "as": "csv"})

    assert [entry["source"] for entry in body] == ["Baku <ministry>", "Yerevan ministry"]
    assert body[0]["views"]["own"] | {"description": None} == {
        "description": None,
        "documents": 2,
        "words": 500,
        "words_by_language": {"en": 500},
        "too_little_text": False,
    }
    row = next(
        row
        for row in body[0]["figures"]
        if (row["view"], row["key"]) == ("own", "occupation-framing")
    )
    assert row | {"name": None} == {
        "source": "Baku <ministry>",
        "view": "own",
        "kind": "label",
        "key": "occupation-framing",
        "name": None,
        "count": 2,
        "words": 500,
        "per_1000_words": 4.0,
        "low": 1.1,
        "high": 14.47,
        "too_little_text": False,
        "languages": "en 500",
    }
    assert table["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.content.decode())))
    assert set(rows[0]) == set(row)
    assert any(
        (r["source"], r["view"], r["key"], r["count"], r["low"], r["high"])
        == ("Baku <ministry>", "own", "occupation-framing", "2", "1.1", "14.47")
        for r in rows
    )
    assert client.get(url).status_code == 400
    assert (
        client.get(url, {**query, "since": "2022-01-01", "until": "2021-01-01"}).status_code == 400
    )


def test_the_admin_page_shows_both_views_with_axis_values_and_intervals(client, desk):
    client.force_login(make_editor())
    url = reverse("admin:annotations_annotation_profiles")

    empty = client.get(url).content.decode()
    page = client.get(url, {"sources": [desk["baku"].pk, desk["yerevan"].pk]}).content.decode()

    assert 'class="parallax-profile-chart"' not in empty
    # Nothing was relayed: only the own-words panel.
    assert page.count('<figure class="parallax-profile-chart">') == 1
    assert "Own words: its statements quoted anywhere" in page
    assert "bar: rate; whisker: 95% interval" in page
    assert "Baku &lt;ministry&gt;" in page and "Baku <ministry>" not in page
    # Baku, territorial legitimacy: 2 spans in 500 words.
    assert "4.0 (2)</text>" in page
    assert '4.0 <span class="quiet">(2; 1.1–14.47)</span>' in page
    assert "500 words (en 500)" in page
    assert "as=csv" in page


def test_the_admin_page_names_labels_by_name_in_the_order_of_their_names(client, desk):
    # A name that sorts apart from its slug, and one with markup in it.
    FramingLabel.objects.filter(slug="occupation-framing").update(name="Territory <as> occupied")
    FramingLabel.objects.filter(slug="provocation-framing").update(name="Blame by provocation")
    client.force_login(make_editor())

    page = client.get(
        reverse("admin:annotations_annotation_profiles"), {"sources": [desk["baku"].pk]}
    ).content.decode()

    assert re.findall(r'<tr><th scope="row">([^<]*)</th>', page) == [
        "Blame by provocation",
        "Territory &lt;as&gt; occupied",
    ]
    assert "occupation-framing" not in page and "provocation-framing" not in page


def test_categories_sum_the_labels_of_each_category(desk):
    (baku,) = framing_profiles([desk["baku"]])
    category = FramingLabel.objects.get(slug="occupation-framing").category
    assert baku.own.categories[category] == 2


def test_sources_answer_in_the_order_given_each_once(desk):
    order = [desk["yerevan"], desk["baku"], desk["yerevan"]]
    assert [p.source for p in framing_profiles(order)] == [desk["yerevan"], desk["baku"]]
    assert Source.objects.count() >= 2


def test_count_once_merges_same_label_spans_that_share_characters_only():
    spans = [
        (1, 0, 10, "a", "first"),
        (1, 2, 5, "a", "nested"),
        (1, 8, 14, "a", "overlapping"),
        (1, 14, 20, "a", "touching: another occurrence"),
        (1, 0, 10, "b", "another label"),
        (2, 0, 10, "a", "another document"),
    ]

    assert list(count_once(spans)) == [
        (1, 0, 14, "a", "first"),
        (1, 14, 20, "a", "touching: another occurrence"),
        (1, 0, 10, "b", "another label"),
        (2, 0, 10, "a", "another document"),
    ]


def test_a_span_in_nested_quotes_counts_for_the_inner_speaker_whichever_came_first():
    outer_speaker, inner_speaker = make_source("Outer"), make_source("Inner")
    text = "The agency said the ministry called it a provocation at dawn, and more."
    for order in ((outer_speaker, inner_speaker), (inner_speaker, outer_speaker)):
        document = make_document(text, publisher=make_source(), language="en")
        for speaker in order:
            phrase = (
                "the ministry called it a provocation at dawn, and more"
                if speaker == outer_speaker
                else "a provocation at dawn"
            )
            make_claim(document, phrase, speaker=speaker)
        make_annotation(document, "provocation", label=framing_label("provocation-framing"))

    outer, inner = framing_profiles([outer_speaker, inner_speaker])

    assert labels(inner.own) == {"provocation-framing": 2}
    assert labels(outer.own) == {}


def test_a_retired_claim_attributes_nothing_and_its_words_are_the_publisher_s():
    publisher, speaker = make_source("Agency"), make_source("Ministry")
    document = make_document(words(250, "the enemy came"), publisher=publisher, language="en")
    claim = make_claim(document, "the enemy came", speaker=speaker)
    make_annotation(document, "the enemy", label=framing_label("enemy-othering"))
    Claim.objects.filter(pk=claim.pk).update(retired_at=timezone.now())

    agency, ministry = framing_profiles([publisher, speaker])

    assert labels(agency.own) == {"enemy-othering": 1} and agency.own.words == 250
    assert ministry.own.words == 0


def test_an_import_covers_its_language_and_a_rejected_span_does_not():
    LexiconEntry.objects.filter(language__in=["hy", "ka"]).delete()
    source = make_source("Ministry")
    armenian = make_document("Հայտարարություն " * 10, publisher=source, language="hy")
    georgian = make_document("განცხადება " * 10, publisher=source, language="ka")
    label = framing_label("loaded-language")
    make_annotation(armenian, "Հայտարարություն", label=label, annotator=None, origin="import")
    rejected = make_annotation(georgian, "განცხადება", label=label)
    Annotation.objects.filter(pk=rejected.pk).update(state=Annotation.State.REJECTED)

    (profile,) = framing_profiles([source])

    assert dict(profile.own.languages) == {"hy": 10}


def test_words_cut_by_a_span_boundary_count_once():
    from annotations.profiles import _words

    assert _words("abc def", [(0, 2), (2, 7)]) == 2
    assert _words("abc def ghi", [(0, 3), (8, 11)]) == 2


def test_a_profile_reads_in_a_fixed_number_of_queries(desk, django_assert_num_queries):
    sources = [desk["baku"], desk["yerevan"]]
    framing_profiles(sources)  # the first call may fill caches

    with django_assert_num_queries(7):
        framing_profiles(sources)
    make_document(words(320, "occupied"), publisher=desk["baku"], language="en")
    with django_assert_num_queries(7):
        framing_profiles(sources)
