"""Sections of a signed-in person's home page contributed by other apps.

The home page belongs here, but what it shows grows with each app (courses add "My learning").
Higher apps register a section from their AppConfig.ready(); nothing here imports them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.http import HttpRequest


@dataclass
class HomeSection:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


SectionProvider = Callable[[HttpRequest], HomeSection | None]
PROVIDERS: list[SectionProvider] = []


def register_home_section(provider: SectionProvider) -> None:
    if provider not in PROVIDERS:
        PROVIDERS.append(provider)


def sections_for(request: HttpRequest) -> list[HomeSection]:
    sections = [section for provider in PROVIDERS if (section := provider(request)) is not None]
    return sorted(sections, key=lambda section: section.order)
