"""Courses as authors write them: the catalogue of each language, courses, modules, curricula.

Wagtail pages. They read; what happens to learners lives in the enrollment applet and points at a
page's `translation_key`, the identity shared by all its translations."""

from __future__ import annotations

import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from content.blocks import RICH_TEXT_FEATURES, ModuleBodyBlock
from institutions.models import Position

from . import routing


class PositionsField(models.JSONField):
    """A list of position codes (prison_officer, psychologist, ...)."""

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = [code for code in value or [] if code not in Position.values]
        if unknown:
            raise ValidationError(_("Unknown positions: %(codes)s"), params={"codes": unknown})

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=Position.choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


def ascii_slug(text: str) -> str:
    """`Gérer la défiance` -> `gerer-la-defiance`: accents dropped, then Django's slug."""
    decomposed = unicodedata.normalize("NFKD", text)
    return slugify("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


# --- pages -----------------------------------------------------------------------------------


class LearnerPage(Page):
    """A page only signed-in people read, served by the view registered for its type in
    `routing` (learners' views live in the learning applet). Authors' previews are registered
    there too and write nothing."""

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        # URLs stay ASCII (WAGTAIL_ALLOW_UNICODE_SLUGS is off, but Wagtail's page form and
        # translations still accept an accented slug typed by hand): transliterate it first, so
        # that the check of the siblings' slugs sees the slug that will be saved.
        if self.slug and not self.slug.isascii():
            self.slug = ascii_slug(self.slug)
            if not self.slug:
                raise ValidationError(
                    {"slug": _("Write the slug with the letters a to z, digits and dashes.")}
                )
        super().full_clean(*args, **kwargs)

    def serve(self, request, *args, **kwargs):
        return routing.serve_learner_page(request, self)

    def serve_preview(self, request, mode_name):
        preview = routing.preview_for(self)
        if preview is None:
            return super().serve_preview(request, mode_name)
        return preview(request, self)


class CourseIndexPage(LearnerPage):
    """The catalogue of courses of one language; courses and curricula live under it."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["courses.CoursePage", "courses.CurriculumPage"]
    max_count_per_parent = 1
    template = "courses/course_index_page.html"

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

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")


class ModulePage(LearnerPage):
    """One module of a course: what a learner reads and does in one sitting."""

    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=15)
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"), blank=False)

    content_panels = [*Page.content_panels, FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/module_page.html"

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")


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
