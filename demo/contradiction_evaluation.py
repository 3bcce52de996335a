"""Recall of contradiction candidates on a labelled set (``contradiction_sets``: the development
set ``multilingual``, the sets written without reading the rules ``holdout`` to ``holdout5``,
the last four with crowded pools; ``holdout5`` is the one never studied):

- recall@5: for each claim of a true pair, whether its partner is among its first five
  candidates (across languages and within one language apart);
- recall@1: for each claim with a true partner, whether its first candidate is one (a claim
  with three true partners cannot have all three first);
- both by the language of the claim whose candidates are read;
- and how many hard negatives (opposing claims about another incident of the same week) come
  up among the first k.

``python -m demo.contradiction_evaluation [--set holdout|holdout2|…|holdout5]`` prints
the figures.
"""

import argparse
import os
from dataclasses import dataclass, field

if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    os.environ.setdefault("DATABASE_URL", "sqlite://:memory:")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)

from datetime import datetime, time

from django.db import transaction
from django.utils import timezone

from claims.accounts.services import places_load
from claims.candidates import claim_candidates
from claims.models import Claim
from claims.services import claim_create, incident_create
from demo.set_modules import set_module
from sources.services import document_create, source_create


def load(module) -> dict[str, Claim]:
    """Write the set into the database through the services; returns the claims by key."""
    speakers = {
        key: source_create(name=name, kind=kind, country=country)
        for key, (name, kind, country) in module.SPEAKERS.items()
    }
    incidents = {
        key: incident_create(title=title, starts_on=day)
        for key, (title, day) in module.INCIDENTS.items()
    }
    claims = {}
    for report in module.REPORTS:
        published = datetime.combine(
            report["published"], time(12), tzinfo=timezone.get_current_timezone()
        )
        document = document_create(
            title=report["key"],
            publisher=speakers[report["publisher"]],
            text=report["text"],
            language=report["language"],
            published_at=published,
        )
        for key, speaker, phrase, stated_on, relays in report["claims"]:
            start = report["text"].index(phrase)
            claims[key] = claim_create(
                document=document,
                start=start,
                end=start + len(phrase),
                quote=phrase,
                speaker=speakers[speaker],
                summary=phrase,
                relay_chain=[speakers[relay] for relay in relays],
                incident=incidents[report["incident"]] if report["incident"] else None,
                stated_on=stated_on,
            )
    return claims


@dataclass
class Tally:
    found: int = 0
    expected: int = 0

    @property
    def value(self) -> float | None:
        return self.found / self.expected if self.expected else None


@dataclass
class Recall:
    k: int
    overall: Tally = field(default_factory=Tally)
    across_languages: Tally = field(default_factory=Tally)
    same_language: Tally = field(default_factory=Tally)
    # Hard negatives among the first k candidates, of all hard-negative partners asked for.
    hard_negatives: Tally = field(default_factory=Tally)
    # By the language of the claim whose candidates are read.
    by_language: dict[str, Tally] = field(default_factory=dict)

    def of_language(self, language: str) -> Tally:
        return self.by_language.setdefault(language, Tally())


def recall_at(k: int = 5, name: str = "multilingual") -> Recall:
    """Recall@k on the set, loaded in a transaction that is rolled back."""
    module = set_module(name, "demo.contradiction_sets")
    language = {
        key: report["language"] for report in module.REPORTS for key, *_ in report["claims"]
    }
    result = Recall(k)
    with transaction.atomic():
        places_load()
        claims = load(module)
        ranked = {}

        def first(claim):
            if claim.pk not in ranked:
                found = claim_candidates(claim, limit=1_000).contradictions
                ranked[claim.pk] = [candidate.claim.pk for candidate in found[:k]]
            return ranked[claim.pk]

        partners: dict[str, set[str]] = {}
        for a, b in module.CONTRADICTIONS:
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
        for mine, theirs_all in partners.items():
            if k == 1:
                # Is the first candidate one of the claim's true partners?
                hit = bool(set(first(claims[mine])) & {claims[t].pk for t in theirs_all})
                across = any(language[mine] != language[t] for t in theirs_all)
                tallies = [
                    result.overall,
                    result.across_languages if across else result.same_language,
                    result.of_language(language[mine]),
                ]
                for tally in tallies:
                    tally.expected += 1
                    tally.found += hit
                continue
            for theirs in theirs_all:
                hit = claims[theirs].pk in first(claims[mine])
                kind = (
                    result.across_languages
                    if language[mine] != language[theirs]
                    else result.same_language
                )
                for tally in (result.overall, kind, result.of_language(language[mine])):
                    tally.expected += 1
                    tally.found += hit
        for a, b in getattr(module, "HARD_NEGATIVES", []):
            for mine, theirs in ((a, b), (b, a)):
                result.hard_negatives.expected += 1
                result.hard_negatives.found += claims[theirs].pk in first(claims[mine])
        transaction.set_rollback(True)
    return result


def _figure(tally: Tally) -> str:
    return "-" if tally.value is None else f"{tally.value:.2f} ({tally.found}/{tally.expected})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="multilingual", help="a set's name or a .py file's path")
    arguments = parser.parse_args(argv)
    for k in (1, 5):
        result = recall_at(k, arguments.set)
        print(
            f"recall@{k}: {_figure(result.overall)}; across languages "
            f"{_figure(result.across_languages)}, within one {_figure(result.same_language)}; "
            f"hard negatives in the first {k}: {_figure(result.hard_negatives)}"
        )
        languages = ", ".join(
            f"{language} {_figure(tally)}" for language, tally in sorted(result.by_language.items())
        )
        print(f"  recall@{k} by the claim's language: {languages}")


if __name__ == "__main__":
    main()
