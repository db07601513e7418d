"""Vendored assets are exactly what their Makefile target fetches: axe-core's pinned version and
hash (`make vendor-axe`), never a CDN."""

import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def makefile_value(name: str) -> str:
    return re.search(rf"^{name} := (\S+)$", (ROOT / "Makefile").read_text(), re.M).group(1)


def test_the_vendored_axe_core_is_the_pinned_version_with_the_pinned_hash():
    axe = ROOT / "tests" / "e2e" / "vendor" / "axe.min.js"

    assert hashlib.sha256(axe.read_bytes()).hexdigest() == makefile_value("AXE_SHA256")
    assert axe.read_text()[:40].startswith(f"/*! axe v{makefile_value('AXE_VERSION')}")
    assert (axe.parent / "axe-core-LICENSE").exists()


def test_the_browser_tests_load_axe_from_the_vendored_file_not_from_another_host():
    conftest = (ROOT / "tests" / "e2e" / "conftest.py").read_text()

    assert '"vendor" / "axe.min.js"' in conftest
    assert "http" not in re.sub(r'startswith\("http"\)', "", conftest.split("AXE_SOURCE", 1)[1])
