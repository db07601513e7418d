"""HTTP for learners: the catalogue, course, module and curriculum pages (served through Wagtail's
routing), enrolling, completing a module, reflections, heartbeats and notifications."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from institutions.models import Position

from . import selectors, services
from .forms import ReflectionForm
from .models import (
    CourseIndexPage,
    CoursePage,
    CurriculumPage,
    Enrollment,
    ModulePage,
    Notification,
)
from .notifications import course_titles
from .notifications import render as render_notification


def course_catalogue(request: HttpRequest, *, page: CourseIndexPage) -> HttpResponse:
    index = page
    query = request.GET.get("q", "").strip()[:200]
    position = request.GET.get("position", "")
    language = request.GET.get("language", "")
    position = position if position in Position.values else ""
    language = language if language in {"fr", "en"} else ""
    courses = selectors.catalogue(index=index, query=query, position=position, language=language)
    return TemplateResponse(
        request,
        "courses/course_index_page.html",
        {
            "page": index,
            "self": index,
            "courses": courses,
            "query": query,
            "position": position,
            "language": language,
            "positions": Position.choices,
        },
    )


def course_page(request: HttpRequest, *, page: CoursePage) -> HttpResponse:
    course = page
    enrollment = services.current_enrollment(
        learner=request.user, course_key=course.translation_key
    )
    progress = selectors.course_progress(course=course, enrollment=enrollment)
    refusal = None
    if enrollment is None:
        if not course.is_open_for_self_enrollment:
            refusal = _("This course is taken on assignment only. Ask your manager if you need it.")
        else:
            missing = services.missing_prerequisites(learner=request.user, course=course)
            if missing:
                refusal = _("Complete these courses first: %(courses)s.") % {
                    "courses": ", ".join(p.title for p in missing)
                }
    course_url = course.get_url(request)
    return TemplateResponse(
        request,
        "courses/course_page.html",
        {
            "page": course,
            "self": course,
            "progress": progress,
            "enrollment": enrollment,
            "refusal": refusal,
            # The catalogue is the course's parent: its URL is the course's without the last
            # segment, which spares a query for the parent page.
            "catalogue_url": course_url[: -len(course.slug) - 1] if course_url else None,
        },
    )


@require_POST
@login_required
def enroll(request: HttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        services.enroll_learner(learner=request.user, course=course)
    except services.EnrollmentRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("You are enrolled. Start with the first module."))
    return redirect(course.url)


def _refused(request: HttpRequest, course: CoursePage, reason: str) -> HttpResponse:
    return render(request, "courses/refused.html", {"course": course, "reason": reason}, status=403)


def module_page(request: HttpRequest, *, page: ModulePage) -> HttpResponse:
    module = page
    # The course, its modules and the learner's progress in one query (see the query budget).
    outline = selectors.module_outline(module=module, learner=request.user)
    course = outline.course
    if outline.enrollment_id is None:
        try:
            services.ensure_enrollment(learner=request.user, course=course.specific)
        except services.EnrollmentRefused as refusal:
            return _refused(request, course, str(refusal))
        outline = selectors.module_outline(module=module, learner=request.user)
    earlier = outline.first_incomplete_before(module)
    if earlier is not None:
        messages.info(request, _("This course is taken in order: continue with this module first."))
        return redirect(earlier.get_url(request))
    progress = outline.state_of(module).progress
    if progress is None:
        enrollment = Enrollment.objects.get(pk=outline.enrollment_id)
        progress = services.open_module(enrollment=enrollment, module=module)
    state = selectors.module_state(module=module, outline=outline, progress=progress)
    return TemplateResponse(
        request,
        "courses/module_page.html",
        {
            "page": module,
            "self": module,
            "course": course,
            "state": state,
        },
    )


def _module_and_enrollment(request: HttpRequest, module_id: int):
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    course = selectors.course_of(module)
    enrollment = services.ensure_enrollment(learner=request.user, course=course)
    return module, course, enrollment


@require_POST
@login_required
def complete(request: HttpRequest, module_id: int) -> HttpResponse:
    try:
        module, course, enrollment = _module_and_enrollment(request, module_id)
    except services.EnrollmentRefused as refusal:
        module = get_object_or_404(ModulePage, pk=module_id)
        return _refused(request, module.get_parent().specific, str(refusal))
    earlier = selectors.first_incomplete_before(course=course, module=module, enrollment=enrollment)
    if earlier is not None:
        messages.info(request, _("This course is taken in order: continue with this module first."))
        return redirect(earlier.url)
    try:
        services.complete_module(enrollment=enrollment, module=module)
    except services.ModuleIncomplete as incomplete:
        messages.error(request, str(incomplete))
        return redirect(module.url + "#requirements")
    # complete_module keeps the enrollment's completed_at current when it finishes the course.
    if enrollment.completed_at is not None:
        messages.success(request, _("Course complete. Well done!"))
        return redirect(course.url)
    following = selectors.next_module_after(course=course, module=module)
    messages.success(request, _("Module complete."))
    return redirect(following.url if following else course.url)


@require_POST
@login_required
def save_reflection(request: HttpRequest, module_id: int, block_key: str) -> HttpResponse:
    try:
        module, _course, enrollment = _module_and_enrollment(request, module_id)
    except services.EnrollmentRefused as refusal:
        module = get_object_or_404(ModulePage, pk=module_id)
        return _refused(request, module.get_parent().specific, str(refusal))
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("text", [])))
        return redirect(f"{module.url}#reflection-{block_key}")
    try:
        services.save_reflection(
            enrollment=enrollment,
            module=module,
            block_key=block_key,
            text=form.cleaned_data["text"],
        )
    except ValueError:
        messages.error(request, _("This reflection prompt no longer exists in the module."))
    else:
        messages.success(request, _("Your note is saved. Only you can read it."))
    return redirect(f"{module.url}#reflection-{block_key}")


@require_POST
@login_required
def heartbeat(request: HttpRequest, module_id: int) -> JsonResponse:
    """Time spent: the module page reports once a minute while it is visible."""
    module = (
        ModulePage.objects.live()
        .filter(pk=module_id)
        .only("translation_key", "path", "depth")
        .first()
    )
    if module is None:
        return JsonResponse({"error": "module", "message": _("Unknown module.")}, status=404)
    progress = selectors.progress_for(learner=request.user, module=module)
    if progress is None:
        return JsonResponse({"error": "module", "message": _("Open the module first.")}, status=409)
    counted = services.record_heartbeat(progress=progress)
    return JsonResponse({"counted": counted})


def curriculum_page(request: HttpRequest, *, page: CurriculumPage) -> HttpResponse:
    curriculum = page
    item = selectors.curriculum_progress(curriculum=curriculum, learner=request.user)
    return TemplateResponse(
        request,
        "courses/curriculum_page.html",
        {"page": curriculum, "self": curriculum, "item": item},
    )


@login_required
@require_GET
def notification_list(request: HttpRequest) -> HttpResponse:
    notifications = list(Notification.objects.filter(recipient=request.user)[:100])
    language = get_language()
    keys = {n.params.get("course_key") for n in notifications if n.params.get("course_key")}
    courses = course_titles(keys, language)
    rows = [(n, *render_notification(n, language=language, courses=courses)) for n in notifications]
    response = render(request, "courses/notifications.html", {"rows": rows})
    Notification.objects.filter(recipient=request.user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    selectors.forget_unread_notifications(request.user.pk)
    return response
