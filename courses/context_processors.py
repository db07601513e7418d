"""Template context for every page: the signed-in person's unread notifications (one query)."""


def notifications(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    from .selectors import unread_notifications

    return {"unread_notifications": unread_notifications(user=user)}
