"""Figures, their targets, and the table `make bench` prints."""

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str = ""
    passed: bool | None = None
    baseline: float | None = None
    ratio: float | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)


def timed(function: Callable[[], object], *, repeat: int, warmup: int = 3) -> list[float]:
    """Wall-clock milliseconds of ``repeat`` calls, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def cpu_calibration() -> dict:
    """A fixed pure-Python workload timed 40 times: how fast this machine is, and how steady.

    Virtual machines vary; when the spread is wide, every figure in the run varies with it.
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


def under(value: float, limit: float, unit: str = "ms") -> tuple[str, bool]:
    return f"< {limit:g} {unit}", value < limit


def print_table(figures: list[Figure]) -> None:
    headers = ("figure", "value", "baseline", "ratio", "target", "result")
    rows = [
        (
            f.name,
            f"{f.value:,.2f} {f.unit}".strip(),
            "" if f.baseline is None else f"{f.baseline:,.2f} {f.unit}".strip(),
            "" if f.ratio is None else f"{f.ratio:.2f}",
            f.target,
            {True: "pass", False: "FAIL", None: ""}[f.passed],
        )
        for f in figures
    ]
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*headers))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))


def write_results(figures: list[Figure], path: Path, context: dict) -> None:
    path.write_text(
        json.dumps({"context": context, "figures": [asdict(f) for f in figures]}, indent=2) + "\n"
    )
