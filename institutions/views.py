"""HTTP for people and institutions: parse, authorise through scoping, call one service or
selector, respond."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import check_for_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.i18n import set_language as django_set_language

from . import jobs, scoping, selectors, services
from .forms import (
    AddWithoutEmailForm,
    InviteForm,
    ProfileForm,
    SetPasswordForm,
    SetupCodeRedeemForm,
    SetupCodesForm,
    StaffImportForm,
    TransferForm,
)
from .home import sections_for
from .models import Role
from .services import InvalidSecret, PersonDetails
from .staff_import import ImportFileError, import_staff


def home(request: HttpRequest) -> HttpResponse:
    """The public welcome page, or, signed in, one section for each role the person holds."""
    if not request.user.is_authenticated:
        return render(request, "institutions/welcome.html")
    scope = scoping.scope_of(request.user)
    context = {
        "scope": scope,
        "roles": scope.roles,
        "membership": selectors.current_membership(user=request.user),
        "Role": Role,
        "sections": sections_for(request),
    }
    if Role.MINISTRY_REVIEWER in scope.roles:
        context["ministry_overviews"] = selectors.ministry_overviews(user=request.user)
    if scope.managed_institution_ids:
        context["managed_institutions"] = list(
            scoping.visible_institutions(request.user).filter(pk__in=scope.managed_institution_ids)
        )
    return render(request, "institutions/home.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = ProfileForm(
        request.POST or None,
        initial={
            "full_name": user.full_name,
            "preferred_language": user.preferred_language,
            "time_zone": user.time_zone,
        },
    )
    if request.method == "POST" and form.is_valid():
        services.update_profile(user=user, **form.cleaned_data)
        messages.success(request, _("Your profile is saved."))
        return redirect("profile")
    return render(request, "institutions/profile.html", {"form": form})


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's language switch, which also remembers the choice on a signed-in person."""
    response = django_set_language(request)
    language = request.POST.get("language", "")
    if (
        request.user.is_authenticated
        and check_for_language(language)
        and language in dict(settings.LANGUAGES)
        and request.user.preferred_language != language
    ):
        request.user.preferred_language = language
        request.user.save(update_fields=["preferred_language"])
    return response


@login_required
@require_GET
def institution_detail(request: HttpRequest, pk: int) -> HttpResponse:
    institution = scoping.get_visible_institution(request.user, pk)
    can_see_names = scoping.can_view_staff_records(request.user, institution)
    context = {
        "institution": institution,
        "can_see_names": can_see_names,
        "can_manage": scoping.can_manage(request.user, institution),
        "by_position": selectors.staff_by_position(user=request.user, institution=institution),
    }
    if can_see_names:
        context["staff"] = selectors.current_staff(institution=institution)
        context["former_staff"] = selectors.former_staff(institution=institution)
    return render(request, "institutions/institution_detail.html", context)


def _managed_institution(request: HttpRequest, pk: int):
    return scoping.get_managed_institution(request.user, pk)


def _form_errors_from(error: ValidationError, form) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@login_required
@require_http_methods(["GET", "POST"])
def invite(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a person with an email address; they receive a link to choose their password."""
    institution = _managed_institution(request, pk)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            added = services.add_person(
                details=PersonDetails(**form.cleaned_data),
                institution=institution,
                created_by=request.user,
            )
        except ValidationError as error:
            _form_errors_from(error, form)
        else:
            messages.success(request, _added_message(added, institution))
            return redirect("institution_detail", pk=institution.pk)
    return render(request, "institutions/invite.html", {"institution": institution, "form": form})


def _added_message(added: services.Added, institution) -> str:
    person = added.user
    if added.rehired:
        if person.email and not person.has_usable_password():
            return _(
                "%(name)s rejoins %(institution)s; their training history is kept. They are "
                "invited by email to choose a password."
            ) % {"name": person.full_name, "institution": institution.name}
        return _(
            "%(name)s rejoins %(institution)s; their training history is kept and they sign in "
            "as before."
        ) % {"name": person.full_name, "institution": institution.name}
    return _("%(name)s is added and invited by email.") % {"name": person.full_name}


@login_required
@require_http_methods(["GET", "POST"])
def add_without_email(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a person who has no email address; the manager then prints their setup code."""
    institution = _managed_institution(request, pk)
    form = AddWithoutEmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            added = services.add_person(
                details=PersonDetails(**form.cleaned_data),
                institution=institution,
                created_by=request.user,
            )
        except ValidationError as error:
            _form_errors_from(error, form)
        else:
            user = added.user
            if added.rehired and user.has_usable_password():
                messages.success(request, _added_message(added, institution))
                return redirect("institution_detail", pk=institution.pk)
            messages.success(
                request,
                _("%(name)s is added. Print a setup code so they can choose a password.")
                % {"name": user.full_name},
            )
            return redirect(
                reverse("setup_codes", kwargs={"pk": institution.pk}) + f"?people={user.pk}"
            )
    return render(
        request, "institutions/add_without_email.html", {"institution": institution, "form": form}
    )


@login_required
@require_http_methods(["GET", "POST"])
def staff_import(request: HttpRequest, pk: int) -> HttpResponse:
    """Check a staff file at once (problems listed, nobody created); a good file is imported by
    a background job whose page shows its progress."""
    institution = _managed_institution(request, pk)
    form = StaffImportForm(request.POST or None, request.FILES or None)
    context = {"institution": institution, "form": form}
    if request.method == "POST" and form.is_valid():
        try:
            check = import_staff(
                data=form.cleaned_data["file"].read(), actor=request.user, institution=institution
            )
        except ImportFileError as error:
            form.add_error("file", str(error))
        except services.InvitationLimitReached as error:
            form.add_error("file", error)
        else:
            if check.errors:
                context["row_errors"] = check.errors
            else:
                return redirect("background_job", pk=check.job.pk)
    return render(request, "institutions/import.html", context)


@login_required
@require_GET
def background_job(request: HttpRequest, pk) -> HttpResponse:
    """A background job's page: its progress while it runs, its result once done."""
    job = jobs.viewable_job(request.user, pk)
    kind = jobs.kind_of(job)
    return render(
        request,
        "institutions/job.html",
        {
            "job": job,
            "kind": kind,
            "progress_text": selectors.job_progress_text(job=job),
            **(kind.context(job) if kind.context else {}),
        },
    )


@never_cache
@login_required
@require_GET
def background_job_progress(request: HttpRequest, pk) -> JsonResponse:
    """How far the job got, for its page's progress bar."""
    job = jobs.viewable_job(request.user, pk)
    return JsonResponse(
        {
            "status": job.status,
            "done": job.progress_done,
            "total": job.progress_total,
            "percent": job.percent,
            "text": selectors.job_progress_text(job=job),
        }
    )


@login_required
@require_GET
def background_job_result(request: HttpRequest, pk) -> FileResponse:
    """The job's private result file, to whom may see the job only."""
    job = jobs.viewable_job(request.user, pk)
    if not job.result_file:
        raise Http404
    response = FileResponse(
        job.result_file.open("rb"),
        as_attachment=True,
        filename=job.result_file.name.rsplit("/", 1)[-1],
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def setup_codes(request: HttpRequest, pk: int) -> HttpResponse:
    """Print one-time codes for staff without email who have not chosen a password yet."""
    institution = _managed_institution(request, pk)
    candidates = (
        scoping.managed_people(request.user)
        .filter(
            memberships__institution=institution,
            memberships__ended_at__isnull=True,
            is_active=True,
            email__isnull=True,
            username__isnull=False,
        )
        .order_by("full_name")
    )
    # Django marks an unusable password with a leading "!": these people have not chosen one yet.
    candidates = candidates.filter(password__startswith=UNUSABLE_PASSWORD_PREFIX)
    initial = {"people": request.GET.getlist("people")}
    form = SetupCodesForm(request.POST or None, candidates=candidates, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            issued = services.issue_setup_codes(
                users=form.cleaned_data["people"], created_by=request.user
            )
        except ValidationError as error:
            _form_errors_from(error, form)
        else:
            response = render(
                request,
                "institutions/setup_codes_print.html",
                {
                    "institution": institution,
                    "issued": issued,
                    "valid_days": settings.SETUP_CODE_VALID_DAYS,
                    "setup_url": settings.SITE_URL + reverse("redeem_setup_code"),
                },
            )
            response["Cache-Control"] = "no-store"
            return response
    return render(
        request, "institutions/setup_codes.html", {"institution": institution, "form": form}
    )


def _person_action(request: HttpRequest, pk: int):
    person = scoping.get_managed_person(request.user, pk)
    membership = selectors.current_membership(user=person)
    return person, membership


@login_required
@require_http_methods(["GET", "POST"])
def end_membership(request: HttpRequest, pk: int) -> HttpResponse:
    person, membership = _person_action(request, pk)
    if request.method == "POST":
        try:
            services.end_membership(user=person, ended_by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("%(name)s no longer works at %(institution)s.")
                % {"name": person.full_name, "institution": membership.institution.name},
            )
        return redirect("institution_detail", pk=membership.institution_id)
    return render(
        request,
        "institutions/confirm_person_action.html",
        {
            "person": person,
            "membership": membership,
            "title": _("End membership"),
            "explanation": _(
                "%(name)s will no longer count as staff of %(institution)s. Their training "
                "record is kept and follows them if they join another institution."
            )
            % {"name": person.full_name, "institution": membership.institution.name},
            "button": _("End membership"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def deactivate(request: HttpRequest, pk: int) -> HttpResponse:
    person, membership = _person_action(request, pk)
    if request.method == "POST":
        try:
            services.deactivate_person(user=person, deactivated_by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("%(name)s can no longer sign in.") % {"name": person.full_name}
            )
        return redirect("institution_detail", pk=membership.institution_id)
    return render(
        request,
        "institutions/confirm_person_action.html",
        {
            "person": person,
            "membership": membership,
            "title": _("Deactivate account"),
            "explanation": _(
                "%(name)s will be signed out and unable to sign in. Their records are kept."
            )
            % {"name": person.full_name},
            "button": _("Deactivate"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def transfer(request: HttpRequest, pk: int) -> HttpResponse:
    person, membership = _person_action(request, pk)
    targets = scoping.transfer_targets(request.user, membership.institution)
    form = TransferForm(request.POST or None, targets=targets)
    if request.method == "POST" and form.is_valid():
        try:
            services.transfer_person(
                user=person,
                to_institution=form.cleaned_data["institution"],
                moved_by=request.user,
                position=form.cleaned_data["position"] or None,
            )
        except ValidationError as error:
            _form_errors_from(error, form)
        else:
            messages.success(
                request,
                _("%(name)s now works at %(institution)s.")
                % {"name": person.full_name, "institution": form.cleaned_data["institution"].name},
            )
            return redirect("institution_detail", pk=membership.institution_id)
    return render(
        request,
        "institutions/transfer.html",
        {"person": person, "membership": membership, "form": form},
    )


def _secret_problem(request: HttpRequest, reason: str, kind: str) -> HttpResponse:
    status = 404 if reason == "unknown" else 410
    return render(
        request,
        "institutions/secret_invalid.html",
        {"reason": reason, "kind": kind},
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The invitation link: the person chooses a password, then signs in."""
    try:
        invitation = services.find_invitation(token)
    except InvalidSecret as problem:
        return _secret_problem(request, problem.reason, "invitation")
    form = SetPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.accept_invitation(token=token, password=form.cleaned_data["password1"])
        except InvalidSecret as problem:
            return _secret_problem(request, problem.reason, "invitation")
        except ValidationError as error:
            form.add_error("password1", error)
        else:
            messages.success(request, _("Your password is set. Sign in to continue."))
            return redirect("account_login")
    response = render(
        request,
        "institutions/accept_invitation.html",
        {"form": form, "person": invitation.user},
    )
    response["Referrer-Policy"] = "no-referrer"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def redeem_setup_code(request: HttpRequest) -> HttpResponse:
    """Choose a password with the printed setup code."""
    from allauth.core import ratelimit

    form = SetupCodeRedeemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Usernames match without regard to case, so the limit must too.
        key = form.cleaned_data["username"].lower()
        if not ratelimit.consume(request, action="setup_code", key=key):
            form.add_error(None, _("Too many attempts. Wait a few minutes and try again."))
        else:
            try:
                services.redeem_setup_code(
                    username=form.cleaned_data["username"],
                    code=form.cleaned_data["code"],
                    password=form.cleaned_data["password1"],
                )
            except InvalidSecret as problem:
                form.add_error(
                    "code",
                    {
                        "unknown": _("This code does not match this username."),
                        "used": _(
                            "This code has already been used. Ask your manager for a new one."
                        ),
                        "expired": _("This code has expired. Ask your manager for a new one."),
                    }[problem.reason],
                )
            except ValidationError as error:
                form.add_error("password1", error)
            else:
                messages.success(request, _("Your password is set. Sign in to continue."))
                return redirect("account_login")
    return render(request, "institutions/redeem_setup_code.html", {"form": form})


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """Database reachability and whether every migration is applied: 200 healthy, 503 not."""
    checks = {"database": "ok", "migrations": "ok"}
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        checks["database"] = "unreachable"
        checks["migrations"] = "unknown"
    else:
        # Every migration on disk, not only the path to the latest: one left out under an
        # applied one is as unready as the latest not run.
        loader = MigrationExecutor(connection).loader
        if set(loader.graph.nodes) - set(loader.applied_migrations):
            checks["migrations"] = "pending"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
