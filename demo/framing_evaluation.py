"""How well the shipped lexicons suggest framing, on labelled articles (``framing_sets``).

Each article lists the loaded terms a fact-checker marked, with their labels. The lexicon file
of the article's language is scanned over it, exactly as the desk suggests spans, and
suggestions are counted once (``annotations.counting``). Then:

- **found** (recall): the share of marked terms that a suggestion with the same label overlaps;
  ``any label`` counts a suggestion of another label as found too;
- **accepted** (precision): the share of suggestions that overlap a marked term of their label,
  i.e. those a reviewer who marked the article would accept. A suggestion nobody marked counts
  as rejected, so the figure is a lower bound: a reviewer may accept what a marker left out.

``python -m demo.framing_evaluation [--set PATH.py] [--verbose]`` prints the figures per
set and language, development sets (``DEVELOPMENT``) apart from held-out ones (``HELD_OUT``:
written apart from the lexicons and never tuned against); ``--set`` scores another module
with the same ``ARTICLES`` form (e.g. real articles kept outside the repository), labelled
``outside``.
"""

import argparse
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field

if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    os.environ.setdefault("DATABASE_URL", "sqlite://:memory:")
    django.setup()

from annotations.counting import count_once
from annotations.lexicon import Term, build, scan
from annotations.lexicon_files import read_lexicon
from demo.set_modules import set_module
from sources.text import primary_language

# The sets first written as held out (``holdout_*``, ``holdout2_*``, and the Azerbaijani and
# Armenian ``holdout3_*``) have since been studied to fix the lexicons' causes of misses and
# false alarms, so they count as development sets now. So do the English and Russian
# ``holdout3_*`` and every ``holdout4_*`` set: they have been studied now too.
DEVELOPMENT = (
    "en",
    "ru",
    "az",
    "hy",
    "holdout_en",
    "holdout_ru",
    "holdout_az",
    "holdout_hy",
    "holdout2_en",
    "holdout2_ru",
    "holdout2_az",
    "holdout2_hy",
    "holdout3_az",
    "holdout3_hy",
    "holdout3_en",
    "holdout3_ru",
    "holdout4_en",
    "holdout4_ru",
    "holdout4_az",
    "holdout4_hy",
    # studied now
    "holdout5_en",
    "holdout5_ru",
)
# Written apart from the lexicons, without sight of their entries, and never tuned against:
# scored and printed apart.
HELD_OUT = (
    "holdout5_az",
    "holdout5_hy",
    "holdout6_en",
    "holdout6_ru",
)
SETS = DEVELOPMENT + HELD_OUT


@dataclass
class Score:
    marked: int = 0
    found: int = 0
    found_any_label: int = 0
    suggested: int = 0
    accepted: int = 0
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.found / self.marked if self.marked else None

    @property
    def recall_any_label(self) -> float | None:
        return self.found_any_label / self.marked if self.marked else None

    @property
    def precision(self) -> float | None:
        return self.accepted / self.suggested if self.suggested else None


def marked_spans(article: dict) -> list[tuple[int, int, str]]:
    """(start, end, label) of each marked item: (phrase, label) is the phrase's first
    occurrence, (phrase, label, n) its n-th."""
    text, spans = article["text"], []
    for phrase, label, *nth in article["marked"]:
        at = -1
        for _ in range(nth[0] if nth else 1):
            at = text.find(phrase, at + 1)
            if at < 0:
                raise ValueError(f"{article['key']}: {phrase!r} ({nth or 1}) is not in the text")
        spans.append((at, at + len(phrase), label))
    return spans


_automata: dict[str, object] = {}


def automata(language: str):
    """The automata of ``language``'s lexicon file, labels by slug."""
    if language not in _automata:
        lines = read_lexicon(language)
        _automata[language] = build(
            language,
            (
                Term(
                    line.number,
                    line.label,
                    line.term,
                    line.whole_word,
                    line.case_sensitive,
                    line.inflects,
                )
                for line in lines
            ),
        )
    return _automata[language]


def score_articles(articles: list[dict]) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for article in articles:
        language = primary_language(article["language"])
        text = article["text"]
        score = scores[language]
        marked = marked_spans(article)
        suggested = list(
            count_once(
                (0, start, end, label)
                for start, end, _, label in scan(automata(language), text, language)
            )
        )
        score.marked += len(marked)
        score.suggested += len(suggested)
        for start, end, label in marked:
            overlapping = [s for s in suggested if s[1] < end and start < s[2]]
            if any(s[3] == label for s in overlapping):
                score.found += 1
            else:
                score.misses.append(
                    (article["key"], text[start:end], label, [s[3] for s in overlapping])
                )
            if overlapping:
                score.found_any_label += 1
        for _, start, end, label in suggested:
            if any(m[0] < end and start < m[1] and m[2] == label for m in marked):
                score.accepted += 1
            else:
                score.false_alarms.append((article["key"], text[start:end], label))
    return dict(scores)


def load_set(name_or_path: str) -> list[dict]:
    return set_module(name_or_path, "demo.framing_sets").ARTICLES


def _figure(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def _kind(name: str) -> str:
    """How a set was written: ``outside`` for any module given by its path (".py"), kept
    apart from the repository's sets; else as the lists above say."""
    if name.endswith(".py"):
        return "outside"
    return "held-out" if name in HELD_OUT else "development"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", help="a set name or a path to a .py module")
    parser.add_argument("--verbose", action="store_true", help="print misses and false alarms")
    arguments = parser.parse_args(argv)
    for name in arguments.set or SETS:
        scores = score_articles(load_set(name))
        kind = _kind(name)
        for language, score in sorted(scores.items()):
            print(
                f"{kind} {name} [{language}]: {score.marked} marked, found {_figure(score.recall)} "
                f"(any label {_figure(score.recall_any_label)}); {score.suggested} suggested, "
                f"accepted {_figure(score.precision)}"
            )
            if arguments.verbose:
                for key, quote, label, others in score.misses:
                    got = f" (got {', '.join(others)})" if others else ""
                    print(f"  miss  {key}: {quote!r} {label}{got}")
                for key, quote, label in score.false_alarms:
                    print(f"  extra {key}: {quote!r} {label}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
