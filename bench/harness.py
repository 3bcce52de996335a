"""Figures, their goals, and the table `make bench` prints.

A timed figure is a ratio: the median of the thing measured over the median of a baseline
measured in the same run, beside it (interleaved where the two can alternate), so that a slow
or busy machine slows both alike. Its goal is the largest ratio it may reach; the absolute
times stay in the table as information. Figures that are not times (query counts, recall,
precision) keep a target of their own.
"""

import json
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


@dataclass
class Figure:
    name: str
    value: float  # a timed figure's median in ms; otherwise the figure itself
    unit: str = "ms"
    baseline_name: str = ""
    baseline: float | None = None  # the baseline's median, ms
    ratio: float | None = None  # value / baseline
    goal: float | None = None  # the largest ratio that passes
    target: str = ""  # for figures that are not times: what passes, in words
    passed: bool | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)


def ratio_verdict(value: float, baseline: float, goal: float) -> tuple[float, bool]:
    """The ratio of two medians, and whether it is within its goal (at most ``goal``)."""
    ratio = value / baseline if baseline > 0 else math.inf
    return ratio, ratio <= goal


def against(
    name: str,
    samples: list[float],
    baseline_name: str,
    baseline_samples: list[float],
    goal: float,
    *,
    note: str = "",
    extra: dict | None = None,
) -> Figure:
    """A timed figure: the samples' median against the baseline's, and its verdict."""
    value, baseline = median(samples), median(baseline_samples)
    ratio, passed = ratio_verdict(value, baseline, goal)
    return Figure(
        name=name,
        value=value,
        baseline_name=baseline_name,
        baseline=baseline,
        ratio=ratio,
        goal=goal,
        passed=passed,
        note=note,
        extra={
            "p95": p95(samples),
            "samples": len(samples),
            "baseline_samples": len(baseline_samples),
            **(extra or {}),
        },
    )


def clocked(function: Callable[[], T]) -> tuple[T, float]:
    """What ``function`` returned, and how many milliseconds the call took."""
    started = time.perf_counter()
    result = function()
    return result, (time.perf_counter() - started) * 1000


def elapsed_ms(function: Callable[[], object]) -> float:
    return clocked(function)[1]


def timed(function: Callable[[], object], *, repeat: int, warmup: int = 3) -> list[float]:
    """Wall-clock milliseconds of ``repeat`` calls, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        function()
    return [elapsed_ms(function) for _ in range(repeat)]


def interleaved(
    functions: list[Callable[[], object]], *, rounds: int, warmup: int = 3
) -> list[list[float]]:
    """Milliseconds of each function, called in turn once per round, after ``warmup`` rounds.

    Round-robin, so that every function sees the same moments of a machine whose speed varies.
    """
    for _ in range(warmup):
        for function in functions:
            function()
    samples: list[list[float]] = [[] for _ in functions]
    for _ in range(rounds):
        for index, function in enumerate(functions):
            samples[index].append(elapsed_ms(function))
    return samples


def cpu_calibration() -> dict:
    """A fixed pure-Python workload timed 40 times: how fast this machine is, and how steady.

    Information only: the verdicts use ratios, which do not depend on it.
    """
    samples = timed(lambda: sum(range(1_000_000)), repeat=40, warmup=2)
    return {
        "workload_ms_median": round(median(samples), 1),
        "workload_ms_min": round(min(samples), 1),
        "workload_ms_max": round(max(samples), 1),
    }


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _cells(f: Figure) -> tuple[str, ...]:
    if f.goal is None:
        value = f"{f.value:,.2f} {f.unit}".strip()
        return (
            f.name,
            value,
            "",
            "",
            "",
            f.target,
            {True: "pass", False: "FAIL", None: ""}[f.passed],
        )
    return (
        f.name,
        f"{f.value:,.2f} ms",
        f.baseline_name,
        f"{f.baseline:,.2f} ms",
        f"{f.ratio:.2f}",
        f"≤ {f.goal:g}",
        "pass" if f.passed else "FAIL",
    )


def print_table(figures: list[Figure]) -> None:
    headers = ("figure", "median", "baseline", "baseline median", "ratio", "goal", "result")
    rows = [_cells(f) for f in figures]
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*headers).rstrip())
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row).rstrip())


def write_results(figures: list[Figure], path: Path, context: dict) -> None:
    path.write_text(
        json.dumps({"context": context, "figures": [asdict(f) for f in figures]}, indent=2) + "\n"
    )
