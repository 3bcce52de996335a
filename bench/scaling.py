"""`make bench-scaling`: how the per-request figures grow from 100,000 to 1,000,000 claims.

Two benchmark databases, seeded once and reused (BENCH_SCALING_SMALL_URL, default
parallax_bench_100k; BENCH_SCALING_LARGE_URL, default parallax_bench, the database `make bench`
uses). Each case (lists, queue, take next, transition, candidates, the verdict API; see
bench/scaling_cases.py) is prepared on both, and then the same process makes its requests
alternating between the two databases, request by request, the size that goes first changing
every round: both sizes meet the same moments of a machine whose speed drifts. A figure's
growth is its median at the large size over its median at the small size; its goal is 1.2, a
request's cost bound by its page, not by its table. The lightest admin page, the same six rows
at both sizes, is timed the same way as a control: its growth is what the machine alone did.
"""

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

SMALL_URL = "postgres://postgres@127.0.0.1:5432/parallax_bench_100k"
LARGE_URL = "postgres://postgres@127.0.0.1:5432/parallax_bench"
SIZES = (100_000, 1_000_000)
ROUNDS = 100
WARMUP = 5
GROWTH_GOAL = 1.2


@dataclass
class Growth:
    figure: str
    small_ms: float  # median at the small size
    large_ms: float
    growth: float  # large / small
    small_p95_ms: float
    large_p95_ms: float
    passed: bool | None  # None for the control


def seed(url: str, claims: int) -> None:
    """Create, migrate and seed one database (once: a seeded one is reused), then VACUUM
    ANALYZE it, by `python -m bench --seed-only` in a process of its own."""
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "bench", "--claims", str(claims), "--database-url", url]
        command += ["--seed-only", "--output", str(Path(folder) / "seeding.json")]
        done = subprocess.run(command)
        if done.returncode not in (0, 1):  # 1: the seeding missed its goal, still seeded
            raise SystemExit(f"preparing {url} failed (exit code {done.returncode})")


def second_database(url: str):
    """A connection to the database at ``url`` configured as the default one is, to stand in
    for it (``connections["default"] = …``) while the large size's requests run."""
    from django.db import connections
    from django.db.utils import load_backend

    settings = copy.deepcopy(connections.settings["default"])
    settings["NAME"] = url.rsplit("/", 1)[1].split("?")[0]
    return load_backend(settings["ENGINE"]).DatabaseWrapper(settings, "default")


def alternate(
    cases: tuple[dict, dict], wrappers: tuple, *, rounds: int, warmup: int
) -> dict[str, tuple[list[float], list[float]]]:
    """Each case's milliseconds at each size: per round, every case once at each size, the
    first size alternating from round to round."""
    from django.db import connections

    from bench.harness import elapsed_ms

    samples = {name: ([], []) for name in cases[0]}
    for index in range(warmup + rounds):
        for name in samples:
            for size in (0, 1) if index % 2 == 0 else (1, 0):
                connections["default"] = wrappers[size]
                ms = elapsed_ms(cases[size][name])
                if index >= warmup:
                    samples[name][size].append(ms)
    connections["default"] = wrappers[0]
    return samples


def growths(samples: dict[str, tuple[list[float], list[float]]]) -> list[Growth]:
    from bench.harness import p95
    from bench.scaling_cases import CONTROL

    found = []
    for name, (small, large) in samples.items():
        growth = statistics.median(large) / statistics.median(small)
        found.append(
            Growth(
                figure=name,
                small_ms=statistics.median(small),
                large_ms=statistics.median(large),
                growth=growth,
                small_p95_ms=p95(small),
                large_p95_ms=p95(large),
                passed=None if name == CONTROL else growth <= GROWTH_GOAL,
            )
        )
    return found


def print_growths(found: list[Growth]) -> None:
    small, large = (f"{size:,}" for size in SIZES)
    headers = ("figure", f"{small} claims", f"{large} claims", "growth", "p95s", "goal", "result")
    rows = [
        (
            g.figure,
            f"{g.small_ms:,.2f} ms",
            f"{g.large_ms:,.2f} ms",
            f"{g.growth:.2f}",
            f"{g.small_p95_ms:,.1f} / {g.large_p95_ms:,.1f} ms",
            "" if g.passed is None else f"≤ {GROWTH_GOAL:g}",
            {None: "", True: "pass", False: "FAIL"}[g.passed],
        )
        for g in found
    ]
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*headers).rstrip())
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row).rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scaling", description=__doc__)
    parser.add_argument("--small-url", default=os.environ.get("BENCH_SCALING_SMALL_URL", SMALL_URL))
    parser.add_argument("--large-url", default=os.environ.get("BENCH_SCALING_LARGE_URL", LARGE_URL))
    parser.add_argument(
        "--rounds", type=int, default=int(os.environ.get("BENCH_SCALING_ROUNDS", ROUNDS))
    )
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("scaling.json"))
    args = parser.parse_args(argv)

    for url, claims in zip((args.small_url, args.large_url), SIZES, strict=True):
        print(f"preparing {url} ({claims:,} claims)…", file=sys.stderr)
        seed(url, claims)

    from bench.__main__ import configure_django

    configure_django(args.small_url)
    from django.db import connections

    from bench.scaling_cases import prepare

    wrappers = (connections["default"], second_database(args.large_url))
    requests = WARMUP + args.rounds
    cases = []
    for wrapper in wrappers:
        connections["default"] = wrapper
        cases.append(prepare(requests))
    print(f"timing {args.rounds} rounds, alternating…", file=sys.stderr)
    samples = alternate(tuple(cases), wrappers, rounds=args.rounds, warmup=WARMUP)
    from config.celery import app

    app.control.purge()  # the notifications the transitions queued; no worker runs them

    found = growths(samples)
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    print(
        f"\nPer-request cost at {SIZES[1]:,} claims against {SIZES[0]:,}: {args.rounds} rounds, "
        f"request by request alternating between the two databases; {when}\n"
    )
    print_growths(found)
    args.output.write_text(
        json.dumps({"sizes": SIZES, "rounds": args.rounds, "growths": [asdict(g) for g in found]})
        + "\n"
    )
    failed = [g.figure for g in found if g.passed is False]
    if failed:
        print(f"\n{len(failed)} figure(s) grew more than {GROWTH_GOAL:g}: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
