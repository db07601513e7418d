"""`make run PORT=…`: the links the platform sends (invitations, e-mails, setup-code sheets) follow
the port served, unless SITE_URL is set in the environment or in .env."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

MAKEFILE = Path(__file__).resolve().parent.parent / "Makefile"


def planned_commands(folder: Path, *arguments: str, **environment: str) -> list[str]:
    """The commands `make -n run …` would run from `folder` (which may hold a .env)."""
    env = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    result = subprocess.run(
        ["make", "-n", "-f", str(MAKEFILE), "-C", str(folder), "run", *arguments],
        env={**env, **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.splitlines()


@pytest.fixture
def checkout(tmp_path):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    (tmp_path / "requirements.txt").touch()  # what `make venv` installs from
    return tmp_path


def line_running(commands: list[str], what: str) -> str:
    return next(line for line in commands if what in line)


def test_make_run_on_another_port_sends_links_to_that_port(checkout):
    commands = planned_commands(checkout, "PORT=8001")

    server = line_running(commands, "runserver")
    assert server.startswith("SITE_URL=http://127.0.0.1:8001 ")
    assert server.endswith("runserver 127.0.0.1:8001")
    assert line_running(commands, "seed_demo").startswith("SITE_URL=http://127.0.0.1:8001 ")


def test_a_site_url_from_the_environment_is_kept(checkout):
    commands = planned_commands(checkout, "PORT=8001", SITE_URL="https://passerelle.example.org")

    assert "SITE_URL=" not in line_running(commands, "runserver")


def test_a_site_url_from_dot_env_is_kept(checkout):
    (checkout / ".env").write_text("SITE_URL=https://passerelle.example.org\n")

    commands = planned_commands(checkout, "PORT=8001")

    assert "SITE_URL=" not in line_running(commands, "runserver")
