#!/usr/bin/env python
"""Fail when a French translation is missing, empty or fuzzy.

Usage: bin/check_translations.py [CATALOGUE.po ...]   (default: locale/fr/LC_MESSAGES/django.po)

Run it after `makemessages` (as `make translations-check` does), so that every string in the code is
in the catalogue. Prints one line per entry that needs work and exits 1; exits 0 when complete.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

DEFAULT_CATALOGUES = [Path("locale/fr/LC_MESSAGES/django.po")]


def _plural_count(catalogue: polib.POFile) -> int:
    """nplurals from the Plural-Forms header (2 for French)."""
    forms = catalogue.metadata.get("Plural-Forms", "")
    for part in forms.split(";"):
        name, _, value = part.partition("=")
        if name.strip() == "nplurals" and value.strip().isdigit():
            return int(value.strip())
    return 2


def _label(entry: polib.POEntry) -> str:
    context = f'msgctxt "{polib.escape(entry.msgctxt)}" ' if entry.msgctxt else ""
    return f'{context}msgid "{polib.escape(entry.msgid)}"'


def problems(path: Path) -> list[str]:
    """One line per entry that needs translating, as `file:line: reason: msgid "..."`."""
    if not path.exists():
        return [f"{path}: the catalogue does not exist: run `make makemessages`, then translate it"]
    catalogue = polib.pofile(str(path))
    found = []
    if catalogue.metadata_is_fuzzy:
        # msgfmt skips a fuzzy header, and gettext then reads the catalogue as ASCII.
        found.append(f"{path}:1: fuzzy: the header (remove its '#, fuzzy' flag)")
    nplurals = _plural_count(catalogue)
    for entry in catalogue:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            translations = [entry.msgstr_plural.get(i, "") for i in range(nplurals)]
        else:
            translations = [entry.msgstr]
        if entry.fuzzy:
            reason = "fuzzy"
        elif any(text == "" for text in translations):
            reason = "missing"
        elif any(not text.strip() for text in translations):
            reason = "empty"
        else:
            continue
        found.append(f"{path}:{entry.linenum}: {reason}: {_label(entry)}")
    return found


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or DEFAULT_CATALOGUES
    found = [line for path in paths for line in problems(path)]
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} French translation(s) need work.", file=sys.stderr)
        return 1
    print("French translations complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
