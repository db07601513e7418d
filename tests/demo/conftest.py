"""The demo installation, built once for every test of this package and shared by them.

`seed_demo` runs once (per test process) inside a transaction that stays open while the package's
tests run and is rolled back after the last of them; each test runs in a savepoint of its own, so
it sees the whole demo and leaves it as it found it. The tests of this package are scheduled on one
process (an xdist group), so the demo is built once per run."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase

HERE = __file__.rsplit("/", 1)[0]


def pytest_collection_modifyitems(items):
    for item in items:
        if str(item.fspath).startswith(HERE):
            item.add_marker(pytest.mark.xdist_group("demo"))


@pytest.fixture(scope="package")
def demo_installation(django_db_setup, django_db_blocker):
    """What `seed_demo` printed the one time it ran for this package."""
    out = io.StringIO()
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            # The command's on-commit work (tasks it queues) runs as it would at its commit.
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("seed_demo", stdout=out)
            yield out.getvalue()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def demo(demo_installation, db):
    """The demo installation, for one test (in a savepoint: nothing it writes outlives it)."""
    return demo_installation
