"""Training requirements in the Wagtail admin: platform admins author them; ministry reviewers
read their own ministry's outside the admin.

Saving a requirement applies it to everyone it concerns in a background task, enqueued once the
transaction commits."""

from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.models import CopyViewMixin
from wagtail.admin.viewsets.model import ModelViewSet

from courses.catalog.choosers import course_chooser_viewset, default_language_courses

from . import tasks
from .models import TrainingRequirement


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
        self.fields["course"].queryset = default_language_courses()
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
    return [TrainingRequirementViewSet("training_requirements")]
