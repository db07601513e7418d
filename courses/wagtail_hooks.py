"""The courses part of the Wagtail admin: training requirements (platform admins only) and the
trainer's course report (trainers and platform admins; figures only, never names).

Saving a requirement applies it to everyone it concerns in a background task, enqueued once the
transaction commits."""

from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.urls import include, path, reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.forms.choosers import BaseFilterForm, SearchFilterMixin
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import CopyViewMixin
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from . import report, tasks
from .models import CoursePage, TrainingRequirement

# --- training requirements -------------------------------------------------------------------


def requirement_courses():
    """The courses a requirement may name: live, in the default language. A requirement holds
    the course's translation key, so it covers every translation."""
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
        return requirement_courses().order_by("title")


course_chooser_viewset = CourseChooserViewSet("course_chooser")


class TrainingRequirementForm(WagtailAdminModelForm):
    class Meta:
        model = TrainingRequirement
        fields = [
            "ministry",
            "position",
            "institution_kind",
            "course",
            "days_to_complete",
            "effective_from",
            "is_active",
        ]
        widgets = {"course": course_chooser_viewset.widget_class}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = requirement_courses()
        self.fields["course"].error_messages["invalid_choice"] = _(
            "Choose a published course in the platform's default language."
        )

    def clean(self):
        cleaned_data = super().clean()
        course = cleaned_data.get("course")
        rule = {
            name: cleaned_data.get(name) for name in ("ministry", "position", "institution_kind")
        }
        if course is not None and all(rule.values()):
            # The unique rule holds the course's translation key, which is not a form field, so
            # the form cannot check it by itself: without this, a duplicate would fail on save.
            duplicate = (
                TrainingRequirement.objects.filter(course_key=course.translation_key, **rule)
                .exclude(pk=self.instance.pk)
                .exists()
            )
            if duplicate:
                raise ValidationError(
                    _(
                        "This ministry already requires this course of this position at this "
                        "kind of institution."
                    )
                )
        return cleaned_data


def sync_after_commit(requirement: TrainingRequirement) -> None:
    transaction.on_commit(partial(tasks.sync_requirement.delay, requirement_id=requirement.pk))


class TrainingRequirementCreateView(generic.CreateView):
    def save_instance(self):
        requirement = super().save_instance()
        sync_after_commit(requirement)
        return requirement


class TrainingRequirementCopyView(CopyViewMixin, TrainingRequirementCreateView):
    pass


class TrainingRequirementEditView(generic.EditView):
    def save_instance(self):
        requirement = super().save_instance()
        sync_after_commit(requirement)
        return requirement


class TrainingRequirementViewSet(ModelViewSet):
    """Platform admins author requirements (model permissions given to their group only);
    ministry reviewers read their own ministry's outside the admin."""

    model = TrainingRequirement
    icon = "tasks"
    menu_label = _("Training requirements")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "training-requirements"
    add_view_class = TrainingRequirementCreateView
    copy_view_class = TrainingRequirementCopyView
    edit_view_class = TrainingRequirementEditView
    list_display = [
        "course",
        "ministry",
        "position",
        "institution_kind",
        "days_to_complete",
        "effective_from",
        BooleanColumn("is_active", label=_("active")),
    ]
    list_filter = ["ministry", "position", "institution_kind", "is_active"]
    search_fields = ["course__title"]
    inspect_view_enabled = False

    def get_form_class(self, for_update=False):
        return TrainingRequirementForm

    def get_queryset(self, request):
        return TrainingRequirement.objects.select_related("ministry", "course")


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [course_chooser_viewset, TrainingRequirementViewSet("training_requirements")]


# --- the course report -----------------------------------------------------------------------


class CourseReportAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not report.can_view_course_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CourseReportIndexView(CourseReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/course_report_index.html"
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
    template_name = "courses/admin/course_report.html"
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
        return report.can_view_course_report(request.user)


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return CourseReportMenuItem(
        _("Course report"), reverse_lazy("course_report:index"), icon_name="table", order=100
    )


# --- translations go through review too ------------------------------------------------------


def update_translations(request, translation_source_id: int):
    """wagtail-localize's "Update translations", except that "publish immediately" needs the
    right to publish the page. Without it, the translated text is saved as a draft of each
    translated page, which its author then submits for review like any other change."""
    from django.contrib import messages
    from wagtail_localize.models import TranslationSource
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    as_drafts = False
    if request.method == "POST" and request.POST.get("publish_translations"):
        source = get_object_or_404(TranslationSource, pk=translation_source_id)
        instance = source.get_source_instance()
        permissions = getattr(instance, "permissions_for_user", None)
        if permissions is None or not permissions(request.user).can_publish():
            data = request.POST.copy()
            data.pop("publish_translations")
            request.POST = data
            as_drafts = True
    response = UpdateTranslationsView.as_view()(
        request, translation_source_id=translation_source_id
    )
    if as_drafts and response.status_code == 302:
        for translation in source.translations.filter(enabled=True):
            try:
                translation.save_target(user=request.user, publish=False)
            except ValidationError:
                messages.error(
                    request,
                    _("A translation into %(language)s has errors; fix it before submitting.")
                    % {"language": translation.target_locale.get_display_name()},
                )
        messages.warning(
            request,
            _("The translations are saved as drafts: submit them so another trainer reviews them."),
        )
    return response


@hooks.register("register_admin_urls")
def register_reviewed_translation_urls():
    # Registered before wagtail-localize's own URLs (courses comes first in INSTALLED_APPS), so
    # this path answers instead of wagtail-localize's view.
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            update_translations,
            name="update_translations_reviewed",
        )
    ]
