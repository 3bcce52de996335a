"""The benchmark harness's verdicts: a timed figure passes or fails on its ratio to the
baseline measured beside it, never on its absolute time."""

import json
import math

from bench.harness import Figure, against, interleaved, print_table, ratio_verdict, write_results


def test_a_ratio_within_its_goal_passes_and_one_beyond_fails():
    assert ratio_verdict(30.0, 20.0, 2) == (1.5, True)
    assert ratio_verdict(40.0, 20.0, 2) == (2.0, True)  # the goal itself passes
    assert ratio_verdict(41.0, 20.0, 2) == (2.05, False)


def test_the_verdict_does_not_depend_on_how_fast_the_machine_ran():
    # The same code on a machine three times slower: both medians triple, the verdict stays.
    assert ratio_verdict(30.0, 20.0, 2)[1] is ratio_verdict(90.0, 60.0, 2)[1] is True
    assert ratio_verdict(50.0, 20.0, 2)[1] is ratio_verdict(150.0, 60.0, 2)[1] is False


def test_a_baseline_that_took_no_time_fails_rather_than_dividing_by_zero():
    ratio, passed = ratio_verdict(5.0, 0.0, 100)
    assert math.isinf(ratio) and not passed


def test_a_figure_takes_the_medians_of_its_samples_and_its_baseline():
    figure = against("page", [10.0, 30.0, 12.0, 11.0, 500.0], "floor", [5.0, 6.0, 4.0], 2.5)
    assert (figure.value, figure.baseline, figure.ratio) == (12.0, 5.0, 2.4)
    assert figure.passed is True
    assert (figure.baseline_name, figure.goal) == ("floor", 2.5)
    slower = against("page", [13.0, 13.0, 14.0], "floor", [5.0, 5.0, 6.0], 2.5)
    assert slower.ratio == 2.6 and slower.passed is False


def test_interleaved_calls_each_function_once_a_round_in_turn():
    calls = []
    samples = interleaved(
        [lambda: calls.append("a"), lambda: calls.append("b")], rounds=3, warmup=1
    )
    assert calls == ["a", "b"] * 4
    assert [len(s) for s in samples] == [3, 3]


def test_the_table_and_the_results_file_show_ratio_and_goal(tmp_path, capsys):
    figures = [
        against("changelist", [24.0], "lightest admin page", [12.0], 2.5),
        against("transition", [9.0], "UPDATE one row", [0.3], 20),
        Figure(name="queries", value=6, unit="", target="equal", passed=True),
    ]
    print_table(figures)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "figure",
        "median",
        "baseline",
        "baseline",
        "median",
        "ratio",
        "goal",
        "result",
    ]
    assert lines[2].split() == [
        "changelist",
        "24.00",
        "ms",
        "lightest",
        "admin",
        "page",
        "12.00",
        "ms",
        "2.00",
        "≤",
        "2.5",
        "pass",
    ]
    assert lines[3].split()[-4:] == ["30.00", "≤", "20", "FAIL"]
    assert lines[4].split() == ["queries", "6.00", "equal", "pass"]

    write_results(figures, tmp_path / "results.json", {"claims": 1})
    written = json.loads((tmp_path / "results.json").read_text())
    first = written["figures"][0]
    assert (first["baseline_name"], first["baseline"], first["ratio"], first["goal"]) == (
        "lightest admin page",
        12.0,
        2.0,
        2.5,
    )
    assert first["passed"] is True and written["figures"][1]["passed"] is False
