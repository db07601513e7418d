"""Cross-cutting request handling."""

from django.core.exceptions import PermissionDenied


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
