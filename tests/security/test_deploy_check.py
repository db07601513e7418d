"""`check --deploy` passes with production settings, and they refuse to start without secrets."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL"))
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "DJANGO_SECRET_KEY": "throwaway-" + "k" * 60,
    "DJANGO_ALLOWED_HOSTS": "passerelle.example.org",
    "SITE_URL": "https://passerelle.example.org",
    "DATABASE_URL": "postgres://passerelle@127.0.0.1:5432/passerelle",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}


def test_check_deploy_passes_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"}
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_settings_refuse_to_start_without_allowed_hosts():
    env = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_ALLOWED_HOSTS"}
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


def test_production_settings_refuse_a_cache_that_processes_do_not_share():
    env = {**PRODUCTION, "CACHE_URL": "locmemcache://"}
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "CACHE_URL must point at Redis" in result.stderr


def test_seed_demo_refuses_production_settings():
    result = run_manage("seed_demo", env_overrides=PRODUCTION)
    assert result.returncode != 0
    assert "refuses to run" in result.stderr
    assert "Traceback" not in result.stderr
