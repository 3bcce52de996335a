"""How the labels of an import's files map onto the desk's taxonomy (``annotations.importing``'s
preview; reads only)."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from django.contrib.auth.models import AbstractBaseUser
from django.utils.text import slugify

from desk.roles import is_editor

from .formats.base import NewLabel, Parsed
from .models import FramingLabel

if TYPE_CHECKING:
    from .importing import Options, Preview

CREATE = "create"  # a mapping's target: a new label of the file label's name
SKIP = "skip"  # a mapping's target: the file label's spans are left out


@dataclass(frozen=True)
class LabelChoice:
    """How one label of the file maps onto the taxonomy."""

    file_label: str  # "" for spans without a label
    spans: int
    slugs: tuple[str, ...]
    names: tuple[str, ...]
    how: str
    problem: str = ""  # why its spans are refused


def map_labels(
    plan: Preview,
    parsed: Parsed,
    module: ModuleType,
    labels: dict[str, FramingLabel],
    options: Options,
    actor: AbstractBaseUser | None,
) -> dict[str, LabelChoice]:
    field_name = getattr(module, "LABEL_FIELD", None)
    table = getattr(module, "LABEL_TABLE", {})
    by_field = {
        getattr(label, field_name): label
        for label in labels.values()
        if field_name and getattr(label, field_name)
    }
    by_name = {label.name.casefold(): label for label in labels.values()}
    counts: dict[str, int] = {}
    for span in parsed.spans:
        for file_label in span.labels or ("",):
            counts[file_label] = counts.get(file_label, 0) + 1
    new_labels: dict[str, NewLabel] = {}
    choices = {}
    for file_label, count in sorted(counts.items()):
        found: list[FramingLabel | NewLabel] = []
        problem = ""
        if options.label_map.get(file_label) == (SKIP,):
            how = "your mapping: not imported"
        elif file_label in options.label_map:
            how = "your mapping"
            for slug in options.label_map[file_label]:
                if slug == SKIP:
                    problem = "“skip” leaves the spans out: it goes with no label."
                else:
                    found.append(_new_label(file_label, labels) if slug == CREATE else labels[slug])
        elif not file_label:
            unlabelled = getattr(module, "UNLABELLED", None)
            how = "spans without a label"
            if unlabelled is None:
                problem = "a span without a label: this format gives every span one."
            else:
                found.append(labels.get(unlabelled.slug, unlabelled))
        elif file_label in table:
            how = "the format's table"
            for code in table[file_label]:
                if code in by_field:
                    found.append(by_field[code])
                else:
                    problem = f"it maps onto {code}, which no label of the taxonomy has."
        elif file_label in by_field:
            how = f"the label's {field_name}"
            found.append(by_field[file_label])
        elif file_label in labels or file_label.casefold() in by_name:
            how = "the label's slug or name"
            found.append(labels.get(file_label) or by_name[file_label.casefold()])
        else:
            how = "unknown"
            word = getattr(module, "LABEL_WORD", "label")
            problem = f"unknown {word} “{file_label}”: map it onto a label of the taxonomy."
        retired = [
            label.name for label in found if isinstance(label, FramingLabel) and not label.is_active
        ]
        if retired and not problem:
            problem = f"the label “{retired[0]}” is retired."
        creates = [label for label in found if isinstance(label, NewLabel)]
        if creates and not problem and actor is not None and not is_editor(actor):
            problem = f"creating the label “{creates[0].name}” needs an editor."
        if not problem:
            new_labels.update((label.slug, label) for label in creates)
        choices[file_label] = LabelChoice(
            file_label,
            count,
            tuple(label.slug for label in found),
            tuple(label.name for label in found),
            how,
            problem,
        )
    plan.labels = list(choices.values())
    plan.new_labels = list(new_labels.values())
    return choices


def _new_label(file_label: str, labels: dict[str, FramingLabel]) -> FramingLabel | NewLabel:
    slug = slugify(file_label)[:120] or "imported-label"
    if slug in labels:
        return labels[slug]
    return NewLabel(slug=slug, name=file_label[:120], category=FramingLabel.Category.OTHER)
