"""The framing profile as a chart: inline SVG drawn on the server, no external assets.

One panel per view (own words, relayed). In each, per category, one bar per source: its rate
per 1,000 words, the value written at the bar's end, and a whisker for the 95% interval, over
an axis with ticks. A source with too little text in a view gets no bar there; the legend says
so, with its word count, and gives every source's words per language. Every text in it is
escaped.
"""

import math

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from .models import FramingLabel
from .profiles import VIEWS, SourceProfile, View

# Colour-blind-safe hues, one per source, repeating after eight.
PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#f0e442", "#000000"]
BAR, GAP, LABEL_WIDTH, PLOT_WIDTH, LINE = 14, 10, 190, 420, 18


def nice_step(top: float, ticks: int = 5) -> float:
    """A tick step of 1, 2 or 5 times a power of ten giving about ``ticks`` ticks to ``top``."""
    raw = max(top, 1e-9) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= raw)


def profile_chart(profiles: list[SourceProfile]) -> SafeString:
    """Both views' panels, or nothing when no source has a framing span."""
    panels = [
        panel
        for name in VIEWS
        if (panel := _panel(name, [getattr(profile, name) for profile in profiles], profiles))
    ]
    return mark_safe("".join(panels))


def _panel(name: str, views: list[View], profiles: list[SourceProfile]) -> SafeString:
    ranked = [index for index, view in enumerate(views) if not view.too_little_text]
    names = dict(FramingLabel.Category.choices)
    shown = [
        key
        for key, _ in FramingLabel.Category.choices
        if any(views[index].categories[key] for index in ranked)
    ]
    legend = _legend(views, profiles)
    if not shown:
        if not any(view.words for view in views):
            return mark_safe("")
        return format_html(
            '<figure class="parallax-profile-chart"><figcaption>{}</figcaption>'
            "<p>No framing span to draw here.</p>{}</figure>",
            VIEWS[name],
            legend,
        )
    rates = {
        (index, key): views[index].rate(views[index].categories[key])
        for index in ranked
        for key in shown
    }
    top = max(rate.interval[1] for rate in rates.values()) or 1
    step = nice_step(top)
    axis_top = step * math.ceil(top / step)
    scale = PLOT_WIDTH / axis_top
    group = BAR * len(ranked) + GAP
    plot_height = group * len(shown)
    parts = []
    for row, key in enumerate(shown):
        y = row * group
        parts.append(
            format_html('<text x="0" y="{}" font-size="12">{}</text>', y + BAR, names[key])
        )
        for slot, index in enumerate(ranked):
            rate = rates[(index, key)]
            low, high = rate.interval
            top_y = y + slot * BAR
            middle = top_y + (BAR - 2) / 2
            end = LABEL_WIDTH + rate.per_1000 * scale
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}">'
                    "<title>{}, {}: {} per 1,000 words ({} spans in {} words; 95% interval "
                    "{}–{})</title></rect>"
                    '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#333" stroke-width="1"></line>'
                    '<text x="{}" y="{}" font-size="10">{}</text>',
                    LABEL_WIDTH,
                    top_y,
                    round(end - LABEL_WIDTH, 1),
                    BAR - 2,
                    PALETTE[index % len(PALETTE)],
                    profiles[index].source.name,
                    names[key],
                    rate.per_1000,
                    rate.count,
                    rate.words,
                    low,
                    high,
                    round(LABEL_WIDTH + low * scale, 1),
                    round(LABEL_WIDTH + high * scale, 1),
                    middle,
                    middle,
                    round(LABEL_WIDTH + high * scale + 4, 1),
                    top_y + BAR - 3,
                    f"{rate.per_1000} ({rate.count})",
                )
            )
    ticks = []
    value = 0.0
    while value <= axis_top + step / 2:
        x = round(LABEL_WIDTH + value * scale, 1)
        ticks.append(
            format_html(
                '<line x1="{}" x2="{}" y1="0" y2="{}" stroke="#ccc" stroke-width="1"></line>'
                '<text x="{}" y="{}" font-size="10" text-anchor="middle">{}</text>',
                x,
                x,
                plot_height + 4,
                x,
                plot_height + 16,
                f"{value:g}",
            )
        )
        value += step
    height = plot_height + 36
    return format_html(
        '<figure class="parallax-profile-chart"><figcaption>{}</figcaption>'
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{}" height="{}" '
        'aria-label="{}: framing spans per 1,000 words, by category, with 95% intervals">'
        "{}{}"
        '<text x="{}" y="{}" font-size="11" text-anchor="middle">'
        "framing spans per 1,000 words (bar: rate; whisker: 95% interval)</text></svg>"
        "{}</figure>",
        VIEWS[name],
        LABEL_WIDTH + PLOT_WIDTH + 80,
        height,
        VIEWS[name],
        mark_safe("".join(ticks)),
        mark_safe("".join(parts)),
        LABEL_WIDTH + PLOT_WIDTH / 2,
        height - 4,
        legend,
    )


def _legend(views: list[View], profiles: list[SourceProfile]) -> SafeString:
    return format_html(
        '<ul class="parallax-profile-legend">{}</ul>',
        format_html_join(
            "",
            # An SVG swatch: the Content-Security-Policy refuses inline styles.
            '<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" '
            'fill="{}"></rect></svg> {}: {}</li>',
            (
                (
                    PALETTE[index % len(PALETTE)],
                    profiles[index].source.name,
                    _words_note(view),
                )
                for index, view in enumerate(views)
            ),
        ),
    )


def _words_note(view: View) -> str:
    if not view.words:
        return "no text in this view, in a language the desk can annotate"
    words = f"{view.words:,} words ({view.languages_text()})"
    if view.too_little_text:
        return f"{words}: too little text to rank"
    return words
