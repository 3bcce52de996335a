"""What the README tells people to run or click exists as it says."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

PROJECT_ROOT = Path(__file__).resolve().parent.parent
README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
# The README's lines joined, so that a name broken across two lines is found whole.
PROSE = " ".join(README.split())


def readme_commands() -> list[tuple[str, ...]]:
    """Every ``manage.py`` command and ``python -m`` module the README names, in its code
    blocks and in its text."""
    commands = {("manage.py", name) for name in re.findall(r"manage\.py ([a-z_]+)", README)}
    commands |= {("-m", module) for module in re.findall(r"python -m ([\w.]+)", README)}
    return sorted(commands)


COMMANDS = readme_commands()


def run_as_written(*args: str) -> subprocess.CompletedProcess:
    """A fresh shell on a checkout: no DJANGO_DEBUG, no settings module, no database URL."""
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(
        [sys.executable, *args],
        env=environment,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_readme_names_the_commands_a_desk_runs():
    names = {name for _, name in COMMANDS}
    assert {"load_demo", "migrate", "check", "dispatch_outbox", "issue_api_token"} <= names
    assert "demo.extraction_evaluation" in names


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_each_command_runs_as_written(command):
    result = run_as_written(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout.lower()


def test_the_system_check_runs_as_written():
    result = run_as_written("manage.py", "check")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


# "Framing annotations → Annotations → *Framing profiles*": an app of the admin's index, one of
# its models, then what to click on that model's list.
_SEGMENT = r"(?:\*\*[^*]+\*\*|\*[^*]+\*|[A-Za-z][\w ]*\w)"
MENU_PATH = re.compile(rf"([A-Z][a-z]+(?: [A-Za-z]+){{0,2}})((?: → {_SEGMENT})+)")


def menu_paths() -> list[list[str]]:
    return [
        [found[1], *(part.strip() for part in found[2].split(" → ")[1:])]
        for found in MENU_PATH.finditer(PROSE)
    ]


def test_the_readme_names_admin_menu_paths():
    assert ["Desk", "Queued tasks"] in menu_paths()
    assert len(menu_paths()) >= 8


@pytest.mark.django_db
@pytest.mark.parametrize("path", menu_paths(), ids=" → ".join)
def test_each_admin_menu_path_is_the_admin_s(path, admin_client):
    """The first step is an app of the admin's index, the second one of that app's models as
    the index lists it; a third, when it is the last, is a link on that model's list."""
    app_name, model_name, *rest = (step.strip("*") for step in path)
    registered = {
        (
            str(apps.get_app_config(model._meta.app_label).verbose_name),
            str(model._meta.verbose_name_plural).capitalize(),
        ): model
        for model in admin.site._registry
    }
    assert app_name in {app for app, _ in registered}, f"no app {app_name!r} in the admin"
    model = registered.get((app_name, model_name))
    assert model is not None, f"{app_name} has no {model_name!r} in the admin"
    if len(rest) == 1:
        options = model._meta
        changelist = f"admin:{options.app_label}_{options.model_name}_changelist"
        page = admin_client.get(reverse(changelist))
        assert page.status_code == 200
        links = re.findall(r"<a [^>]*>\s*([^<]+?)\s*</a>", page.content.decode())
        assert any(link.startswith(rest[0]) for link in links), (rest[0], links)
