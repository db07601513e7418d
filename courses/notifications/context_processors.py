"""Template context for every page: the signed-in person's unread notifications (one query)."""

from .selectors import unread_notifications


def notifications(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": unread_notifications(user=user)}
