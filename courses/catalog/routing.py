"""Which view serves a course page to learners, and which serves an author's preview.

Pages are models and never import views: the applet that owns the learner's screens registers a
view per page type from `AppConfig.ready()`, and `LearnerPage.serve` looks it up here."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

PageView = Callable[..., HttpResponse]

_VIEWS: dict[str, PageView] = {}
_PREVIEWS: dict[str, PageView] = {}


def _key(model) -> str:
    return model._meta.label_lower


def register_page_view(model, view: PageView) -> None:
    """`view(request, *, page)` serves signed-in people pages of `model`."""
    _VIEWS[_key(model)] = view


def register_preview(model, view: PageView) -> None:
    """`view(request, page)` draws Wagtail's preview of `model` for authors, writing nothing."""
    _PREVIEWS[_key(model)] = view


def view_for(page) -> PageView:
    try:
        return _VIEWS[_key(type(page))]
    except KeyError:
        raise LookupError(f"No learner view is registered for {type(page).__name__}.") from None


def preview_for(page) -> PageView | None:
    return _PREVIEWS.get(_key(type(page)))


def serve_learner_page(request: HttpRequest, page) -> HttpResponse:
    """Signed-in people only; anonymous visitors are sent to sign in."""
    from django.contrib.auth.views import redirect_to_login

    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return view_for(page)(request, page=page)
