"""Settings read from the environment.

Each case imports the settings in a fresh interpreter with a clean environment, because the
test process itself already has settings loaded (and DJANGO_SETTINGS_MODULE, DATABASE_URL and
friends set by whoever started pytest).
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Prints what the tests look at, as JSON, after importing the settings like Django does.
PROBE = """
import json
from django.conf import settings
from config.celery import app
db = settings.DATABASES["default"]
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "SECRET_KEY": settings.SECRET_KEY,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "ENGINE": db["ENGINE"],
    "NAME": str(db["NAME"]),
    "HOST": db.get("HOST", ""),
    "PORT": db.get("PORT", ""),
    "CONN_MAX_AGE": db.get("CONN_MAX_AGE"),
    "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
    "celery_eager": app.conf.task_always_eager,
    "celery_broker": app.conf.broker_url,
}))
"""

PRODUCTION_ENV = {
    "DJANGO_ALLOWED_HOSTS": "parallax.example.org",
    # Production has a cache every web process shares (the rate limits count there).
    "PARALLAX_CACHE_URL": "redis://127.0.0.1:6379/2",
}


def clean_env(**variables: str) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(PROJECT_ROOT)}
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    env.update(variables)
    return env


def run_python(code: str, *, cwd: Path = PROJECT_ROOT, **variables: str):
    return subprocess.run(
        [sys.executable, "-c", code],
        env=clean_env(**variables),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def probe(**variables: str) -> dict:
    result = run_python(PROBE, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def production_secret() -> str:
    return secrets.token_urlsafe(60)


def manage(*args: str, **variables: str):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env=clean_env(**variables),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


class TestSecretKeyAndDebug:
    @pytest.mark.parametrize("debug", [None, "0", "false"])
    def test_without_a_secret_key_debug_off_refuses_to_start(self, debug):
        variables = {} if debug is None else {"DJANGO_DEBUG": debug}
        result = run_python("import config.settings", **variables)
        assert result.returncode != 0
        assert "ImproperlyConfigured" in result.stderr
        assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr

    @pytest.mark.parametrize("debug", ["1", "True", "on"])
    def test_debug_on_starts_with_a_development_key_and_local_hosts(self, debug):
        values = probe(DJANGO_DEBUG=debug)
        assert values["DEBUG"] is True
        assert values["SECRET_KEY"]
        assert set(values["ALLOWED_HOSTS"]) == {"127.0.0.1", "localhost"}

    def test_a_given_secret_key_is_used_and_debug_stays_off(self):
        key = production_secret()
        values = probe(DJANGO_SECRET_KEY=key, **PRODUCTION_ENV)
        assert values["DEBUG"] is False
        assert values["SECRET_KEY"] == key
        assert values["ALLOWED_HOSTS"] == ["parallax.example.org"]

    def test_allowed_hosts_is_a_comma_separated_list_and_empty_by_default_in_production(self):
        key = production_secret()
        assert probe(DJANGO_SECRET_KEY=key)["ALLOWED_HOSTS"] == []
        hosts = probe(DJANGO_SECRET_KEY=key, DJANGO_ALLOWED_HOSTS=" a.example.org, b.example.org,")
        assert hosts["ALLOWED_HOSTS"] == ["a.example.org", "b.example.org"]


class TestDatabase:
    def test_unset_means_sqlite_in_the_project_folder_whatever_the_working_directory(
        self, tmp_path
    ):
        result = run_python(PROBE, cwd=tmp_path, DJANGO_DEBUG="1")
        assert result.returncode == 0, result.stderr
        values = json.loads(result.stdout.strip().splitlines()[-1])
        assert values["ENGINE"] == "django.db.backends.sqlite3"
        assert Path(values["NAME"]) == PROJECT_ROOT / "db.sqlite3"

    # Ids without a bare "postgres", which would count as the postgres marker's keyword.
    @pytest.mark.parametrize("scheme", ["postgres", "postgresql"], ids=["short", "long"])
    def test_a_postgres_url_gives_the_postgresql_engine(self, scheme):
        values = probe(
            DJANGO_DEBUG="1",
            DATABASE_URL=f"{scheme}://desk:pw@db.example.org:5433/parallax",
        )
        assert values["ENGINE"] == "django.db.backends.postgresql"
        assert values["NAME"] == "parallax"
        assert values["HOST"] == "db.example.org"
        assert int(values["PORT"]) == 5433
        assert values["CONN_MAX_AGE"] == 60

    def test_the_postgresql_backend_uses_psycopg_3(self):
        code = (
            "import django; django.setup()\n"
            "from django.db import connection\n"
            "print(connection.vendor, connection.Database.__name__,"
            " connection.Database.__version__.split('.')[0])"
        )
        result = run_python(
            code, DJANGO_DEBUG="1", DATABASE_URL="postgres://desk@db.example.org/parallax"
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["postgresql", "psycopg", "3"]

    def test_connection_age_is_configurable(self):
        values = probe(
            DJANGO_DEBUG="1",
            DATABASE_URL="postgres://desk@db.example.org/parallax",
            DATABASE_CONN_MAX_AGE="0",
        )
        assert values["CONN_MAX_AGE"] == 0


class TestCelery:
    @pytest.mark.parametrize("broker", [None, ""])
    def test_without_a_broker_tasks_run_eagerly(self, broker):
        variables = {} if broker is None else {"CELERY_BROKER_URL": broker}
        values = probe(DJANGO_DEBUG="1", **variables)
        assert values["celery_eager"] is True

    @pytest.mark.parametrize(
        "broker", ["redis://cache.example.org:6379/0", "amqp://guest:guest@mq.example.org:5672//"]
    )
    def test_with_a_broker_tasks_go_through_it(self, broker):
        values = probe(DJANGO_DEBUG="1", CELERY_BROKER_URL=broker)
        assert values["CELERY_BROKER_URL"] == broker
        assert values["celery_eager"] is False
        assert values["celery_broker"] == broker


class TestDeployCheck:
    def test_production_settings_pass_check_deploy(self):
        result = manage(
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            DJANGO_SECRET_KEY=production_secret(),
            **PRODUCTION_ENV,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "no issues" in result.stdout

    def test_check_deploy_notices_a_weakened_setting(self):
        result = manage(
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            DJANGO_SECRET_KEY=production_secret(),
            DJANGO_SECURE_SSL_REDIRECT="0",
            DJANGO_SECURE_HSTS_SECONDS="0",
            **PRODUCTION_ENV,
        )
        assert result.returncode != 0
        output = result.stdout + result.stderr
        assert "security.W008" in output
        assert "security.W004" in output

    def test_a_short_secret_key_fails_check_deploy(self):
        result = manage(
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            DJANGO_SECRET_KEY="too-short",
            **PRODUCTION_ENV,
        )
        assert result.returncode != 0
        assert "security.W009" in result.stdout + result.stderr

    def test_check_deploy_warns_when_fetching_may_reach_private_networks(self):
        result = manage(
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            DJANGO_SECRET_KEY=production_secret(),
            PARALLAX_FETCH_PRIVATE_NETWORKS="127.0.0.1",
            **PRODUCTION_ENV,
        )
        assert result.returncode != 0
        assert "parallax.W002" in result.stdout + result.stderr

    def test_without_a_shared_cache_check_deploy_warns_that_rate_limits_are_per_process(self):
        without_cache = {**PRODUCTION_ENV, "PARALLAX_CACHE_URL": ""}
        secret = production_secret()
        result = manage(
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            DJANGO_SECRET_KEY=secret,
            **without_cache,
        )
        assert result.returncode != 0
        output = result.stdout + result.stderr
        assert "parallax.W001" in output
        assert "rate limits are counted per web process" in output
        assert "PARALLAX_CACHE_URL" in output
        # A deployment check: the everyday check does not raise it.
        everyday = manage(
            "check", "--fail-level", "WARNING", DJANGO_SECRET_KEY=secret, **without_cache
        )
        assert everyday.returncode == 0, everyday.stdout + everyday.stderr


class TestDevelopmentDefault:
    """manage.py on a checkout with no production setting runs as the development default;
    anything that names production, and the web entry point always, stays production."""

    SHOW_DEBUG = (
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
    )

    def test_manage_py_without_any_setting_runs_with_debug_on(self):
        result = manage(*self.SHOW_DEBUG)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["True"]

    @pytest.mark.parametrize(
        "variables",
        [
            {"DJANGO_DEBUG": "0"},
            {"DJANGO_ALLOWED_HOSTS": "parallax.example.org"},
            {"DATABASE_URL": "postgres://desk@db.example.org/parallax"},
            {"CELERY_BROKER_URL": "redis://cache.example.org:6379/0"},
            {"PARALLAX_CACHE_URL": "redis://cache.example.org:6379/2"},
        ],
        ids=["debug-off", "hosts", "database", "broker", "cache"],
    )
    def test_manage_py_with_production_settings_but_no_secret_key_refuses(self, variables):
        result = manage(*self.SHOW_DEBUG, **variables)
        assert result.returncode != 0
        assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr

    @pytest.mark.parametrize(
        "variables",
        [
            {"DJANGO_DEBUG": ""},  # set but empty: off, not "unsaid"
            {"PARALLAX_WEBHOOK_TIMEOUT": "5"},
            {"DJANGO_EMAIL_HOST": "smtp.example.org"},
            {"DATABASE_CONN_MAX_AGE": "60"},
        ],
        ids=["debug-empty", "parallax-variable", "django-variable", "database-variable"],
    )
    def test_any_setting_of_the_project_s_means_no_development_default(self, variables):
        result = manage(*self.SHOW_DEBUG, **variables)
        assert result.returncode != 0
        assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr
        assert "Development default" not in result.stderr

    def test_the_development_default_says_so(self):
        result = manage(*self.SHOW_DEBUG)
        assert "Development default: DEBUG on" in result.stderr

    def test_another_settings_module_decides_for_itself(self, tmp_path):
        # A secrets loader that sets the key in Python and imports the project's settings.
        (tmp_path / "vault_settings.py").write_text(
            f"import os\nos.environ.setdefault('DJANGO_SECRET_KEY', {production_secret()!r})\n"
            "from config.settings import *  # noqa\n"
        )
        result = manage(
            *self.SHOW_DEBUG,
            DJANGO_SETTINGS_MODULE="vault_settings",
            PYTHONPATH=f"{tmp_path}:{PROJECT_ROOT}",
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["False"]

    def test_manage_py_with_a_secret_key_is_production(self):
        result = manage(*self.SHOW_DEBUG, DJANGO_SECRET_KEY=production_secret())
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["False"]

    @pytest.mark.parametrize("entry_point", ["config.wsgi", "config.asgi"])
    def test_the_web_entry_points_never_assume_development(self, entry_point):
        result = run_python(f"import {entry_point}")
        assert result.returncode != 0
        assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr
