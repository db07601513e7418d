"""Wagtail looks for `<app>.wagtail_hooks`: the applets' admin hooks, gathered."""

from .catalog import wagtail_hooks as catalog  # noqa: F401
from .compliance import wagtail_hooks as compliance  # noqa: F401
from .review import wagtail_hooks as review  # noqa: F401
