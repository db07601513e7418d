"""What happens to learners: enrollments (one per learner, course and cycle), their progress in
each module and their private reflections. Everything points at a page's `translation_key`, so a
learner who switches language keeps their progress."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EnrollmentQuerySet(models.QuerySet):
    def completed(self):
        return self.filter(completed_at__isnull=False)

    def in_progress(self):
        return self.filter(completed_at__isnull=True)


class Enrollment(models.Model):
    """A learner taking a course, in one cycle (a renewal starts a new cycle; the old one stays as
    history). Points at the course's translation_key. Holds personal data."""

    class Source(models.TextChoices):
        SELF = "self", _("Chosen by the learner")
        MANAGER = "manager", _("Assigned by a manager")
        REQUIREMENT = "requirement", _("Required for the position")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrollments",
        verbose_name=_("learner"),
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    cycle = models.PositiveSmallIntegerField(_("cycle"), default=1)
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    due_at = models.DateTimeField(_("due"), null=True, blank=True)
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)

    objects = EnrollmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        ordering = ["-enrolled_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_key", "cycle"], name="courses_enrollment_one_per_cycle"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner}: {self.course_key} ({self.cycle})"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None

    @property
    def is_overdue(self) -> bool:
        return (
            self.completed_at is None and self.due_at is not None and self.due_at < timezone.now()
        )


class ModuleProgress(models.Model):
    """A learner's progress in one module of an enrollment: opened, completed, time spent.
    Holds personal data."""

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="progress", verbose_name=_("enrollment")
    )
    module_key = models.UUIDField(_("module"))
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    seconds_spent = models.PositiveIntegerField(_("time spent (seconds)"), default=0)
    last_heartbeat_at = models.DateTimeField(_("last heartbeat"), null=True, blank=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "module_key"], name="courses_moduleprogress_one_per_module"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enrollment_id}: {self.module_key}"


class Reflection(models.Model):
    """A learner's private note answering a reflection prompt of a module. Holds personal data."""

    progress = models.ForeignKey(
        ModuleProgress, on_delete=models.CASCADE, related_name="reflections"
    )
    block_key = models.CharField(_("prompt"), max_length=64)
    text = models.TextField(_("note"), max_length=10_000)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        constraints = [
            models.UniqueConstraint(
                fields=["progress", "block_key"], name="courses_reflection_one_per_prompt"
            )
        ]

    def __str__(self) -> str:
        return f"{self.progress_id}: {self.block_key}"
