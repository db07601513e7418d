"""Courses as authors write them (Wagtail pages), and what happens to learners (plain models):
enrollments, module progress, reflections, training requirements, compliance and notifications.

Everything about people points at a course's or module's `translation_key`, the identity shared by
all its translations, so a learner who switches language keeps their progress."""

from __future__ import annotations

from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import AbstractGroupApprovalTask, Orderable, Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from content.blocks import RICH_TEXT_FEATURES, ModuleBodyBlock
from institutions.models import Institution, Ministry, Position


class PositionsField(models.JSONField):
    """A list of position codes (prison_officer, psychologist, ...)."""

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = [code for code in value or [] if code not in Position.values]
        if unknown:
            raise ValidationError(_("Unknown positions: %(codes)s"), params={"codes": unknown})

    def formfield(self, **kwargs):
        from django import forms

        return forms.MultipleChoiceField(
            choices=Position.choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


# --- pages -----------------------------------------------------------------------------------


class LearnerPage(Page):
    """A page only signed-in people read, served by a view of courses/views.py named in
    `learner_view` (which receives the page as `page`). Wagtail's preview for authors is
    separate (see courses/preview.py)."""

    learner_view = ""

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        from django.contrib.auth.views import redirect_to_login

        from . import views

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return getattr(views, self.learner_view)(request, page=self)


class CourseIndexPage(LearnerPage):
    """The catalogue of courses of one language; courses and curricula live under it."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["courses.CoursePage", "courses.CurriculumPage"]
    max_count_per_parent = 1
    template = "courses/course_index_page.html"
    learner_view = "course_catalogue"

    class Meta:
        verbose_name = _("course catalogue")

    def route(self, request, path_components):
        # Wagtail walks the tree one query per URL segment; a course, curriculum or module page is
        # found here with one lookup by its URL path instead.
        if not path_components:
            return super().route(request, path_components)
        if len(path_components) > 2:
            raise Http404
        url_path = self.url_path + "/".join(path_components) + "/"
        models_to_try = [ModulePage] if len(path_components) == 2 else [CoursePage, CurriculumPage]
        for model in models_to_try:
            page = model.objects.live().filter(url_path=url_path, locale_id=self.locale_id).first()
            if page is not None:
                return RouteResult(page)
        raise Http404


class CoursePage(LearnerPage):
    """A course: an ordered set of modules, with its audience, outcomes and rules."""

    class Level(models.TextChoices):
        INTRODUCTORY = "introductory", _("Introductory")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    summary = models.TextField(_("summary"), max_length=1000)
    learning_outcomes = RichTextField(
        _("learning outcomes"),
        features=["ul", "ol", "bold", "italic"],
        help_text=_("What a learner can do after the course, as a list."),
    )
    target_positions = PositionsField(
        _("target positions"), default=list, blank=True, help_text=_("Who the course is for.")
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=60)
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY
    )
    cover_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cover image"),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="+",
        verbose_name=_("prerequisite courses"),
        help_text=_("Courses a learner must have completed before enrolling."),
    )
    is_open_for_self_enrollment = models.BooleanField(
        _("open for self-enrollment"),
        default=True,
        help_text=_("If unchecked, learners take the course only when a manager assigns it."),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate validity (months)"),
        null=True,
        blank=True,
        help_text=_("Leave blank if the certificate never expires."),
    )
    modules_in_order = models.BooleanField(_("modules must be taken in order"), default=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("target_positions"),
                FieldPanel("level"),
                FieldPanel("estimated_minutes"),
            ],
            heading=_("Audience"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("prerequisites"),
                FieldPanel("is_open_for_self_enrollment"),
                FieldPanel("modules_in_order"),
                FieldPanel("certificate_validity_months"),
            ],
            heading=_("Rules"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    template = "courses/course_page.html"
    learner_view = "course_page"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def serve_preview(self, request, mode_name):
        from .preview import preview_course

        return preview_course(request, self)


class ModulePage(LearnerPage):
    """One module of a course: what a learner reads and does in one sitting."""

    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=15)
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"), blank=False)

    content_panels = [*Page.content_panels, FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/module_page.html"
    learner_view = "module_page"

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve_preview(self, request, mode_name):
        from .preview import preview_module

        return preview_module(request, self)


class CurriculumPage(LearnerPage):
    """An ordered list of courses for an audience, such as the core curriculum for officers."""

    summary = models.TextField(_("summary"), max_length=1000)
    target_positions = PositionsField(_("target positions"), default=list, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("target_positions"),
        InlinePanel("curriculum_courses", label=_("Courses"), min_num=1),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types: list[str] = []
    template = "courses/curriculum_page.html"
    learner_view = "curriculum_page"

    class Meta:
        verbose_name = _("curriculum")
        verbose_name_plural = _("curricula")


class CurriculumCourse(Orderable):
    curriculum = ParentalKey(
        CurriculumPage, on_delete=models.CASCADE, related_name="curriculum_courses"
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("course")
    )

    panels = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("course of a curriculum")


# --- what happens to learners ----------------------------------------------------------------


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
        from datetime import timedelta

        today = today or timezone.localdate()
        soon = today + timedelta(days=EXPIRING_SOON_DAYS)
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


EXPIRING_SOON_DAYS = 60


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


class Notification(models.Model):
    """A message to one person, shown in the app and (optionally) emailed in their language.
    `key` makes each notification idempotent. Holds personal data."""

    class Kind(models.TextChoices):
        ASSIGNED = "assigned", _("New assignment")
        DUE_SOON = "due_soon", _("Due soon")
        OVERDUE = "overdue", _("Overdue")
        OVERDUE_SUMMARY = "overdue_summary", _("Overdue staff")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    key = models.CharField(max_length=100)
    params = models.JSONField(default=dict)
    url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "key"], name="courses_notification_once"
            )
        ]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self) -> str:
        return f"{self.recipient}: {self.kind} {self.key}"


# --- review before publishing ----------------------------------------------------------------


class PeerReviewTask(AbstractGroupApprovalTask):
    """A workflow step approved by a member of the chosen groups other than the person who
    submitted the page: trainers review each other's work."""

    def get_actions(self, obj, user):
        state = getattr(obj, "current_workflow_state", None)
        if state is not None and state.requested_by_id == user.pk:
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
        )

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            workflow_state = task_state.workflow_state
            if workflow_state.requested_by_id == user.pk:
                raise PermissionDenied(_("Another trainer must approve what you submitted."))
            # Trainers hold no publish permission: a peer's approval is what publishes. Wagtail
            # ends an approved workflow by publishing as the approver with their permissions
            # checked, which would refuse; this workflow publishes on approval instead, still
            # recording the approver as the publisher.
            workflow_state.on_finish = partial(_publish_on_approval, workflow_state)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, except the person who submitted.")

    class Meta:
        verbose_name = _("peer review")
        verbose_name_plural = _("peer reviews")


def _publish_on_approval(workflow_state, user=None):
    """The end of a peer review: publish the reviewed revision (approval is the permission)."""
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
