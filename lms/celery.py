"""The Celery application. Tasks live in each app's tasks.py, or in each applet's (apps made of
applets, such as courses, keep them in `courses/<applet>/tasks.py`); settings are Django's
CELERY_*."""

import os
from pathlib import Path

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

PROJECT_ROOT = Path(__file__).resolve().parent.parent

app = Celery("passerelle")
app.config_from_object("django.conf:settings", namespace="CELERY")


def task_packages() -> list[str]:
    """Every installed app, and each applet of ours that has a tasks module."""
    from django.apps import apps

    packages = []
    for config in apps.get_app_configs():
        packages.append(config.name)
        path = Path(config.path)
        if PROJECT_ROOT in path.parents:
            packages += [f"{config.name}.{tasks.parent.name}" for tasks in path.glob("*/tasks.py")]
    return packages


app.autodiscover_tasks(task_packages)
