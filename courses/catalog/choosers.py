"""The course chooser of the Wagtail admin: live courses in the platform's default language,
searchable. Forms that store a course's translation key use it (requirements, workshops)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm, SearchFilterMixin
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.models import Locale

from .models import CoursePage


def default_language_courses():
    """Live courses in the default language: what forms that hold a course's translation key (a
    requirement, later a workshop) choose from, since the key covers every translation."""
    # By locale id, not language code: the chooser's search can filter on the former only.
    return CoursePage.objects.live().filter(locale=Locale.get_default())


class CourseSearchForm(SearchFilterMixin, BaseFilterForm):
    """Search only: the chooser lists the default language, so it offers no language filter."""


class CourseChooseView(chooser_views.ChooseView):
    filter_form_class = CourseSearchForm


class CourseChooseResultsView(chooser_views.ChooseResultsView):
    filter_form_class = CourseSearchForm


class CourseChooserViewSet(ChooserViewSet):
    model = CoursePage
    icon = "doc-full-inverse"
    choose_one_text = _("Choose a course")
    choose_another_text = _("Choose another course")
    edit_item_text = _("Edit this course")
    choose_view_class = CourseChooseView
    choose_results_view_class = CourseChooseResultsView
    # Other forms that point at courses (curricula) keep Wagtail's page chooser.
    register_widget = False

    def get_object_list(self):
        return default_language_courses().order_by("title")


course_chooser_viewset = CourseChooserViewSet("course_chooser")
