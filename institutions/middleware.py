"""Per-person interface preferences: language and time zone follow the signed-in person."""

import time
import zoneinfo

from django.conf import settings
from django.utils import timezone


class UserPreferencesMiddleware:
    """Between authentication and LocaleMiddleware: the signed-in person's preferred language
    stands in for the language cookie, and their time zone is activated.

    LocaleMiddleware then decides as usual: a language prefix in the URL (/en/...) wins, then this
    preference; anonymous visitors keep their cookie or their browser's language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if user.preferred_language:
                request.COOKIES[settings.LANGUAGE_COOKIE_NAME] = user.preferred_language
            try:
                timezone.activate(zoneinfo.ZoneInfo(user.time_zone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        response = self.get_response(request)
        timezone.deactivate()
        return response


class RequireSecondFactorMiddleware:
    """Staff roles (trainers, managers, reviewers, admins) must set up TOTP before anything else.

    Until they do, every page but the second-factor setup (and what it needs: re-authentication,
    sign-out, the language switch) sends them to the setup page."""

    ALLOWED_PREFIXES = ("/accounts/2fa/", "/accounts/reauthenticate/", "/accounts/logout/")
    ALLOWED_PATHS = ("/i18n/setlang/", "/health/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path_info.startswith(self.ALLOWED_PREFIXES)
            and request.path_info not in self.ALLOWED_PATHS
            and not request.path_info.startswith(settings.STATIC_URL)
            and needs_second_factor(request)
        ):
            return redirect_to_setup(request)
        return self.get_response(request)


def needs_second_factor(request) -> bool:
    """True while a staff-role holder has no TOTP authenticator. Cached in the session once set
    up (allauth asks for the code at every sign-in; this only checks enrolment)."""
    from allauth.mfa.models import Authenticator

    from .scoping import scope_of

    if request.session.get(SESSION_MFA_ENROLLED) == request.user.pk:
        return False
    if not scope_of(request.user).is_staff_role:
        return False
    if Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists():
        request.session[SESSION_MFA_ENROLLED] = request.user.pk
        return False
    return True


def redirect_to_setup(request):
    from django.contrib import messages
    from django.shortcuts import redirect
    from django.utils.translation import gettext as _

    if request.method == "GET":
        messages.info(
            request,
            _("Your role requires two-step verification. Set it up to continue."),
            fail_silently=True,
        )
    return redirect("mfa_activate_totp")


SESSION_MFA_ENROLLED = "passerelle.mfa_enrolled"
SESSION_STARTED_AT = "passerelle.started_at"
SESSION_LAST_SEEN_AT = "passerelle.last_seen_at"


class SessionTimeoutMiddleware:
    """Sign people out after inactivity (30 minutes for staff roles, 2 hours for learners, who often
    share a computer) and 12 hours after sign-in whatever they do.

    The activity stamp is written at most once a minute, so reading pages rarely writes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            from .scoping import scope_of

            now = int(time.time())
            session = request.session
            started = session.setdefault(SESSION_STARTED_AT, now)
            last_seen = session.get(SESSION_LAST_SEEN_AT, now)
            idle_limit = (
                settings.SESSION_IDLE_TIMEOUT_STAFF
                if scope_of(user).is_staff_role
                else settings.SESSION_IDLE_TIMEOUT_LEARNER
            )
            if now - last_seen > idle_limit or now - started > settings.SESSION_ABSOLUTE_TIMEOUT:
                from django.contrib import messages
                from django.contrib.auth import logout
                from django.contrib.auth.views import redirect_to_login
                from django.utils.translation import gettext as _

                logout(request)
                messages.info(
                    request,
                    _("You were signed out after a period of inactivity. Sign in again."),
                    fail_silently=True,
                )
                return redirect_to_login(request.get_full_path())
            if now - last_seen >= settings.SESSION_ACTIVITY_WRITE_INTERVAL or (
                SESSION_LAST_SEEN_AT not in session
            ):
                session[SESSION_LAST_SEEN_AT] = now
        return self.get_response(request)
