"""HTTP for learners: the catalogue, course, module and curriculum pages (served through Wagtail's
routing and the catalogue's page registry), enrolling, completing a module, reflections and
heartbeats. GETs read; every write is a POST."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.catalog import selectors as catalog
from courses.catalog.models import CourseIndexPage, CoursePage, CurriculumPage, ModulePage
from courses.enrollment import selectors as enrollment_selectors
from courses.enrollment import services as enrollment_services
from institutions.models import Position

from . import selectors, services
from .forms import ReflectionForm


def _in_order_message() -> str:
    return _("This course is taken in order: continue with this module first.")


def course_catalogue(request: HttpRequest, *, page: CourseIndexPage) -> HttpResponse:
    index = page
    query = request.GET.get("q", "").strip()[:200]
    position = request.GET.get("position", "")
    language = request.GET.get("language", "")
    position = position if position in Position.values else ""
    language = language if language in {"fr", "en"} else ""
    courses = catalog.catalogue(index=index, query=query, position=position, language=language)
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


def _catalogue_url(course) -> str | None:
    # The catalogue is the course's parent: its URL is the course's without the last segment,
    # which spares a query for the parent page.
    course_url = course.url
    return course_url[: -len(course.slug) - 1] if course_url else None


def course_page(request: HttpRequest, *, page: CoursePage) -> HttpResponse:
    course = page
    enrollment = enrollment_selectors.current_enrollment(
        learner=request.user, course_key=course.translation_key
    )
    progress = enrollment_selectors.course_progress(course=course, enrollment=enrollment)
    refusal = None
    if enrollment is None:
        refusal = enrollment_selectors.enrollment_refusal(learner=request.user, course=course)
    return TemplateResponse(
        request,
        "courses/course_page.html",
        {
            "page": course,
            "self": course,
            "progress": progress,
            "enrollment": enrollment,
            "refusal": refusal,
            "catalogue_url": _catalogue_url(course),
        },
    )


@require_POST
@login_required
def enroll(request: HttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        enrollment_services.enroll_learner(learner=request.user, course=course)
    except enrollment_services.EnrollmentRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(course.url)
    messages.success(request, _("You are enrolled. Start with the first module."))
    # Enrolling from a module's page returns there.
    following = request.POST.get("next", "")
    if following and url_has_allowed_host_and_scheme(
        following, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(following)
    return redirect(course.url)


def _refused(request: HttpRequest, course, reason: str) -> HttpResponse:
    return render(request, "courses/refused.html", {"course": course, "reason": reason}, status=403)


def module_page(request: HttpRequest, *, page: ModulePage) -> HttpResponse:
    module = page
    # The course, its modules and the learner's progress in one query (see the query budget).
    outline = enrollment_selectors.module_outline(module=module, learner=request.user)
    course = outline.course
    if outline.enrollment_id is None:
        # Not enrolled: the course's enrollment action (or why they cannot), and nothing written.
        course = course.specific
        refusal = enrollment_selectors.enrollment_refusal(learner=request.user, course=course)
        if refusal:
            return _refused(request, course, refusal)
        return TemplateResponse(
            request,
            "courses/module_enroll.html",
            {"page": module, "self": module, "course": course},
        )
    earlier = outline.first_incomplete_before(module)
    if earlier is not None:
        messages.info(request, _in_order_message())
        return redirect(earlier.get_url(request))
    progress = outline.state_of(module).progress
    state = selectors.module_state(module=module, outline=outline, progress=progress)
    return TemplateResponse(
        request,
        "courses/module_page.html",
        {"page": module, "self": module, "course": course, "state": state},
    )


def _module_and_enrollment(request: HttpRequest, module_id: int):
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    course = catalog.course_of(module)
    try:
        enrollment = enrollment_services.ensure_enrollment(learner=request.user, course=course)
    except enrollment_services.EnrollmentRefused as refusal:
        return module, course, None, _refused(request, course, str(refusal))
    return module, course, enrollment, None


@require_POST
@login_required
def complete(request: HttpRequest, module_id: int) -> HttpResponse:
    module, course, enrollment, refused = _module_and_enrollment(request, module_id)
    if refused is not None:
        return refused
    earlier = enrollment_selectors.first_incomplete_before(
        course=course, module=module, enrollment=enrollment
    )
    if earlier is not None:
        messages.info(request, _in_order_message())
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
    following = catalog.next_module_after(course=course, module=module)
    messages.success(request, _("Module complete."))
    return redirect(following.url if following else course.url)


@require_POST
@login_required
def save_reflection(request: HttpRequest, module_id: int, block_key: str) -> HttpResponse:
    module, _course, enrollment, refused = _module_and_enrollment(request, module_id)
    if refused is not None:
        return refused
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("text", [])))
        return redirect(f"{module.url}#reflection-{block_key}")
    try:
        enrollment_services.save_reflection(
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
    """The module page reports when it opens (`opened=1`: recorded, no time counted), then once
    a minute while it is visible (time spent)."""
    module = (
        ModulePage.objects.live()
        .filter(pk=module_id)
        .only("translation_key", "path", "depth")
        .first()
    )
    if module is None:
        return JsonResponse({"error": "module", "message": _("Unknown module.")}, status=404)
    progress = enrollment_selectors.progress_for(learner=request.user, module=module)
    if progress is None:
        enrollment = enrollment_selectors.enrollment_for_module(learner=request.user, module=module)
        if enrollment is None:
            return JsonResponse(
                {"error": "enrollment", "message": _("Enroll in the course first.")}, status=409
            )
        progress = enrollment_services.open_module(enrollment=enrollment, module=module)
    if request.POST.get("opened"):
        return JsonResponse({"counted": False})
    return JsonResponse({"counted": enrollment_services.record_heartbeat(progress=progress)})


def curriculum_page(request: HttpRequest, *, page: CurriculumPage) -> HttpResponse:
    curriculum = page
    item = selectors.curriculum_progress(curriculum=curriculum, learner=request.user)
    return TemplateResponse(
        request,
        "courses/curriculum_page.html",
        {"page": curriculum, "self": curriculum, "item": item},
    )
