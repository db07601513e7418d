"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

There is no `playwright install` here: the browser is the system's /usr/bin/chromium. Where it is
not installed these tests skip, or fail when PASSERELLE_REQUIRE_SERVICES is set (as `.ci/run` does).
Pages open on the live server (`page.goto("/accounts/login/")`) on a 360 x 740 phone screen, the
smallest the site supports; a test that needs another size says so with
`@pytest.mark.browser_context_args(viewport=...)`.
"""

import os
from pathlib import Path

import pytest

from tests.conftest import require_service

CHROMIUM = Path("/usr/bin/chromium")

# Playwright's sync API keeps an event loop in the test's thread, and Django then refuses ORM calls
# from that thread. They are safe here: the test talks to the database synchronously, outside any
# coroutine, and the live server answers requests from its own thread.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require_service("Chromium", CHROMIUM.exists(), "install Debian's chromium package")
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": [
            "--no-sandbox",  # Chromium's sandbox refuses to start as root, as in CI containers
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 360, "height": 740}}


@pytest.fixture(scope="session")
def base_url(live_server):
    """Relative URLs in `page.goto()` and `expect(page).to_have_url()` point at the live server."""
    return live_server.url
