from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """What managers, reviewers and trainers read, made of applets like courses: `training/`
    (managers' and reviewers' pages), `course_report/` (the trainers' course report)."""

    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from .training import hooks as training

        training.register()
