"""Training requirements (a ministry's rule: who must hold which course, within how long) and
compliance records (where one person stands on one requirement)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.catalog.models import CoursePage
from institutions.models import Institution, Ministry, Position

# A completed requirement whose validity ends within this window is "expiring soon": it counts as
# due again, and a renewal cycle opens.
EXPIRING_SOON = timedelta(days=60)


class TrainingRequirement(models.Model):
    """A ministry's rule: staff in a position, at institutions of a kind, must hold a valid
    certificate for a course within a number of days."""

    ministry = models.ForeignKey(
        Ministry, on_delete=models.CASCADE, related_name="requirements", verbose_name=_("ministry")
    )
    position = models.CharField(_("position"), max_length=32, choices=Position.choices)
    institution_kind = models.CharField(
        _("kind of institution"), max_length=20, choices=Institution.Kind.choices
    )
    course = models.ForeignKey(
        CoursePage,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("course"),
    )
    course_key = models.UUIDField(editable=False, db_index=True)
    days_to_complete = models.PositiveSmallIntegerField(_("days to complete"), default=90)
    effective_from = models.DateField(_("effective from"), default=timezone.localdate)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("training requirement")
        verbose_name_plural = _("training requirements")
        ordering = ["ministry", "position", "effective_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["ministry", "position", "institution_kind", "course_key"],
                name="courses_trainingrequirement_unique_rule",
            )
        ]

    def __str__(self) -> str:
        return f"{self.ministry.country_code}: {self.get_position_display()} → {self.course.title}"

    def save(self, *args, **kwargs):
        self.course_key = self.course.translation_key
        super().save(*args, **kwargs)


class ComplianceRecordQuerySet(models.QuerySet):
    def with_status(self, today=None):
        """Annotate `status`, computed at query time from the dates (never stored)."""
        today = today or timezone.localdate()
        soon = today + EXPIRING_SOON
        done = Q(completed_at__isnull=False)
        return self.annotate(
            status=models.Case(
                models.When(done & Q(valid_until__lt=today), then=models.Value("expired")),
                models.When(done & Q(valid_until__lte=soon), then=models.Value("expiring")),
                models.When(done, then=models.Value("compliant")),
                models.When(due_on__lt=today, then=models.Value("overdue")),
                default=models.Value("due"),
                output_field=models.CharField(),
            )
        )


class ComplianceRecord(models.Model):
    """Where one person stands on one requirement: due date, and once completed, valid-until.
    Kept current by services; the status is computed when read. Holds personal data."""

    class Status(models.TextChoices):
        COMPLIANT = "compliant", _("Compliant")
        DUE = "due", _("Due")
        OVERDUE = "overdue", _("Overdue")
        EXPIRING = "expiring", _("Expiring soon")
        EXPIRED = "expired", _("Expired")

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="compliance_records",
        verbose_name=_("person"),
    )
    requirement = models.ForeignKey(
        TrainingRequirement,
        on_delete=models.CASCADE,
        related_name="records",
        verbose_name=_("requirement"),
    )
    due_on = models.DateField(_("due"))
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    objects = ComplianceRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("compliance record")
        verbose_name_plural = _("compliance records")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "requirement"],
                name="courses_compliancerecord_one_per_requirement",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.requirement}"
