"""The catalogue's part of the Wagtail admin: the course chooser."""

from wagtail import hooks

from .choosers import course_chooser_viewset


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [course_chooser_viewset]
