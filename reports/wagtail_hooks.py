"""Wagtail looks for `<app>.wagtail_hooks`: the applets' admin hooks, gathered."""

from .course_report import wagtail_hooks as course_report  # noqa: F401
