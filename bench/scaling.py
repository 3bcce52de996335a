"""`make bench-scaling`: how the per-request figures grow from 100,000 to 1,000,000 claims.

Two benchmark databases, seeded once and reused (BENCH_SCALING_SMALL_URL, default
parallax_bench_100k; BENCH_SCALING_LARGE_URL, default parallax_bench, the database `make bench`
uses). Each round runs the per-request benchmarks (lists, queues, transitions, candidates,
the verdict API) once against each database, in a process of its own, and the rounds alternate
which size goes first (small, large; large, small; …), so that both sizes meet the same moments
of a machine whose speed drifts. A figure's growth is the median, over the rounds, of its
median at the large size over its median at the small size in the same round; its goal is
1.2: a request's cost bound by its page, not by its table.
"""

import argparse
import json
import os
import re
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
# The per-request benchmarks; lexicon scans and extraction read no table that grows.
MODULES = ["admin_changelist", "workflow", "contradictions", "api"]
ROUNDS = 3
GROWTH_GOAL = 1.2
QUOTED = re.compile(r"'[^']*'")


@dataclass
class Growth:
    figure: str
    small_ms: float  # median over the rounds of the figure's median at the small size
    large_ms: float
    growth: float  # median over the rounds of large / small, each round's pair
    round_growths: list[float]
    passed: bool


def figure_key(name: str) -> str:
    """A figure's name without the words its case chose from the data (a speaker's short name
    differs between the two databases), so that the same case matches at both sizes."""
    return QUOTED.sub("'…'", name)


def per_request(results: dict) -> dict[str, float]:
    """The timed figures of one run, by key: their medians in ms."""
    return {
        figure_key(f["name"]): f["value"]
        for f in results["figures"]
        if f["unit"] == "ms" and f["goal"] is not None and not f["name"].startswith("seed")
    }


def growths(rounds: list[tuple[dict[str, float], dict[str, float]]]) -> list[Growth]:
    """Each figure's growth from its (small, large) medians, round by round."""
    found = []
    for key in rounds[0][0]:
        pairs = [
            (small[key], large[key]) for small, large in rounds if key in small and key in large
        ]
        ratios = [large / small for small, large in pairs]
        growth = statistics.median(ratios)
        found.append(
            Growth(
                figure=key,
                small_ms=statistics.median(small for small, _ in pairs),
                large_ms=statistics.median(large for _, large in pairs),
                growth=growth,
                round_growths=[round(r, 2) for r in ratios],
                passed=growth <= GROWTH_GOAL,
            )
        )
    return found


def bench(url: str, claims: int, *options: str) -> dict:
    """One `python -m bench` run against ``url``; its results file."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "results.json"
        command = [sys.executable, "-m", "bench", "--claims", str(claims), "--database-url", url]
        command += ["--output", str(output), *options]
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True)
        # 1 means a figure missed its goal in that run: still a measurement.
        if done.returncode not in (0, 1) or not output.exists():
            sys.stdout.write(done.stdout)
            raise SystemExit(f"python -m bench failed on {url} (exit code {done.returncode})")
        return json.loads(output.read_text())


def print_growths(found: list[Growth], sizes: tuple[int, int]) -> None:
    small, large = (f"{size:,}" for size in sizes)
    headers = ("figure", f"{small} claims", f"{large} claims", "growth", "rounds", "goal", "result")
    rows = [
        (
            g.figure,
            f"{g.small_ms:,.2f} ms",
            f"{g.large_ms:,.2f} ms",
            f"{g.growth:.2f}",
            " ".join(f"{r:.2f}" for r in g.round_growths),
            f"≤ {GROWTH_GOAL:g}",
            "pass" if g.passed else "FAIL",
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
    databases = list(zip((args.small_url, args.large_url), SIZES, strict=True))

    for url, claims in databases:
        print(f"preparing {url} ({claims:,} claims)…", file=sys.stderr)
        bench(url, claims, "--seed-only")
    measured: list[tuple[dict[str, float], dict[str, float]]] = []
    for index in range(args.rounds):
        order = databases if index % 2 == 0 else databases[::-1]
        by_size = {}
        for url, claims in order:
            print(f"round {index + 1} of {args.rounds}: {claims:,} claims…", file=sys.stderr)
            only = [option for module in MODULES for option in ("--only", module)]
            by_size[claims] = per_request(bench(url, claims, "--no-setup", *only))
        measured.append((by_size[SIZES[0]], by_size[SIZES[1]]))

    found = growths(measured)
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    print(
        f"\nPer-request cost at {SIZES[1]:,} claims against {SIZES[0]:,}, {args.rounds} rounds "
        f"alternating between the two databases; {when}\n"
    )
    print_growths(found, SIZES)
    args.output.write_text(
        json.dumps(
            {"sizes": SIZES, "rounds": measured, "growths": [asdict(g) for g in found]}, indent=2
        )
        + "\n"
    )
    failed = [g.figure for g in found if not g.passed]
    if failed:
        print(f"\n{len(failed)} figure(s) grew more than {GROWTH_GOAL:g}: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
