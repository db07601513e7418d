"""Cross-cutting request handling."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import is_valid_path
from django.utils.translation import get_language


class AdminAccessMiddleware:
    """A signed-in person without access to an admin gets 403 instead of a login redirect.

    Wagtail and Django send such a person back to the login page, which (already signed in) sends
    them back to the admin: a loop. Anonymous visitors still get the login redirect."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            path = request.path_info
            if path.startswith("/admin/") and not user.has_perm("wagtailadmin.access_admin"):
                raise PermissionDenied
            if path.startswith("/django-admin/") and not (user.is_active and user.is_staff):
                raise PermissionDenied
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with one change: Wagtail's admin (under /admin/) gets the looser
    ADMIN_CONTENT_SECURITY_POLICY, because its pages carry inline scripts and styles and frame
    their own previews. The site keeps the strict, nonce-based policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.WAGTAIL_ADMIN_PREFIX)
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            # Previews frame admin pages inside the admin (this runs after XFrameOptions).
            response["X-Frame-Options"] = "SAMEORIGIN"
        return parts


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 from a view that exists stays a 404.

    Django redirects a 404 to the language-prefixed URL whenever that URL would resolve; with
    Wagtail's catch-all page route under the language prefix, every URL would, so "not found"
    (or "not yours") answers would become redirects. Only URLs that resolve to nothing without a
    prefix (a page URL typed without its language) are redirected."""

    def process_response(self, request, response):
        if response.status_code == 404:
            urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
            if is_valid_path(request.path_info, urlconf):
                response.headers.setdefault("Content-Language", get_language())
                return response
        return super().process_response(request, response)
