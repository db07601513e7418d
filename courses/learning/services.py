"""The learning chain, written out top to bottom: a learner completes a module; the last one
finishes the course; a finished course brings their compliance up to date (and, as the platform
grows, what follows a completed course: a certificate). Each step is idempotent and
concurrency-safe, through constraints and conditional updates rather than signals."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.db.models import Exists
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.catalog.models import ModulePage
from courses.compliance.services import record_completion
from courses.enrollment.completion import unmet_requirements
from courses.enrollment.models import Enrollment, ModuleProgress
from courses.enrollment.selectors import remaining_modules
from courses.enrollment.services import open_module


class ModuleIncomplete(Exception):
    """The module's requirements are not all met."""

    def __init__(self, unmet):
        super().__init__(_("Some parts of this module still need your answer."))
        self.unmet = unmet


def complete_module(*, enrollment: Enrollment, module: ModulePage) -> ModuleProgress:
    """Mark a module complete once its requirements are met; the last one finishes the course.
    Idempotent: a second call changes nothing. A refused completion still records that the
    learner opened the module."""
    progress = open_module(enrollment=enrollment, module=module)
    if progress.completed_at is not None:
        return progress
    unmet = unmet_requirements(module=module, progress=progress)
    if unmet:
        raise ModuleIncomplete(unmet)
    with transaction.atomic():
        return _complete(enrollment=enrollment, module=module, progress=progress)


def _complete(*, enrollment: Enrollment, module: ModulePage, progress: ModuleProgress):
    now = timezone.now()
    # The enrollment's row lock first: completions in one enrollment take turns, so the last of
    # two modules completed at once (two tabs) sees the other one and finishes the course.
    Enrollment.objects.filter(pk=enrollment.pk).update(last_activity_at=now)
    updated = ModuleProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
        completed_at=now
    )
    progress.completed_at = now
    if updated:
        finish_course(enrollment=enrollment, completed_at=now, unless_remaining_after=module)
    return progress


def finish_course(
    *,
    enrollment: Enrollment,
    completed_at: datetime | None = None,
    unless_remaining_after: ModulePage | None = None,
) -> Enrollment:
    """Complete the enrollment (never reopened when modules are added later), then what follows
    a completed course. Given a module just completed, only if no live module of its course
    remains to complete (checked in the same statement)."""
    completed_at = completed_at or timezone.now()
    enrollments = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True)
    if unless_remaining_after is not None:
        remaining = remaining_modules(enrollment=enrollment, module=unless_remaining_after)
        enrollments = enrollments.filter(~Exists(remaining))
    updated = enrollments.update(completed_at=completed_at, last_activity_at=completed_at)
    if updated:
        enrollment.completed_at = completed_at
        record_completion(enrollment=enrollment)
    return enrollment
