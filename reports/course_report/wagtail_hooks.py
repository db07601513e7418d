"""The trainers' course report in the Wagtail admin (trainers and platform admins; figures only,
never names)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import include, path, reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.catalog.models import CoursePage
from institutions.scoping import can_read_course_figures

from . import selectors as report


class CourseReportAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_read_course_figures(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CourseReportIndexView(CourseReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/course_report/course_report_index.html"
    page_title = _("Course report")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            lines=report.course_report_index(user=self.request.user, language=get_language()),
            definitions=report.DEFINITIONS,
            **kwargs,
        )


class CourseReportView(CourseReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/course_report/course_report.html"
    header_icon = "table"

    @cached_property
    def course(self) -> CoursePage:
        return get_object_or_404(CoursePage, pk=self.kwargs["course_id"])

    def get_page_title(self):
        return _("Course report")

    def get_page_subtitle(self):
        return self.course.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("course_report:index"), "label": _("Course report")},
            {"url": "", "label": self.course.title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            report=report.course_report(user=self.request.user, course=self.course),
            definitions=report.DEFINITIONS,
            **kwargs,
        )


@hooks.register("register_admin_urls")
def register_course_report_urls():
    urls = [
        path("", CourseReportIndexView.as_view(), name="index"),
        path("<int:course_id>/", CourseReportView.as_view(), name="course"),
    ]
    return [path("course-report/", include((urls, "course_report"), namespace="course_report"))]


class CourseReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_course_figures(request.user)


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return CourseReportMenuItem(
        _("Course report"), reverse_lazy("course_report:index"), icon_name="table", order=100
    )
