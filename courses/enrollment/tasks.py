"""Background work for enrollments: the reminders. Thin tasks that call services; safe to retry."""

from celery import shared_task

from . import services


@shared_task(acks_late=True)
def send_due_reminders() -> int:
    return services.send_due_reminders()


@shared_task(acks_late=True)
def send_overdue_summaries() -> int:
    return services.send_overdue_summaries()
