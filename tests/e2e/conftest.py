"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

There is no `playwright install` here: the browser is the system's /usr/bin/chromium. Where it is
not installed these tests skip, or fail when PASSERELLE_REQUIRE_SERVICES is set (as `.ci/run` does).
Pages open on the live server (`page.goto("/accounts/login/")`) on a 360 x 740 phone screen, the
smallest the site supports; a test that needs another size says so with
`@pytest.mark.browser_context_args(viewport=...)`.

Every page a walk visits is checked with axe-core (vendored in tests/e2e/vendor/, see `make
vendor-axe`) before the walk leaves it (before each goto, click or key press: the check waits,
so no page is skipped) and the last one at the end: a serious or critical violation fails the
test, naming the page, the rule and the elements.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator as SyncLocator
from playwright.sync_api import Page as SyncPage

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


AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
BLOCKING_IMPACTS = {"serious", "critical"}
RUN_AXE = """async () => {
    window.__passerelleAxeChecked = true;
    const result = await axe.run(document, {resultTypes: ["violations"]});
    return result.violations.map((v) => ({
        rule: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
}"""


class AccessibilityWalk:
    """axe-core on each document the page shows, run once per document, before it is left."""

    def __init__(self, page):
        self.page = page
        self.checked: list[str] = []
        self.violations: list[dict] = []

    def check(self) -> None:
        page = self.page
        url = page.url
        if not url.startswith("http"):
            return
        try:
            if page.evaluate("() => window.__passerelleAxeChecked === true"):
                return
            if page.evaluate("() => document.contentType") != "text/html":
                return
            if not page.evaluate("() => typeof window.axe === 'object'"):
                page.evaluate(AXE_SOURCE)
            found = page.evaluate(RUN_AXE)
        except PlaywrightError as error:  # the document went away under the check
            pytest.fail(f"axe-core could not check {url}: {error}", pytrace=False)
        self.checked.append(url)
        self.violations += [
            {**violation, "url": url}
            for violation in found
            if violation["impact"] in BLOCKING_IMPACTS
        ]

    def report(self) -> str:
        return "\n".join(
            f"{v['url']}: {v['impact']} {v['rule']} ({v['help']}): {', '.join(v['nodes'])}"
            for v in self.violations
        )


# What can take the browser to another document: each is preceded by the check of the current one.
LEAVING = {
    SyncPage: ("goto", "reload", "go_back", "click"),
    SyncLocator: ("click", "press", "dispatch_event"),
}


@pytest.fixture
def page(page, monkeypatch):
    """Playwright's page, whose every document is checked by axe-core (see the module's doc)."""
    walk = AccessibilityWalk(page)

    def checked_first(action):
        def act(self, *args, **kwargs):
            walk.check()
            return action(self, *args, **kwargs)

        return act

    for cls, names in LEAVING.items():
        for name in names:
            monkeypatch.setattr(cls, name, checked_first(getattr(cls, name)))
    page.accessibility_walk = walk
    yield page
    walk.check()
    assert walk.checked, "axe-core checked no page"
    assert not walk.violations, "Serious or critical accessibility violations:\n" + walk.report()
