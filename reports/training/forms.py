"""Forms of the managers' screens: the training page's filters and assigning a course. Forms parse
and validate; services write."""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.catalog.models import CoursePage
from institutions.models import Position

from .selectors import TrainingStatus

MAX_DUE_DAYS = 5 * 366


class TrainingFilterForm(forms.Form):
    """Filters of the training page, read from the query string."""

    position = forms.ChoiceField(
        label=_("Position"),
        required=False,
        choices=[("", _("All positions")), *Position.choices],
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *TrainingStatus.choices],
    )

    @classmethod
    def from_query(cls, data) -> tuple[TrainingFilterForm, str, str]:
        """The filters to apply and the form to show. An unknown value (an old link, a typed
        URL) is ignored rather than shown as an error: the page still answers."""
        bound = cls(data)
        bound.is_valid()
        values = {name: bound.cleaned_data.get(name) or "" for name in cls.base_fields}
        return cls(initial=values), values["position"], values["status"]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        # The browser's date picker sends ISO dates whatever the interface language.
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class AssignCourseForm(forms.Form):
    """Assign a course to chosen staff, or to everyone currently in a position."""

    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        empty_label=_("Choose a course"),
        error_messages={
            "required": _("Choose a course."),
            "invalid_choice": _("This course cannot be assigned. Choose one from the list."),
        },
    )
    position = forms.ChoiceField(
        label=_("Everyone in a position"),
        required=False,
        choices=[("", _("No, only the people ticked below")), *Position.choices],
        help_text=_("Every current member of staff who holds this position."),
    )
    people = forms.ModelMultipleChoiceField(
        label=_("Or chosen staff"),
        required=False,
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _(
                "One of the chosen people is not current staff of this institution. "
                "Nobody was assigned."
            ),
            "invalid_pk_value": _("The list of people is not valid. Nobody was assigned."),
            "invalid_list": _("The list of people is not valid. Nobody was assigned."),
        },
    )
    due_on = forms.DateField(
        label=_("Due date"),
        required=False,
        widget=DateInput(),
        help_text=_("Optional. The course is due at the end of this day."),
        error_messages={"invalid": _("Enter a valid date.")},
    )

    def __init__(self, *args, courses, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().filter(
            pk__in=[course.pk for course in courses]
        )
        self.fields["course"].label_from_instance = lambda course: course.title
        self.fields["people"].queryset = staff
        self.fields["people"].label_from_instance = _person_label

    def clean_due_on(self):
        due_on = self.cleaned_data.get("due_on")
        today = timezone.localdate()
        if due_on is not None and due_on < today:
            raise forms.ValidationError(_("The due date cannot be in the past."), code="past")
        # Years ahead is a typing slip (2062 for 2026), and dates near the calendar's end cannot
        # be stored once turned into a time.
        if due_on is not None and due_on > today + timedelta(days=MAX_DUE_DAYS):
            raise forms.ValidationError(
                _("Choose a due date within the next five years."), code="too_far"
            )
        return due_on

    def clean(self):
        cleaned = super().clean()
        people = cleaned.get("people")
        position = cleaned.get("position")
        if "people" not in self.errors and "position" not in self.errors:
            if people and position:
                raise forms.ValidationError(
                    _("Choose either a position or people by name, not both."), code="both"
                )
            if not people and not position:
                raise forms.ValidationError(
                    _("Choose who takes the course: a position, or people by name."),
                    code="nobody",
                )
        if position and not self.fields["people"].queryset.filter(position=position).exists():
            self.add_error(
                "position",
                forms.ValidationError(
                    _("Nobody holds this position at the institution at the moment."),
                    code="empty",
                ),
            )
        return cleaned


def _person_label(person) -> str:
    position = getattr(person, "position", "")
    if position in Position.values:
        return f"{person.full_name} ({Position(position).label})"
    return person.full_name
