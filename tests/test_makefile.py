"""The Makefile's development targets: what the commands they run are given.

Each case runs make for real with ``MANAGE`` standing in for ``manage.py``: a Python one-liner
that prints its arguments and the variables it was started with, so the test sees exactly what
``manage.py`` would. ``-o`` marks the virtual environment's install stamp as up to date, so make
neither creates a virtual environment nor installs anything.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEN = (
    "import json, os, sys; print(json.dumps({'args': sys.argv[1:], "
    "'base': os.environ.get('PARALLAX_BASE_URL'), 'debug': os.environ.get('DJANGO_DEBUG')}))"
)

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="GNU make is not installed")


def make(target: str, tmp_path: Path, *assignments: str, **variables: str) -> list[dict]:
    """What each command of ``make <target>`` was started with, in order."""
    venv = tmp_path / "venv"
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **variables}
    result = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-s",
            "-o",
            f"{venv}/.installed",
            target,
            f"VENV={venv}",
            f'MANAGE={sys.executable} -c "{SEEN}"',
            *assignments,
        ],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_make_run_on_another_port_gives_every_command_that_address(tmp_path):
    commands = make("run", tmp_path, "PORT=8201")
    assert [command["args"][0] for command in commands] == ["migrate", "load_demo", "runserver"]
    assert commands[-1]["args"] == ["runserver", "127.0.0.1:8201"]
    for command in commands:
        assert command["base"] == "http://127.0.0.1:8201"
        assert command["debug"] == "1"


def test_make_demo_takes_the_host_and_port_too(tmp_path):
    commands = make("demo", tmp_path, "HOST=localhost", "PORT=8313")
    assert [command["args"] for command in commands] == [["migrate", "--no-input"], ["load_demo"]]
    assert {command["base"] for command in commands} == {"http://localhost:8313"}


def test_an_address_given_by_the_environment_is_kept(tmp_path):
    commands = make(
        "run", tmp_path, "PORT=8201", PARALLAX_BASE_URL="https://desk.example.org", DJANGO_DEBUG="0"
    )
    assert {command["base"] for command in commands} == {"https://desk.example.org"}
    assert {command["debug"] for command in commands} == {"0"}
    assert commands[-1]["args"] == ["runserver", "127.0.0.1:8201"]


def test_make_test_runs_on_every_core_unless_told_otherwise(tmp_path):
    pytest_script = tmp_path / "venv" / "bin" / "pytest"
    pytest_script.parent.mkdir(parents=True)
    pytest_script.write_text(f'#!/bin/sh\nexec {sys.executable} -c "{SEEN}" "$@"\n')
    pytest_script.chmod(0o755)

    assert make("test", tmp_path)[0]["args"] == ["-n", "auto"]
    assert make("test", tmp_path, "TEST_WORKERS=0", "PYTEST_ARGS=-x")[0]["args"] == [
        "-n",
        "0",
        "-x",
    ]


def test_each_test_worker_has_a_broker_database_of_its_own(monkeypatch):
    from tests.conftest import _worker_broker

    brokers = set()
    for worker in ("gw0", "gw1", "gw2"):
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
        brokers.add(_worker_broker("redis://127.0.0.1:6379/15"))
    assert brokers == {f"redis://127.0.0.1:6379/{n}" for n in (15, 14, 13)}
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw15")
    with pytest.raises(pytest.UsageError, match="would need Redis database 0"):
        _worker_broker("redis://127.0.0.1:6379/15")
    with pytest.raises(pytest.UsageError, match="is not Redis"):
        _worker_broker("amqp://guest@127.0.0.1//")
    monkeypatch.delenv("PYTEST_XDIST_WORKER")
    assert _worker_broker("redis://127.0.0.1:6379/15") == "redis://127.0.0.1:6379/15"


def test_make_help_and_bench_scaling_name_the_scaling_benchmark(tmp_path):
    venv = tmp_path / "venv"
    run = {"cwd": PROJECT_ROOT, "capture_output": True, "text": True, "timeout": 60}
    shown = subprocess.run(["make", "--no-print-directory", "help"], **run)
    assert "make bench-scaling" in shown.stdout
    planned = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-n",
            "-o",
            f"{venv}/.installed",
            "bench-scaling",
            f"VENV={venv}",
        ],
        **run,
    )
    assert planned.returncode == 0, planned.stderr
    assert planned.stdout.split() == [f"{venv}/bin/python", "-m", "bench.scaling"]
