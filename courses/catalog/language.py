"""The one answer to "this page in the reader's language": the reader's language when the page is
translated into it, else the platform's default language, else whichever translation came first.
Titles in pages, notifications, reports, exports and certificates all come from here."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant

# The mark on a page shown in another language than the reader's (a module not yet translated).
IN_LANGUAGE = {"fr": _("in French"), "en": _("in English")}


def default_language() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def in_language_label(code: str) -> str:
    """`in French`: what marks a page shown in another language than the reader's."""
    return str(IN_LANGUAGE.get(code, code))


def in_reader_language(
    pages: QuerySet, *, language: str, keys: Iterable | None = None
) -> dict[uuid.UUID, object]:
    """One live page per translation key, chosen in the fallback order above. `pages` is a
    queryset of one page model (e.g. `CoursePage.objects.all()`); `keys` narrows it to those
    translation keys (strings or UUIDs). Queries: 1 (none for an empty `keys`)."""
    if keys is not None:
        keys = {uuid.UUID(str(key)) for key in keys}
        if not keys:
            return {}
        pages = pages.filter(translation_key__in=keys)
    default = default_language()

    def rank(page) -> tuple[int, int]:
        code = page.locale.language_code
        return (0 if code == language else 1 if code == default else 2, page.pk)

    chosen: dict[uuid.UUID, object] = {}
    for page in pages.live().select_related("locale"):
        current = chosen.get(page.translation_key)
        if current is None or rank(page) < rank(current):
            chosen[page.translation_key] = page
    return chosen
