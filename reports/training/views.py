"""HTTP for managers and ministry reviewers: their staff's training, one person's progress,
assigning a course, and the ministry's training requirements. Parse, authorise through scoping,
call one selector or service, respond."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, ngettext
from django.views.decorators.http import require_GET, require_http_methods

from courses.enrollment import services
from institutions import scoping

from . import selectors
from .forms import AssignCourseForm, TrainingFilterForm


@login_required
@require_GET
def institution_training(request: HttpRequest, pk: int) -> HttpResponse:
    institution = scoping.get_staff_records_institution(request.user, pk)
    filters, position, status = TrainingFilterForm.from_query(request.GET)
    training = selectors.institution_training(
        institution=institution, language=get_language(), position=position, status=status
    )
    return render(
        request,
        "reports/training/training.html",
        {
            "institution": institution,
            "training": training,
            "filters": filters,
            "is_filtered": bool(position or status),
            "can_manage": scoping.can_manage(request.user, institution),
        },
    )


@login_required
@require_GET
def person_training(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    institution = scoping.get_staff_records_institution(request.user, pk)
    detail = selectors.person_training(
        institution=institution, person_id=person_pk, language=get_language()
    )
    if detail is None:
        raise Http404
    return render(
        request,
        "reports/training/person.html",
        {"institution": institution, "detail": detail},
    )


@login_required
@require_http_methods(["GET", "POST"])
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    institution = scoping.get_managed_institution(request.user, pk)
    form = AssignCourseForm(
        request.POST or None,
        courses=selectors.assignable_courses(language=get_language()),
        staff=selectors.current_staff_choices(institution=institution),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["position"]:
                enrollments = services.assign_course_to_position(
                    course=data["course"],
                    institution=institution,
                    position=data["position"],
                    assigned_by=request.user,
                    due_on=data["due_on"],
                )
            else:
                enrollments = services.assign_course(
                    course=data["course"],
                    learners=data["people"],
                    assigned_by=request.user,
                    due_on=data["due_on"],
                )
        except services.EnrollmentRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request,
                ngettext(
                    "%(course)s is assigned to %(count)d person, who is notified.",
                    "%(course)s is assigned to %(count)d people, who are notified.",
                    len(enrollments),
                )
                % {"course": data["course"].title, "count": len(enrollments)},
            )
            return redirect("institution_training", pk=institution.pk)
    return render(
        request, "reports/training/assign.html", {"institution": institution, "form": form}
    )


@login_required
@require_GET
def ministry_requirements(request: HttpRequest, pk: int) -> HttpResponse:
    """Read-only for the ministry's reviewers (and platform admins); 404 for everyone else, so
    another ministry's requirements look the same as a missing page."""
    ministry = scoping.get_reviewed_ministry(request.user, pk)
    reveal = scoping.can_view_ministry_staff_records(request.user, ministry)
    rows = selectors.ministry_requirements(
        ministry=ministry, language=get_language(), reveal=reveal
    )
    return render(
        request,
        "reports/training/requirements.html",
        {
            "ministry": ministry,
            "rows": rows,
            "reveal": reveal,
            "columns": [status.label for status in selectors.COMPLIANCE_COLUMNS],
        },
    )
