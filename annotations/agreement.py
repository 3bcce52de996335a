"""How far annotators agree on the same documents: span-level F1 between every two of them.

Two annotators agree on a span when both tagged exactly the same characters with the same
label. For each document that two or more people annotated by hand, and for each two of them,
agreement counts the spans both made (``both``) against all the spans each made (``made``);
F1 is ``2 * both / made`` summed over every document and every two annotators, overall and
per label. Lexicon suggestions and imported spans have no annotator and do not count;
rejected spans do not count either. (Profiles count the other way round: each occurrence once,
whoever gave it, as ``annotations.counting`` says.)
"""

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from django.db.models import QuerySet

from .models import Annotation, FramingLabel


@dataclass(frozen=True)
class Agreement:
    documents: int
    pairs: int
    f1: float | None
    # label slug -> (f1, spans made by all annotators with that label)
    labels: dict[str, tuple[float, int]]
    # label slug -> the label's name, for people to read
    names: dict[str, str]

    def rows(self) -> list[tuple[str, str, float, int]]:
        """(name, slug, F1, spans) per label, by name: the report's table."""
        return sorted(
            (self.names[slug], slug, f1, spans) for slug, (f1, spans) in self.labels.items()
        )


def agreement(annotations: QuerySet[Annotation] | None = None) -> Agreement:
    """Agreement over ``annotations`` (default: every manual annotation not rejected)."""
    if annotations is None:
        annotations = Annotation.objects.all()
    rows = (
        annotations.filter(origin=Annotation.Origin.MANUAL, annotator__isnull=False)
        .exclude(state=Annotation.State.REJECTED)
        .values_list("document_id", "annotator_id", "start", "end", "label_id")
    )
    spans: dict[int, dict[int, set]] = defaultdict(lambda: defaultdict(set))
    for document, annotator, start, end, label in rows:
        spans[document][annotator].add((start, end, label))
    both, made = defaultdict(int), defaultdict(int)
    documents = pairs = 0
    for by_annotator in spans.values():
        if len(by_annotator) < 2:
            continue
        documents += 1
        for first, second in combinations(by_annotator.values(), 2):
            pairs += 1
            for label in {span[2] for span in first | second}:
                mine = {span for span in first if span[2] == label}
                theirs = {span for span in second if span[2] == label}
                both[label] += len(mine & theirs)
                made[label] += len(mine) + len(theirs)
    found = FramingLabel.objects.filter(pk__in=made).values_list("pk", "slug", "name")
    slugs = {pk: slug for pk, slug, _ in found}
    names = {slug: name for _, slug, name in found}
    total_made = sum(made.values())
    return Agreement(
        documents=documents,
        pairs=pairs,
        f1=2 * sum(both.values()) / total_made if total_made else None,
        labels={
            slugs[label]: (2 * both[label] / made[label], made[label])
            for label in sorted(made, key=lambda label: slugs[label])
        },
        names=names,
    )
