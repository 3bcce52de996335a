"""Framing profiles: how often each source uses each kind of framing.

A source's profile counts the accepted framing spans in the documents it published, per label
and per category, and gives each count as a rate per 1,000 words of those documents, so that
a ministry issuing long statements and an agency sending short wires can be compared. The
documents can be narrowed to a date range (by publication date) or to an incident (the
documents holding a claim about it).
"""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, QuerySet
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from claims.models import Incident
from sources.models import Document, Source

from .models import Annotation, FramingLabel

WORD = re.compile(r"\w+")


@dataclass
class SourceProfile:
    source: Source
    documents: int = 0
    words: int = 0
    labels: Counter = field(default_factory=Counter)
    categories: Counter = field(default_factory=Counter)

    def rate(self, count: int) -> float:
        """Spans per 1,000 words."""
        return round(1000 * count / self.words, 2) if self.words else 0.0


def framing_profiles(
    sources: Iterable[Source],
    *,
    since: date | None = None,
    until: date | None = None,
    incident: Incident | None = None,
    documents: QuerySet[Document] | None = None,
    claims: QuerySet | None = None,
) -> list[SourceProfile]:
    """One profile per source, in the order of ``sources`` (each source once).

    ``documents`` are those that may be counted (default: all) and ``claims`` those through
    which ``incident`` narrows them (default: all); clients outside the desk pass the public
    ones, so that an unpublished document or claim changes none of their figures.
    """
    profiles = {source.pk: SourceProfile(source) for source in sources}
    documents = Document.objects.all() if documents is None else documents
    documents = documents.filter(publisher__in=list(profiles))
    if since is not None:
        documents = documents.filter(published_at__date__gte=since)
    if until is not None:
        documents = documents.filter(published_at__date__lte=until)
    if incident is not None:
        about = Q(claims__incident=incident)
        if claims is not None:
            # One join: the same claim must be about the incident and be one of ``claims``.
            about &= Q(claims__in=claims.values("pk"))
        documents = documents.filter(about).distinct()
    for publisher_id, text in documents.values_list("publisher_id", "text").iterator():
        profile = profiles[publisher_id]
        profile.documents += 1
        profile.words += len(WORD.findall(text))
    spans = (
        Annotation.objects.filter(
            document__in=documents.values("pk"), state=Annotation.State.ACCEPTED
        )
        .values_list("document__publisher_id", "label__slug", "label__category")
        .iterator()
    )
    for publisher_id, slug, category in spans:
        profiles[publisher_id].labels[slug] += 1
        profiles[publisher_id].categories[category] += 1
    return list(profiles.values())


def label_table(profiles: list[SourceProfile]) -> list[tuple[str, list[tuple[int, float]]]]:
    """Labels by name, each with (count, rate per 1,000 words) for every profile in turn."""
    names = dict(FramingLabel.objects.values_list("slug", "name"))
    slugs = sorted({slug for profile in profiles for slug in profile.labels})
    return [
        (names.get(slug, slug), [(p.labels[slug], p.rate(p.labels[slug])) for p in profiles])
        for slug in slugs
    ]


def profile_rows(profiles: list[SourceProfile]) -> list[dict]:
    """Flat rows (source, kind, key, count, rate), for JSON and CSV alike."""
    names = dict(FramingLabel.objects.values_list("slug", "name"))
    categories = dict(FramingLabel.Category.choices)
    rows = []
    for profile in profiles:
        for kind, counts, titles in (
            ("label", profile.labels, names),
            ("category", profile.categories, categories),
        ):
            for key, count in sorted(counts.items()):
                rows.append(
                    {
                        "source": profile.source.name,
                        "kind": kind,
                        "key": key,
                        "name": titles.get(key, key),
                        "count": count,
                        "per_1000_words": profile.rate(count),
                    }
                )
    return rows


# Colour-blind-safe hues, one per source, repeating after eight.
PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#f0e442", "#000000"]


def category_chart(profiles: list[SourceProfile]) -> SafeString:
    """A horizontal bar chart, as inline SVG: per category, one bar per source, rate per 1,000
    words. Drawn on the server; every text in it is escaped."""
    categories = [key for key, _ in FramingLabel.Category.choices]
    names = dict(FramingLabel.Category.choices)
    shown = [c for c in categories if any(p.categories[c] for p in profiles)]
    if not shown:
        return mark_safe("")
    top = max(p.rate(p.categories[c]) for p in profiles for c in shown) or 1
    bar, gap, label_width, width = 14, 10, 190, 420
    group = bar * len(profiles) + gap
    height = group * len(shown) + 20 + 18 * len(profiles)
    parts = []
    for row, category in enumerate(shown):
        y = row * group
        parts.append(
            format_html('<text x="0" y="{}" font-size="12">{}</text>', y + bar, names[category])
        )
        for index, profile in enumerate(profiles):
            rate = profile.rate(profile.categories[category])
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}">'
                    "<title>{}: {} per 1,000 words</title></rect>",
                    label_width,
                    y + index * bar,
                    round(width * rate / top, 1),
                    bar - 2,
                    PALETTE[index % len(PALETTE)],
                    profile.source.name,
                    rate,
                )
            )
    legend_y = group * len(shown) + 10
    for index, profile in enumerate(profiles):
        y = legend_y + index * 18
        parts.append(
            format_html(
                '<rect x="0" y="{}" width="12" height="12" fill="{}"></rect>'
                '<text x="18" y="{}" font-size="12">{}</text>',
                y,
                PALETTE[index % len(PALETTE)],
                y + 11,
                profile.source.name,
            )
        )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{}" height="{}" '
        'aria-label="Framing per 1,000 words, by category">{}</svg>',
        label_width + width + 20,
        height,
        mark_safe("".join(parts)),
    )
