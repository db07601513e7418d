from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstitutionsConfig(AppConfig):
    name = "institutions"
    verbose_name = _("People and institutions")

    def ready(self):
        from . import jobs, privacy, signals, staff_import, tasks  # noqa: F401

        jobs.register_queue(tasks.run_background_job.delay)
        jobs.register_kind(staff_import.JOB_KIND)
        privacy.register_erase_hook(jobs.erase_jobs_of)
