"""HTTP for notifications: the person's list, which marks them read."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from . import selectors, services


@login_required
@require_GET
def notification_list(request: HttpRequest) -> HttpResponse:
    rows = selectors.recent_notifications(user=request.user, language=get_language())
    response = render(request, "courses/notifications.html", {"rows": rows})
    # Reading the list is what marks them read (a state of the inbox, not of the page).
    services.mark_all_read(user=request.user)
    return response
