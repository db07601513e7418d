from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstitutionsConfig(AppConfig):
    name = "institutions"
    verbose_name = _("People and institutions")

    def ready(self):
        from . import signals  # noqa: F401
