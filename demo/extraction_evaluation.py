"""Precision and recall of claim extraction on the project's labelled sets (``SETS``: the house
set ``extraction_set`` and the sets per language in ``extraction_sets``).

``evaluate_sets(names)`` loads the starter registry, each set's own sources and its articles in
a transaction that is rolled back, extracts every article, and compares what it proposed with
the labels (``python -m demo.extraction_evaluation --set ru --verbose`` prints the figures and
every miss and false alarm):

- a (statement, speaker) is right when a suggested claim overlaps the labelled span by at least
  half of the two spans' union and names the labelled speaker. A speaker the desk does not
  know is proposed as a new source: an editor confirms each proposed name that is one of a
  labelled speaker's names and rejects the rest (each of those is one wrong proposal), and the
  document is extracted again, as the desk does on confirmation, before it is scored;
- a relay chain is right when, in addition, the claim's chain is the labelled one, in order.

A source the database already has under one of the set's names is used as it is, so the set
can be measured on any desk's database.

``extract_long_document(chars)`` extracts one document made of the set's articles over and
over, up to ``chars`` characters, in the same kind of rolled-back transaction: how long claim
extraction takes on the longest document the desk accepts.
"""

import importlib
import importlib.util
import os
import time

if __name__ == "__main__":
    # Run as a program: Django is set up before the models below are imported.
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    os.environ.setdefault("DATABASE_URL", "sqlite://:memory:")
    django.setup()

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from claims.extraction.sentences import split_sentences
from claims.extraction.rules import rules_for
from claims.extraction.services import document_claims_extract, read_statements
from claims.models import Claim
from sources.models import Source, SourceAlias, SourceProposal, alias_key
from sources.names import key as name_key
from sources.services import (
    document_create,
    source_alias_add,
    source_create,
    source_proposal_confirm,
    source_proposal_reject,
)

from sources.registry import registry_load

from .set_modules import set_module
from .extraction_set import ARTICLES, SOURCES, Article, SourceSpec
from .extraction_set_names import DEVELOPMENT, HELD_OUT, SETS  # noqa: F401  (the bench reads them here)

MIN_OVERLAP = 0.5


def written(names: Iterable[str]) -> tuple[str, ...]:
    """Those of the named sets whose module exists."""
    return tuple(
        name
        for name in names
        if name.endswith(".py") or importlib.util.find_spec(SETS[name]) is not None
    )


@dataclass(frozen=True)
class LabelledSet:
    sources: tuple[SourceSpec, ...]
    articles: tuple[Article, ...]


def labelled_set(name: str) -> LabelledSet:
    """One of ``SETS`` by name, or a module of the same form kept elsewhere, by its path (real
    articles never enter the repository)."""
    if name.endswith(".py"):
        module = set_module(name, "demo.extraction_sets")
    else:
        module = importlib.import_module(SETS[name])
    return LabelledSet(tuple(module.SOURCES), tuple(module.ARTICLES))


@dataclass(frozen=True)
class Scores:
    expected: int
    proposed: int
    statements_right: int
    chains_right: int

    def __add__(self, other: "Scores") -> "Scores":
        return Scores(
            self.expected + other.expected,
            self.proposed + other.proposed,
            self.statements_right + other.statements_right,
            self.chains_right + other.chains_right,
        )

    @property
    def precision(self) -> float:
        return self.statements_right / self.proposed if self.proposed else 0.0

    @property
    def recall(self) -> float:
        return self.statements_right / self.expected if self.expected else 0.0

    @property
    def chain_accuracy(self) -> float:
        """Of the statements found with the right speaker, the share with the right chain."""
        return self.chains_right / self.statements_right if self.statements_right else 0.0

    @property
    def chain_precision(self) -> float:
        return self.chains_right / self.proposed if self.proposed else 0.0

    @property
    def chain_recall(self) -> float:
        return self.chains_right / self.expected if self.expected else 0.0


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    speaker: str  # a set key, or "?" for a source outside the set
    relays: tuple[str, ...]


class _Rollback(Exception):
    pass


def evaluate(sets: Iterable[str] = ("house",), *, report: list | None = None) -> Scores:
    """The scores of the named sets together (see ``SETS``); ``report`` collects each miss and
    false alarm as a line, when given."""
    return sum(evaluate_sets(sets, report=report).values(), Scores(0, 0, 0, 0))


def evaluate_sets(sets: Iterable[str], *, report: list | None = None) -> dict[str, Scores]:
    """The scores of each named set, each measured in a rolled-back transaction of its own: a
    set's sources (a body one set says the desk has and another says it lacks) must not change
    another set's figures, nor the order the sets are named in."""
    result: dict[str, Scores] = {}
    for name in sets:
        try:
            with transaction.atomic():
                result[name] = _evaluate(labelled_set(name), report)
                raise _Rollback
        except _Rollback:
            pass
    return result


@dataclass(frozen=True)
class Throughput:
    documents: int
    chars: int
    bytes: int  # UTF-8
    extraction_ms: list[float]  # each round: every document extracted, suggestions written
    reading_ms: list[float]  # each round: every document's statements found and attributed
    split_ms: list[float]  # each round: every document's text split into sentences, bare


def throughput(sets: Iterable[str], rounds: int = 3) -> Throughput:
    """Extraction of every article of ``sets``: reading (finding the statements and linking
    their speakers), the whole of it (suggestions written), and a bare sentence split of the
    same texts, round after round, in a rolled-back transaction. Each round extracts documents
    of its own, so that none is a rerun."""
    result: list[Throughput] = []
    try:
        with transaction.atomic():
            articles = []
            for name in sets:
                labelled = labelled_set(name)
                keys = load_sources(labelled.sources)
                articles.extend(
                    (article, keys[article.publisher])
                    for article in labelled.articles
                    if rules_for(article.language) is not None  # others are not extracted
                )
            extraction, reading, split = [], [], []
            for round_ in range(rounds):
                documents = [
                    document_create(
                        title=f"{article.title} (throughput, round {round_})",
                        text=f"{article.text}\n\n({round_})",
                        publisher=Source.objects.get(pk=publisher),
                        language=article.language,
                    )
                    for article, publisher in articles
                ]
                rules = [rules_for(document.language) for document in documents]
                started = time.perf_counter()
                for document, its_rules in zip(documents, rules, strict=True):
                    read_statements(document, its_rules)
                reading.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                for document in documents:
                    document_claims_extract(document=document)
                extraction.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                for document, its_rules in zip(documents, rules, strict=True):
                    split_sentences(document.text, its_rules)
                split.append((time.perf_counter() - started) * 1000)
            texts = [article.text for article, _ in articles]
            result.append(
                Throughput(
                    len(texts),
                    sum(map(len, texts)),
                    sum(len(t.encode()) for t in texts),
                    extraction,
                    reading,
                    split,
                )
            )
            raise _Rollback
    except _Rollback:
        pass
    return result[0]


@dataclass(frozen=True)
class LongRun:
    chars: int
    seconds: float
    statements: int  # found in the text
    created: int  # suggested claims written


def long_document_text(chars: int) -> str:
    """The set's articles one after another, again and again, cut at the end of the last
    paragraph that fits in ``chars`` characters."""
    articles = "\n\n".join(article.text for article in ARTICLES)
    text = "\n\n".join([articles] * (chars // (len(articles) + 2) + 1))
    return text[: chars + 1].rsplit("\n\n", 1)[0]


def extract_long_document(chars: int) -> LongRun:
    """Time ``document_claims_extract`` on one document of (at most) ``chars`` characters."""
    result: list[LongRun] = []
    try:
        with transaction.atomic():
            keys = load_sources(SOURCES)
            document = document_create(
                title="The extraction set, over and over",
                text=long_document_text(chars),
                publisher=Source.objects.get(pk=keys[ARTICLES[0].publisher]),
                language="en",
            )
            started = time.perf_counter()
            extracted = document_claims_extract(document=document)
            seconds = time.perf_counter() - started
            result.append(
                LongRun(len(document.text), seconds, extracted.found, len(extracted.created))
            )
            raise _Rollback
    except _Rollback:
        pass
    return result[0]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return max(inter, 0) / union if union else 0.0


def _evaluate(labelled: LabelledSet, report: list | None) -> Scores:
    keys = load_sources(labelled.sources)
    by_id = {pk: k for k, pk in keys.items()}
    # A speaker the desk does not know, by each of its names: the source an editor confirms
    # from a proposal of one of them stands for it.
    unknown = {
        name: spec.key for spec in labelled.sources if not spec.known for name in _names(spec)
    }

    def key_of(source: Source) -> str:
        return by_id.get(source.pk) or unknown.get(name_key(source.name), "?")

    editor = _editor()
    expected = proposed = statements_right = chains_right = 0
    for article in labelled.articles:
        document = document_create(
            title=f"{article.title} (extraction set)",
            text=article.text,
            publisher=Source.objects.get(pk=keys[article.publisher]),
            language=article.language,
        )
        document_claims_extract(document=document)
        wrong_names = _decide_proposals(document, labelled, editor)
        claims = Claim.objects.filter(document=document).select_related("speaker")
        found = [
            _Found(
                claim.start,
                claim.end,
                key_of(claim.speaker),
                tuple(key_of(a.source) for a in claim.attributions.all()),
            )
            for claim in claims.prefetch_related("attributions__source")
        ]
        labelled_spans = []
        for statement in article.statements:
            start = document.text.index(statement.span)
            labelled_spans.append(((start, start + len(statement.span)), statement))
        expected += len(labelled_spans)
        proposed += len(found) + len(wrong_names)
        used: set[int] = set()
        for span, statement in labelled_spans:
            match = next(
                (
                    i
                    for i, f in enumerate(found)
                    if i not in used
                    and f.speaker == statement.speaker
                    and overlap(span, (f.start, f.end)) >= MIN_OVERLAP
                ),
                None,
            )
            if match is None:
                if report is not None:
                    near = [f for f in found if overlap(span, (f.start, f.end)) > 0]
                    said = f", found for {near[0].speaker}" if near else ""
                    report.append(
                        f"{article.key}: missed {statement.span!r} by {statement.speaker}{said}"
                    )
                continue
            used.add(match)
            statements_right += 1
            chains_right += found[match].relays == statement.relays
            if report is not None and found[match].relays != statement.relays:
                report.append(
                    f"{article.key}: chain {found[match].relays} for {statement.span[:60]!r}, "
                    f"labelled {statement.relays}"
                )
        if report is not None:
            for i, f in enumerate(found):
                if i not in used and not any(
                    overlap(span, (f.start, f.end)) >= MIN_OVERLAP
                    and statement.speaker == f.speaker
                    for span, statement in labelled_spans
                ):
                    report.append(
                        f"{article.key}: false alarm {document.text[f.start : f.end]!r} "
                        f"by {f.speaker}"
                    )
            report.extend(f"{article.key}: proposed {name!r} unlabelled" for name in wrong_names)
    return Scores(expected, proposed, statements_right, chains_right)


def _editor():
    """The editor who decides on the sets' proposed sources, in the rolled-back transaction."""
    editor, _ = get_user_model().objects.get_or_create(
        username="extraction-set-editor", defaults={"is_superuser": True}
    )
    return editor


def _decide_proposals(document, labelled: LabelledSet, editor) -> list[str]:
    """Decide on the sources proposed from ``document`` as an editor would: confirm each name
    of a labelled speaker the desk does not know, inflected or not ("Сергея Ильина" for
    "Сергей Ильин", compared as the language's morphology compares names), as a new source
    under the speaker's name, or as another name of it once it exists; reject every other;
    and extract the document again, as the desk does on confirmation, so that every statement
    waiting for a confirmed speaker is scored as a suggested claim. The names that are no
    labelled speaker's, which each count as one wrong proposal."""
    rules = rules_for(document.language)
    morphology = rules.morphology if rules is not None else None
    speakers = {}
    for spec in labelled.sources:
        if not spec.known:
            for name in _names(spec):  # keys already
                speakers[name] = spec
                if morphology is not None:
                    speakers.setdefault(morphology.key(name), spec)
    wrong, confirmed = [], False
    for proposal in SourceProposal.objects.filter(documents=document):
        spec = speakers.get(name_key(proposal.name))
        if spec is None and morphology is not None:
            spec = speakers.get(morphology.key(proposal.name))
        if spec is None:
            wrong.append(proposal.name)
        if proposal.state != SourceProposal.State.PENDING:
            continue  # decided on for an earlier article
        if spec is None:
            source_proposal_reject(proposal=proposal, actor=editor)
            continue
        existing = Source.objects.filter(name=spec.name).first()
        if existing is None:
            source_proposal_confirm(proposal=proposal, actor=editor, name=spec.name)
        elif alias_key(proposal.name) != alias_key(spec.name):
            source_proposal_confirm(proposal=proposal, actor=editor, existing=existing)
        else:
            continue  # the source has that very name already: nothing is waiting for it
        confirmed = True
    if confirmed:
        document_claims_extract(document=document)
    return wrong


def _names(spec: SourceSpec) -> set[str]:
    return {name_key(n) for n in (spec.name, spec.short_name, *spec.aliases) if n}


def load_sources(specs: Iterable[SourceSpec]) -> dict[str, int]:
    """The registry's sources and the set's own known ones, found by name or alias where they
    exist, created otherwise; their keys."""
    ids = registry_load().sources
    for spec in specs:
        if not spec.known:
            continue
        existing = _existing(spec)
        if existing is None:
            existing = source_create(
                name=spec.name, kind=spec.kind, country=spec.country, short_name=spec.short_name
            )
        taken = set(SourceAlias.objects.values_list("key", flat=True))
        for alias in spec.aliases:
            if alias_key(alias) not in taken:  # two of a spec's aliases may share a key
                source_alias_add(source=existing, alias=alias)
                taken.add(alias_key(alias))
        ids[spec.key] = existing.pk
    return ids


def _existing(spec: SourceSpec) -> Source | None:
    source = Source.objects.filter(name=spec.name).first()
    if source is None:
        alias = (
            SourceAlias.objects.filter(key=alias_key(spec.name)).select_related("source").first()
        )
        source = alias.source if alias else None
    return source


def main(argv: list[str] | None = None) -> None:
    """``python -m demo.extraction_evaluation [--set NAME …] [--verbose]``: the scores of each
    set (all of them by default), on an in-memory database unless DATABASE_URL names one."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument(
        "--set",
        action="append",
        dest="sets",
        metavar="NAME|PATH.py",
        help=f"one of {', '.join(sorted(SETS))}, or a module of the same form kept elsewhere",
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    options = parser.parse_args(argv)
    for name in options.sets or ():
        if not name.endswith(".py") and name not in SETS:
            parser.error(f"no set {name!r}: give one of {', '.join(sorted(SETS))} or a .py path")
    report: list[str] | None = [] if options.verbose else None
    scores = evaluate_sets(options.sets or written(SETS), report=report)
    for line in report or ():
        print(line)
    for name, score in scores.items():
        print(
            f"{name:14} P {score.precision:.2f}  R {score.recall:.2f}  "
            f"chains {score.chain_accuracy:.2f}  "
            f"({score.statements_right} right of {score.proposed} proposed, "
            f"{score.expected} labelled)"
        )


if __name__ == "__main__":
    if os.environ["DATABASE_URL"] == "sqlite://:memory:":
        call_command("migrate", verbosity=0)
    main()
