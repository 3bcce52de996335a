"""Framing profiles: counts and rates per 1,000 words, side by side, as JSON, CSV and a chart."""

import csv
import io
from datetime import UTC, date, datetime

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from annotations.models import Annotation, FramingLabel
from annotations.profiles import framing_profiles
from sources.models import Source
from tests.factories import (
    framing_label,
    make_annotation,
    make_claim,
    make_document,
    make_incident,
    make_reviewer,
    make_source,
)

pytestmark = pytest.mark.django_db


def words(n, extra=""):
    return " ".join(["word"] * (n - len(extra.split()))) + (" " + extra if extra else "")


@pytest.fixture
def desk():
    baku = make_source("Baku <ministry>", country="AZ")
    yerevan = make_source("Yerevan ministry", country="AM")
    occupation = framing_label("occupation-framing")
    provocation = framing_label("provocation-framing")
    november = datetime(2021, 11, 14, 9, tzinfo=UTC)

    first = make_document(words(200, "occupied provocation"), publisher=baku, published_at=november)
    second = make_document(words(300, "occupied"), publisher=baku, published_at=november)
    reply = make_document(words(100, "provocation"), publisher=yerevan, published_at=november)
    later = make_document(
        words(100, "occupied"), publisher=yerevan, published_at=datetime(2022, 1, 5, tzinfo=UTC)
    )
    make_annotation(first, "occupied", label=occupation)
    make_annotation(first, "provocation", label=provocation)
    make_annotation(second, "occupied", label=occupation)
    make_annotation(reply, "provocation", label=provocation)
    make_annotation(later, "occupied", label=occupation)
    make_annotation(
        reply, "word", label=occupation, annotator=None, origin=Annotation.Origin.LEXICON
    )  # a suggestion: not counted
    incident = make_incident(title="Clash of 14 November")
    make_claim(first, "occupied", speaker=baku, incident=incident)
    return {"baku": baku, "yerevan": yerevan, "incident": incident}


def test_counts_and_rates_per_thousand_words(desk):
    sources = Source.objects.filter(pk__in=[desk["baku"].pk, desk["yerevan"].pk]).order_by("name")

    baku, yerevan = framing_profiles(sources)

    assert (baku.documents, baku.words) == (2, 500)
    assert baku.labels == {"occupation-framing": 2, "provocation-framing": 1}
    assert baku.rate(baku.labels["occupation-framing"]) == 4.0  # 2 spans in 500 words
    assert (yerevan.documents, yerevan.words) == (2, 200)
    assert yerevan.labels == {"provocation-framing": 1, "occupation-framing": 1}
    category = FramingLabel.objects.get(slug="provocation-framing").category
    assert yerevan.categories[category] == 1


def test_a_date_range_and_an_incident_narrow_the_documents(desk):
    sources = Source.objects.filter(pk__in=[desk["baku"].pk, desk["yerevan"].pk]).order_by("name")

    _, yerevan = framing_profiles(sources, since=date(2021, 11, 1), until=date(2021, 11, 30))
    baku, yerevan_in_incident = framing_profiles(sources, incident=desk["incident"])

    assert (yerevan.documents, dict(yerevan.labels)) == (1, {"provocation-framing": 1})
    assert (baku.documents, baku.words) == (1, 200)
    assert yerevan_in_incident.documents == 0 and yerevan_in_incident.rate(0) == 0.0


def test_the_api_answers_json_and_csv_and_refuses_bad_queries(desk):
    client = APIClient()
    # The desk's view: no published verdict refers to these documents (consumers' view: in
    # tests/api/test_framing_and_pairs_visibility.py).
    client.force_authenticate(make_reviewer())
    url = reverse("report-framing-profile")
    query = {"source": [desk["baku"].pk, desk["yerevan"].pk]}

    body = client.get(url, query).json()
    table = client.get(url, {**query, "as": "csv"})

    assert [entry["source"] for entry in body] == ["Baku <ministry>", "Yerevan ministry"]
    assert {
        "kind": "label",
        "key": "occupation-framing",
        "count": 2,
        "per_1000_words": 4.0,
    }.items() <= next(
        row for row in body[0]["figures"] if row["key"] == "occupation-framing"
    ).items()
    assert table["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.content.decode())))
    assert any(
        (row["source"], row["kind"], row["key"], row["count"])
        == ("Yerevan ministry", "label", "provocation-framing", "1")
        for row in rows
    )
    assert client.get(url).status_code == 400
    assert (
        client.get(url, {**query, "since": "2022-01-01", "until": "2021-01-01"}).status_code == 400
    )


def test_the_admin_page_shows_sources_side_by_side_with_a_chart(client, desk):
    client.force_login(make_reviewer())
    url = reverse("admin:annotations_annotation_profiles")

    empty = client.get(url).content.decode()
    page = client.get(url, {"sources": [desk["baku"].pk, desk["yerevan"].pk]}).content.decode()

    chart = 'aria-label="Framing per 1,000 words, by category"'
    assert chart not in empty
    assert chart in page
    assert "Baku &lt;ministry&gt;" in page and "Baku <ministry>" not in page
    assert '4.0 <span class="quiet">(2)</span>' in page
    assert "as=csv" in page
