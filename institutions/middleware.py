"""Per-person interface preferences: language and time zone follow the signed-in person."""

import zoneinfo

from django.utils import timezone, translation


class UserPreferencesMiddleware:
    """After authentication: use the person's preferred language and time zone.

    Anonymous visitors keep what LocaleMiddleware chose (language cookie, then browser)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if user.preferred_language:
                translation.activate(user.preferred_language)
                request.LANGUAGE_CODE = user.preferred_language
            try:
                timezone.activate(zoneinfo.ZoneInfo(user.time_zone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        response = self.get_response(request)
        timezone.deactivate()
        return response
