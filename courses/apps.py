from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """One Django app (label `courses`) made of applets, each with one job; see
    docs/decisions/0012-courses-as-applets.md. Each applet's `hooks.register()` fills the
    registries of the layers below it."""

    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from .catalog import hooks as catalog
        from .compliance import hooks as compliance
        from .demo import hooks as demo
        from .enrollment import hooks as enrollment
        from .learning import hooks as learning
        from .notifications import hooks as notifications

        for applet in (catalog, notifications, enrollment, compliance, learning, demo):
            applet.register()
